#pragma once

#include "publish/publishedpicture.h"
#include "timelinerenderer.h"

#include <QCoreApplication>
#include <QString>

namespace entente {

// Writes the timeline as a published picture (PNG, SVG or PDF by the file's suffix): the
// publication frame around the same renderer as the widget, drawn for readers (no count, no
// overview strip, no selection; type scaled to the picture).
class TimelineExport
{
    Q_DECLARE_TR_FUNCTIONS(entente::TimelineExport)

public:
    struct Spec
    {
        PictureSpec picture;
        TimelineViewport viewport;
        RenderOptions options; // theme and locale; the rest is set for readers
        QString sourceLine; // used when the publication gives no credit
    };
    // Returns an empty string on success, otherwise one sentence naming the file.
    static QString write(TimelineRenderer &renderer, const Spec &spec);

    // The options a picture for readers is drawn with, for a view `viewHeight` tall inside a
    // picture `pictureHeight` tall.
    static RenderOptions readerOptions(const RenderOptions &base, const Publication &publication, double pictureHeight);
    static PublicationFrame::Colours colours(const TimelineTheme &theme);
};

} // namespace entente
