#include "timelineexport.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace entente {

RenderOptions TimelineExport::readerOptions(const RenderOptions &base, const Publication &publication,
                                            double pictureHeight)
{
    RenderOptions o = base;
    o.publication = true;
    o.title.clear(); // the frame has the headline and the source line
    o.credit.clear();
    o.legend = publication.legend;
    o.densityStrip = false;
    o.showToday = false;
    o.selected.reset();
    o.hovered.reset();
    o.draggedLane.reset();
    o.locale = publication.locale;
    o.font.setPixelSize(static_cast<int>(std::ceil(PublicationFrame::labelPixels(pictureHeight))));
    return o;
}

PublicationFrame::Colours TimelineExport::colours(const TimelineTheme &theme)
{
    return { theme.background, theme.text, theme.mutedText };
}

QString TimelineExport::write(TimelineRenderer &renderer, const Spec &spec)
{
    return writePublishedPicture(spec.picture, spec.sourceLine, colours(spec.options.theme),
                                 [&](QPainter &painter, const QRectF &view, const PublicationFrame &frame) {
                                     const RenderOptions options = readerOptions(spec.options, spec.picture.publication,
                                                                                 frame.bounds().height());
                                     renderer.paint(painter, view, spec.viewport, options);
                                 });
}

} // namespace entente
