#include "storyhandout.h"

#include "store/store.h"
#include "story/storytimelinejs.h"
#include "storyslides.h"

#include "publish/publishedpicture.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace entente {

namespace {

QFont font(double pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(pixels)));
    f.setBold(bold);
    return f;
}

// The publishers of the sources `events` cite, the most cited first.
QStringList publishersOf(const Store &store, const QList<EventId> &events)
{
    QHash<SourceId, int> cited;
    for (const Event &e : store.events(events)) {
        for (const EventSource &s : e.sources)
            ++cited[s.sourceId];
    }
    QList<std::pair<int, QString>> ranked;
    for (auto it = cited.cbegin(); it != cited.cend(); ++it) {
        if (const auto source = store.source(it.key()))
            ranked.append({ -it.value(), source->publisher });
    }
    std::sort(ranked.begin(), ranked.end());
    QStringList out;
    for (const auto &r : ranked)
        out.append(r.second);
    return out;
}

// A page of the handout: the frame (the story's name as the headline on the first page, the
// source line, byline and date on every one) around what `paintView` draws.
void paintPage(QPainter &p, const QRectF &page, const Publication &publication, const QString &sourceLine,
               const ViewPainter &paintView)
{
    paintPublishedPicture(p, page, publication, sourceLine, PublicationFrame::Colours::light(), paintView);
}

// The compact layout: one line block per step (number, date, title, the note below), flowing
// onto a further page only if a long story needs it.
void paintList(QPdfWriter &writer, QPainter &p, const Store &store, const Story &story, Publication publication)
{
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    QList<EventId> events;
    for (const StoryStep &step : story.steps)
        events.append(step.eventId);
    const QString sourceLine = Publication::sourceLine(publishersOf(store, events), publication.locale);
    PublicationFrame frame;
    QRectF view = frame.layout(publication, sourceLine, page, PublicationFrame::Colours::light());
    frame.paint(p);
    // Type follows the page: 10.5 pt lines, as a printed handout has them.
    const double u = page.height() / 1400.0;
    double y = view.top();
    const double margin = view.left();
    int n = 0;
    for (const StoryStep &step : story.steps) {
        const auto e = store.event(step.eventId);
        if (!e)
            continue;
        ++n;
        const double numberWidth = 50 * u;
        const double dateWidth = 230 * u;
        const double textLeft = margin + numberWidth + dateWidth;
        const double textWidth = view.right() - textLeft;
        p.setFont(font(18 * u, true));
        const QRectF titleRect = p.boundingRect(QRectF(textLeft, 0, textWidth, 1e6), Qt::TextWordWrap, e->title);
        p.setFont(font(17.5 * u));
        const QRectF noteRect = step.note.isEmpty()
            ? QRectF()
            : p.boundingRect(QRectF(textLeft, 0, textWidth, 1e6), Qt::TextWordWrap, step.note);
        const double blockHeight = titleRect.height() + noteRect.height() + 22 * u;
        if (y + blockHeight > view.bottom() && y > view.top()) {
            // A further page: the same frame without the headline and description.
            writer.newPage();
            publication.title.clear();
            publication.subtitle.clear();
            view = frame.layout(publication, sourceLine, page, PublicationFrame::Colours::light());
            frame.paint(p);
            y = view.top();
        }
        p.setPen(QColor(0x1d, 0x22, 0x2a));
        p.setFont(font(18 * u, true));
        p.drawText(QRectF(margin, y, numberWidth, titleRect.height()), Qt::AlignLeft | Qt::AlignTop,
                   QString::number(n));
        p.drawText(QRectF(textLeft, y, textWidth, titleRect.height()), Qt::TextWordWrap, e->title);
        p.setFont(font(17.5 * u));
        p.setPen(QColor(0x3d, 0x44, 0x4f));
        const QString date = e->end
            ? StoryHandout::tr("%1 – %2").arg(e->start.toDisplayString(), e->end->toDisplayString())
            : e->start.toDisplayString();
        p.drawText(QRectF(margin + numberWidth, y, dateWidth - 12 * u, blockHeight), Qt::TextWordWrap, date);
        if (!step.note.isEmpty()) {
            p.setFont(font(17.5 * u));
            p.drawText(QRectF(textLeft, y + titleRect.height() + 4 * u, textWidth, noteRect.height()), Qt::TextWordWrap,
                       step.note);
        }
        y += blockHeight;
        p.setPen(QPen(QColor(0xdd, 0xe1, 0xe6), 1 * u));
        p.drawLine(QPointF(margin, y - 10 * u), QPointF(view.right(), y - 10 * u));
    }
}

} // namespace

QString StoryHandout::writePdf(const Store &store, const Story &story, const QString &path, Layout layout,
                               const Publication &given)
{
    Publication publication = given;
    if (publication.title.isEmpty())
        publication.title = story.name;
    if (publication.subtitle.isEmpty() && layout == Layout::List)
        publication.subtitle = story.description;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written.").arg(path);
    QPdfWriter writer(&file);
    writer.setCreator(QStringLiteral("Entente"));
    writer.setTitle(publication.title);
    writer.setResolution(150);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     layout == Layout::PagePerStep ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("%1 cannot be written.").arg(path);
    if (layout == Layout::List) {
        paintList(writer, painter, store, story, publication);
    } else {
        StorySlides slides(store, story);
        const QRectF page(0, 0, writer.width(), writer.height());
        for (int i = 0; i < slides.count(); ++i) {
            if (i > 0)
                writer.newPage();
            // The slide has the story's name, the step's number and its card: the frame adds the
            // notes, the source line, the byline and the date.
            Publication stepPage = publication;
            stepPage.title.clear();
            stepPage.subtitle.clear();
            const QString sourceLine
                = Publication::sourceLine(publishersOf(store, { slides.card(i).eventId }), publication.locale);
            paintPage(painter, page, stepPage, sourceLine,
                      [&](QPainter &p, const QRectF &view, const PublicationFrame &) {
                          slides.paint(p, view, i, slides.camera(i), SlideStyle());
                      });
        }
        if (slides.count() == 0)
            paintPage(painter, page, publication, QString(),
                      [](QPainter &p, const QRectF &view, const PublicationFrame &) {
                          p.drawText(view, Qt::AlignCenter, tr("This story has no steps."));
                      });
    }
    if (!painter.end() || !file.commit())
        return tr("%1 could not be written completely.").arg(QFileInfo(path).fileName());
    return {};
}

QString StoryHandout::write(const Store &store, const Story &story, const QString &format, const QString &path,
                            const Publication &publication)
{
    if (format == u"pdf")
        return writePdf(store, story, path, Layout::PagePerStep, publication);
    if (format == u"pdf-list")
        return writePdf(store, story, path, Layout::List, publication);
    if (format == u"timelinejs")
        return writeStoryTimelineJs(store, story, path);
    return tr("%1 is not a story handout format; use one of %2.").arg(format, formats().join(QStringLiteral(", ")));
}

QStringList StoryHandout::formats()
{
    return { QStringLiteral("pdf"), QStringLiteral("pdf-list"), QStringLiteral("timelinejs") };
}

} // namespace entente
