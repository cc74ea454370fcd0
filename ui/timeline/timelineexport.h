#pragma once

#include "timelinerenderer.h"

#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>

namespace entente {

// Writes the timeline to PNG, SVG or PDF (chosen by the file's suffix) through the same
// renderer as the widget.
class TimelineExport
{
    Q_DECLARE_TR_FUNCTIONS(entente::TimelineExport)

public:
    struct Preset
    {
        QString name;
        QSize pixels; // what the PNG will measure
        double scale = 1; // pixels per layout unit: a high-resolution export keeps the layout
    };
    // 1920×1080 slide, 1200×675 social card, A4 landscape at 300 dpi.
    static QList<Preset> presets();

    struct Spec
    {
        QString path;
        QSize size { 1920, 1080 }; // layout size; the PNG is size × scale pixels
        double scale = 1;
        TimelineViewport viewport;
        RenderOptions options;
    };
    // Returns an empty string on success, otherwise one sentence naming the file.
    static QString write(TimelineRenderer &renderer, const Spec &spec);

    // "png", "svg", "pdf", or empty when the suffix is none of them.
    static QString formatOf(const QString &path);
};

} // namespace entente
