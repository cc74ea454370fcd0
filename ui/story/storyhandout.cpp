#include "storyhandout.h"

#include "store.h"
#include "story/storytimelinejs.h"
#include "storyslides.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace entente {

namespace {

QFont font(double pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(pixels)));
    f.setBold(bold);
    return f;
}

// The compact layout: one line block per step (number, date, title, the note below), flowing
// onto a further page only if a long story needs it.
void paintList(QPdfWriter &writer, QPainter &p, Store &store, const Story &story)
{
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const double u = page.width() / 1200.0;
    const double margin = 60 * u;
    double y = margin;
    p.setPen(Qt::black);
    p.setFont(font(34 * u, true));
    const QRectF titleBox(margin, y, page.width() - 2 * margin, 200 * u);
    QRectF used = p.boundingRect(titleBox, Qt::TextWordWrap, story.name);
    p.drawText(titleBox, Qt::TextWordWrap, story.name);
    y += used.height() + 12 * u;
    if (!story.description.isEmpty()) {
        p.setFont(font(18 * u));
        p.setPen(QColor(0x5f, 0x66, 0x70));
        used = p.boundingRect(QRectF(margin, y, page.width() - 2 * margin, 400 * u), Qt::TextWordWrap,
                              story.description);
        p.drawText(used, Qt::TextWordWrap, story.description);
        y += used.height() + 24 * u;
    }
    int n = 0;
    for (const StoryStep &step : story.steps) {
        const auto e = store.event(step.eventId);
        if (!e)
            continue;
        ++n;
        const double numberWidth = 50 * u;
        const double dateWidth = 230 * u;
        const double textLeft = margin + numberWidth + dateWidth;
        const double textWidth = page.width() - margin - textLeft;
        p.setFont(font(18 * u, true));
        const QRectF titleRect = p.boundingRect(QRectF(textLeft, 0, textWidth, 1e6), Qt::TextWordWrap, e->title);
        p.setFont(font(15 * u));
        const QRectF noteRect = step.note.isEmpty()
            ? QRectF()
            : p.boundingRect(QRectF(textLeft, 0, textWidth, 1e6), Qt::TextWordWrap, step.note);
        const double blockHeight = titleRect.height() + noteRect.height() + 22 * u;
        if (y + blockHeight > page.height() - margin) {
            writer.newPage();
            y = margin;
        }
        p.setPen(QColor(0x1d, 0x22, 0x2a));
        p.setFont(font(18 * u, true));
        p.drawText(QRectF(margin, y, numberWidth, titleRect.height()), Qt::AlignLeft | Qt::AlignTop,
                   QString::number(n));
        p.drawText(QRectF(textLeft, y, textWidth, titleRect.height()), Qt::TextWordWrap, e->title);
        p.setFont(font(16 * u));
        p.setPen(QColor(0x3d, 0x44, 0x4f));
        const QString date = e->end
            ? StoryHandout::tr("%1 – %2").arg(e->start.toDisplayString(), e->end->toDisplayString())
            : e->start.toDisplayString();
        p.drawText(QRectF(margin + numberWidth, y, dateWidth - 12 * u, blockHeight), Qt::TextWordWrap, date);
        if (!step.note.isEmpty()) {
            p.setFont(font(15 * u));
            p.drawText(QRectF(textLeft, y + titleRect.height() + 4 * u, textWidth, noteRect.height()), Qt::TextWordWrap,
                       step.note);
        }
        y += blockHeight;
        p.setPen(QPen(QColor(0xdd, 0xe1, 0xe6), 1 * u));
        p.drawLine(QPointF(margin, y - 10 * u), QPointF(page.width() - margin, y - 10 * u));
    }
}

} // namespace

QString StoryHandout::writePdf(Store &store, const Story &story, const QString &path, Layout layout)
{
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Entente"));
    writer.setTitle(story.name);
    writer.setResolution(150);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     layout == Layout::PagePerStep ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("%1 cannot be written.").arg(path);
    if (layout == Layout::List) {
        paintList(writer, painter, store, story);
    } else {
        StorySlides slides(store, story);
        const QRectF page(0, 0, writer.width(), writer.height());
        for (int i = 0; i < slides.count(); ++i) {
            if (i > 0)
                writer.newPage();
            slides.paint(painter, page, i, slides.camera(i), SlideStyle());
        }
        if (slides.count() == 0)
            painter.drawText(page, Qt::AlignCenter, tr("This story has no steps."));
    }
    if (!painter.end())
        return tr("%1 could not be written completely.").arg(QFileInfo(path).fileName());
    return {};
}

QString StoryHandout::write(Store &store, const Story &story, const QString &format, const QString &path)
{
    if (format == u"pdf")
        return writePdf(store, story, path, Layout::PagePerStep);
    if (format == u"pdf-list")
        return writePdf(store, story, path, Layout::List);
    if (format == u"timelinejs")
        return writeStoryTimelineJs(store, story, path);
    return tr("%1 is not a story handout format; use one of %2.").arg(format, formats().join(QStringLiteral(", ")));
}

QStringList StoryHandout::formats()
{
    return { QStringLiteral("pdf"), QStringLiteral("pdf-list"), QStringLiteral("timelinejs") };
}

} // namespace entente
