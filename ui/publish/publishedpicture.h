#pragma once

#include "picturewriter.h"
#include "publication.h"
#include "publicationframe.h"

#include <functional>

namespace entente {

// One picture to write: where, how large, and what the frame around the view says.
struct PictureSpec
{
    QString path;
    QSize size { 1920, 1080 }; // layout pixels; the PNG is size × scale
    double scale = 1;
    Publication publication;
};

// Paints a view into the rectangle the frame leaves for it. `frame` tells the picture's size,
// so the view can set its type to match (PublicationFrame::labelPixels).
using ViewPainter = std::function<void(QPainter &painter, const QRectF &view, const PublicationFrame &frame)>;

// Writes `spec`: the frame (headline, description, notes, the credit or else `sourceLine`,
// byline and date) in `colours`, around the view `paintView` draws. The one path of every
// exported picture.
QString writePublishedPicture(const PictureSpec &spec, const QString &sourceLine,
                              const PublicationFrame::Colours &colours, const ViewPainter &paintView);

// Paints the same onto a painter already open (a page of a PDF with several): for handouts.
void paintPublishedPicture(QPainter &painter, const QRectF &target, const Publication &publication,
                           const QString &sourceLine, const PublicationFrame::Colours &colours,
                           const ViewPainter &paintView);

} // namespace entente
