#include "publishedpicture.h"

#include <QPainter>

namespace entente {

void paintPublishedPicture(QPainter &painter, const QRectF &target, const Publication &publication,
                           const QString &sourceLine, const PublicationFrame::Colours &colours,
                           const ViewPainter &paintView)
{
    PublicationFrame frame;
    const QRectF view = frame.layout(publication, sourceLine, target, colours);
    frame.paint(painter);
    if (view.width() > 1 && view.height() > 1) {
        painter.save();
        painter.setClipRect(view, Qt::IntersectClip);
        paintView(painter, view, frame);
        painter.restore();
    }
}

QString writePublishedPicture(const PictureSpec &spec, const QString &sourceLine,
                              const PublicationFrame::Colours &colours, const ViewPainter &paintView)
{
    PictureWriter::Target target;
    target.path = spec.path;
    target.size = spec.size;
    target.scale = spec.scale;
    target.title = spec.publication.title;
    const QString &credit = spec.publication.credit.isEmpty() ? sourceLine : spec.publication.credit;
    target.description = spec.publication.subtitle.isEmpty() ? credit : spec.publication.subtitle;
    return PictureWriter::write(target, [&](QPainter &painter, const QRectF &layout) {
        paintPublishedPicture(painter, layout, spec.publication, sourceLine, colours, paintView);
    });
}

} // namespace entente
