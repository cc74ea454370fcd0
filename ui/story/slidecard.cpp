#include "slidecard.h"

#include "timeline/timelinepainting.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace entente {

namespace {

constexpr int kWrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

} // namespace

QFont SlideCard::font(double pixels, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(pixels + 0.5)));
    f.setBold(bold);
    return f;
}

double SlideCard::wrappedHeight(const QFont &font, double width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), kWrap, text).height();
}

void SlideCard::drawWrapped(QPainter &p, const QRectF &rect, const QString &text, QRectF *used)
{
    const QFontMetricsF fm(p.font());
    QString shown = text;
    QRectF need = fm.boundingRect(rect, kWrap, shown);
    if (need.height() > rect.height()) {
        QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        while (!words.isEmpty() && need.height() > rect.height()) {
            words.removeLast();
            shown = words.join(u' ') + u'…';
            need = fm.boundingRect(rect, kWrap, shown);
        }
        if (need.height() > rect.height()) {
            shown.clear();
            need = QRectF(rect.topLeft(), QSizeF(0, 0));
        }
    }
    p.drawText(rect, kWrap, shown);
    if (used)
        *used = need;
}

SlideCard::Layout SlideCard::paint(QPainter &painter, const QRectF &rect, const StorySlides::Card &card,
                                   const TimelineTheme &theme, double unit, const QColor &accent)
{
    Layout layout;
    const double s = unit; // spacing follows the type
    painter.fillRect(QRectF(rect.left(), rect.top(), 10 * s, rect.height()), accent);
    const QRectF body = rect.adjusted(36 * s, 0, 0, 0);
    // The sources take a column of their own on the right: a card with three quotes must not
    // push the summary off the slide.
    const bool sourcesBeside = !card.sources.isEmpty();
    const double gap = 48 * s;
    const double leftWidth = sourcesBeside ? (body.width() - gap) * 0.58 : body.width();
    const QRectF left(body.left(), body.top(), leftWidth, body.height());
    double y = left.top();

    // The headline in two lines, its type made smaller before a word is cut; a long one on a
    // narrow slide takes a third line.
    painter.setPen(theme.text);
    double titlePixels = 56 * unit;
    int lines = 2;
    for (double f = 1.0;; f -= 0.06) {
        if (f < 0.75) {
            titlePixels = 56 * unit * 0.82;
            lines = 3;
            break;
        }
        titlePixels = 56 * unit * f;
        const QFont candidate = font(titlePixels, true);
        if (wrappedHeight(candidate, left.width(), card.title) <= QFontMetricsF(candidate).lineSpacing() * 2 + 2)
            break;
    }
    painter.setFont(font(titlePixels, true));
    QRectF used;
    const QFontMetricsF titleMetrics(painter.font());
    drawWrapped(painter, QRectF(left.left(), y, left.width(), titleMetrics.lineSpacing() * lines + 2), card.title,
                &used);
    layout.title
        = QRectF(used.left(), used.top(), used.width(), std::min(used.height(), titleMetrics.lineSpacing() * lines));
    y += layout.title.height() + 16 * s;

    // The claim status in its mark, as on the timeline, and in words, then the date: "Alleged ·
    // c. April 2022". The word goes first, so a claim is never read as a fact.
    painter.setFont(font(32 * unit, true));
    const QFontMetricsF lineMetrics(painter.font());
    const double markSize = 30 * s;
    const QPointF markCentre(left.left() + markSize / 2, y + lineMetrics.height() / 2);
    timelinepaint::mark(painter, theme, accent, card.kind, card.status, markCentre, markSize);
    double x = left.left() + markSize + 14 * s;
    const QString status = claimStatusLabel(card.status);
    painter.setPen(theme.text);
    painter.drawText(QPointF(x, y + lineMetrics.ascent()), status);
    x += lineMetrics.horizontalAdvance(status);
    layout.status = QRectF(left.left(), y, x - left.left(), lineMetrics.height());
    const QString date = tr("  ·  %1").arg(card.date);
    if (x + lineMetrics.horizontalAdvance(date) > left.right()) {
        y += lineMetrics.lineSpacing();
        x = left.left() + markSize + 14 * s;
        painter.drawText(QPointF(x, y + lineMetrics.ascent()), card.date);
    } else {
        painter.drawText(QPointF(x, y + lineMetrics.ascent()), date);
    }
    y += lineMetrics.lineSpacing() + 14 * s;

    // The actors as coloured chips, wrapping.
    painter.setFont(font(28 * unit));
    const QFontMetricsF chipMetrics(painter.font());
    const double dot = 20 * s;
    x = left.left();
    for (const auto &a : card.actors) {
        const double w = dot + 10 * s + chipMetrics.horizontalAdvance(a.name);
        if (x > left.left() && x + w > left.right()) {
            x = left.left();
            y += chipMetrics.lineSpacing() + 4 * s;
        }
        if (y + chipMetrics.height() > left.bottom())
            break;
        painter.setPen(Qt::NoPen);
        painter.setBrush(a.colour);
        painter.drawEllipse(QRectF(x, y + (chipMetrics.height() - dot) / 2, dot, dot));
        painter.setPen(theme.text);
        painter.drawText(QPointF(x + dot + 10 * s, y + chipMetrics.ascent()), a.name);
        x += w + 28 * s;
    }
    y += chipMetrics.lineSpacing() + 18 * s;

    painter.setFont(font(30 * unit));
    painter.setPen(theme.text);
    drawWrapped(painter, QRectF(left.left(), y, left.width(), std::max(0.0, left.bottom() - y)), card.summary);

    if (sourcesBeside) {
        const QRectF right(left.right() + gap, body.top(), body.right() - left.right() - gap, body.height());
        QColor rule = theme.grid;
        painter.fillRect(QRectF(right.left() - gap / 2 - 1 * s, right.top(), 2 * s, right.height()), rule);
        layout.sources = paintSources(painter, right, card, theme, unit);
    }
    return layout;
}

QList<QRectF> SlideCard::paintSources(QPainter &painter, const QRectF &rect, const StorySlides::Card &card,
                                      const TimelineTheme &theme, double unit)
{
    const QString heading = card.sources.size() == 1 ? tr("Source") : tr("Sources");
    auto quoted = [](const QString &quote) -> QString { return quote.isEmpty() ? QString() : tr("“%1”").arg(quote); };
    // The credit with its Admiralty grade: "Interbellum News, 3 March 2022 · B2".
    auto credited = [](const StorySlides::Card::SourceLine &src) -> QString {
        return src.grade.isEmpty() ? src.credit : tr("%1 · %2").arg(src.credit, src.grade);
    };
    // The largest type at which every source and its whole quote fit; below the smallest, each
    // quote gets an equal share of the room and is shortened at a word.
    double factor = 1.0;
    bool fits = false;
    for (; factor > 0.6; factor -= 0.08) {
        double need = QFontMetricsF(font(24 * unit * factor, true)).lineSpacing() + 10 * unit;
        for (const auto &src : card.sources) {
            need += wrappedHeight(font(24 * unit * factor, true), rect.width(), credited(src));
            need += wrappedHeight(font(24 * unit * factor), rect.width(), src.note);
            need += wrappedHeight(font(26 * unit * factor), rect.width(), quoted(src.quote));
            need += 22 * unit * factor;
        }
        fits = need <= rect.height();
        if (fits)
            break;
    }
    factor = std::max(factor, 0.6);
    const QFont headingFont = font(24 * unit * factor, true);
    const QFont creditFont = font(24 * unit * factor, true);
    const QFont quoteFont = font(26 * unit * factor);
    const QFont noteFont = font(24 * unit * factor);
    double y = rect.top();
    painter.setFont(headingFont);
    painter.setPen(theme.mutedText);
    painter.drawText(QPointF(rect.left(), y + QFontMetricsF(headingFont).ascent()), heading.toUpper());
    y += QFontMetricsF(headingFont).lineSpacing() + 10 * unit;
    QList<QRectF> blocks;
    const double share = (rect.bottom() - y) / static_cast<double>(card.sources.size());
    for (const auto &src : card.sources) {
        const double blockTop = y;
        const double bottom = fits ? rect.bottom() : std::min(rect.bottom(), blockTop + std::max(share, 0.0));
        painter.setFont(creditFont);
        painter.setPen(theme.text);
        QRectF used;
        drawWrapped(painter, QRectF(rect.left(), y, rect.width(), std::max(0.0, bottom - y)), credited(src), &used);
        y += used.height() + 4 * unit * factor;
        if (!src.note.isEmpty()) {
            painter.setFont(noteFont);
            painter.setPen(theme.text);
            drawWrapped(painter, QRectF(rect.left(), y, rect.width(), std::max(0.0, bottom - y)), src.note, &used);
            y += used.height() + 4 * unit * factor;
        }
        if (!src.quote.isEmpty()) {
            painter.setFont(quoteFont);
            painter.setPen(theme.text);
            drawWrapped(painter, QRectF(rect.left(), y, rect.width(), std::max(0.0, bottom - y)), quoted(src.quote),
                        &used);
            y += used.height();
        }
        blocks.append(QRectF(rect.left(), blockTop, rect.width(), y - blockTop));
        y += 22 * unit * factor;
    }
    return blocks;
}

} // namespace entente
