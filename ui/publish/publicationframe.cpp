#include "publicationframe.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

QFont pixelFont(double pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

} // namespace

PublicationFrame::Colours PublicationFrame::Colours::light()
{
    // #5f6670 on white is 5.9:1: the source line stays readable printed small.
    return { QColor(0xff, 0xff, 0xff), QColor(0x1d, 0x22, 0x2a), QColor(0x5f, 0x66, 0x70) };
}

PublicationFrame::Colours PublicationFrame::Colours::dark()
{
    return { QColor(0x1e, 0x21, 0x25), QColor(0xee, 0xef, 0xf1), QColor(0xb4, 0xb9, 0xc0) };
}

double PublicationFrame::headlinePixels(double height)
{
    return std::max(14.0, height * 0.046);
}

double PublicationFrame::subtitlePixels(double height)
{
    return std::max(11.0, height * 0.026);
}

double PublicationFrame::smallPixels(double height)
{
    return std::max(9.0, height * 0.017);
}

double PublicationFrame::labelPixels(double height)
{
    return std::max(9.0, height * 0.0175);
}

QStringList PublicationFrame::wrap(const QString &text, const QFont &font, double width, int maxLines)
{
    QStringList lines;
    const QString simple = text.simplified();
    if (simple.isEmpty() || width <= 0)
        return lines;
    QTextLayout layout(simple, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    int lastStart = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lastStart = line.textStart();
            break;
        }
        lines.append(simple.mid(line.textStart(), line.textLength()).trimmed());
        lastStart = line.textStart() + line.textLength();
    }
    layout.endLayout();
    if (lines.size() == maxLines - 1 && lastStart < simple.size()) {
        // What is left goes on the last line, elided where it runs out.
        lines.append(QFontMetricsF(font).elidedText(simple.mid(lastStart).trimmed(), Qt::ElideRight, width));
    }
    return lines;
}

PublicationFrame::Block PublicationFrame::block(const QString &text, const QFont &font, const QColor &colour,
                                                double width, int maxLines)
{
    Block b;
    b.font = font;
    b.colour = colour;
    b.lines = wrap(text, font, width, maxLines);
    b.lineHeight = QFontMetricsF(font).height() * 1.08;
    b.rect = QRectF(0, 0, width, b.lines.size() * b.lineHeight);
    return b;
}

QString PublicationFrame::bylineText(const Publication &publication)
{
    QStringList parts;
    if (!publication.byline.trimmed().isEmpty())
        parts.append(publication.byline.simplified());
    if (publication.showDate) {
        const QDate date = publication.date.isValid() ? publication.date : QDate::currentDate();
        // Day, month in words and year: never 12/6/26, which half the world reads as June.
        parts.append(publication.locale.toString(date, QStringLiteral("d MMMM yyyy")));
    }
    return parts.join(QStringLiteral(" · "));
}

QRectF PublicationFrame::layout(const Publication &publication, const QString &sourceLine, const QRectF &target,
                                const Colours &colours)
{
    m_bounds = target;
    m_colours = colours;
    const double h = target.height();
    const double margin = std::max(10.0, 0.032 * std::min(target.width(), h));
    const double left = target.left() + margin;
    const double width = target.width() - 2 * margin;
    double top = target.top() + margin;
    double bottom = target.bottom() - margin;

    m_headline = block(publication.title, pixelFont(headlinePixels(h), true), colours.text, width, 2);
    m_headline.rect.moveTopLeft(QPointF(left, top));
    if (!m_headline.lines.isEmpty())
        top = m_headline.rect.bottom() + headlinePixels(h) * 0.15;
    m_subtitle = block(publication.subtitle, pixelFont(subtitlePixels(h)), colours.text, width, 2);
    m_subtitle.rect.moveTopLeft(QPointF(left, top));
    if (!m_subtitle.lines.isEmpty())
        top = m_subtitle.rect.bottom();
    if (!m_headline.lines.isEmpty() || !m_subtitle.lines.isEmpty())
        top += subtitlePixels(h) * 0.8;

    // The foot, from the bottom up: source line and byline on one line where both fit, else two.
    const QFont small = pixelFont(smallPixels(h));
    const QString byline = bylineText(publication);
    const QFontMetricsF sm(small);
    const double gap = smallPixels(h) * 2;
    // A source line given wins over the one made from the events shown.
    const QString &line = publication.credit.isEmpty() ? sourceLine : publication.credit;
    const bool oneLine = sm.horizontalAdvance(line) + sm.horizontalAdvance(byline) + gap <= width;
    m_byline = block(byline, small, colours.muted, oneLine ? sm.horizontalAdvance(byline) + 1 : width, 1);
    m_byline.align = oneLine ? Qt::AlignRight : Qt::AlignLeft;
    m_source = block(line, small, colours.muted,
                     oneLine && !byline.isEmpty() ? width - m_byline.rect.width() - gap : width, 2);
    if (oneLine) {
        const double lineBottom = bottom;
        m_byline.rect.moveBottomRight(QPointF(left + width, lineBottom));
        m_source.rect.moveBottomLeft(QPointF(left, lineBottom));
        const double used = std::max(m_byline.rect.height(), m_source.rect.height());
        bottom -= used;
    } else {
        m_byline.rect.moveBottomLeft(QPointF(left, bottom));
        bottom -= m_byline.rect.height();
        m_source.rect.moveBottomLeft(QPointF(left, bottom));
        bottom -= m_source.rect.height();
    }
    m_notes = block(publication.notes, small, colours.text, width, 3);
    if (!m_notes.lines.isEmpty()) {
        bottom -= smallPixels(h) * 0.4;
        m_notes.rect.moveBottomLeft(QPointF(left, bottom));
        bottom = m_notes.rect.top();
    }
    if (!m_notes.lines.isEmpty() || !m_source.lines.isEmpty() || !m_byline.lines.isEmpty())
        bottom -= smallPixels(h) * 0.9;
    m_view = QRectF(left, top, width, std::max(0.0, bottom - top));
    return m_view;
}

void PublicationFrame::paintBlock(QPainter &painter, const Block &b)
{
    if (b.lines.isEmpty())
        return;
    painter.setFont(b.font);
    painter.setPen(b.colour);
    const double ascent = QFontMetricsF(b.font).ascent();
    double y = b.rect.top();
    for (const QString &line : b.lines) {
        // drawText at a baseline: one <text> element per line in SVG, searchable in a PDF.
        double x = b.rect.left();
        if (b.align & Qt::AlignRight)
            x = b.rect.right() - QFontMetricsF(b.font).horizontalAdvance(line);
        painter.drawText(QPointF(x, y + ascent), line);
        y += b.lineHeight;
    }
}

void PublicationFrame::paint(QPainter &painter) const
{
    painter.save();
    painter.fillRect(m_bounds, m_colours.background);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (const Block *b : { &m_headline, &m_subtitle, &m_notes, &m_source, &m_byline })
        paintBlock(painter, *b);
    painter.restore();
}

} // namespace entente
