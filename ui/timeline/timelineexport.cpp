#include "timelineexport.h"

#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace entente {

QList<TimelineExport::Preset> TimelineExport::presets()
{
    // A4 landscape is 297 × 210 mm: 3508 × 2480 pixels at 300 dpi, laid out as at 96 dpi.
    const double a4Scale = 300.0 / 96.0;
    return {
        { tr("Slide (1920 × 1080)"), QSize(1920, 1080), 1 },
        { tr("Social card (1200 × 675)"), QSize(1200, 675), 1 },
        { tr("A4 landscape, 300 dpi"), QSize(3508, 2480), a4Scale },
    };
}

QString TimelineExport::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png" || suffix == u"svg" || suffix == u"pdf")
        return suffix;
    return QString();
}

QString TimelineExport::write(TimelineRenderer &renderer, const Spec &spec)
{
    const QString format = formatOf(spec.path);
    if (format.isEmpty())
        return tr("Cannot export to %1: the name must end in .png, .svg or .pdf.").arg(spec.path);
    if (spec.size.width() < 100 || spec.size.height() < 100 || spec.scale <= 0 || spec.scale > 16)
        return tr("Cannot export to %1: the size %2×%3 (scale %4) is too small or too large.")
            .arg(spec.path)
            .arg(spec.size.width())
            .arg(spec.size.height())
            .arg(spec.scale);
    const QRectF layout(QPointF(0, 0), QSizeF(spec.size));
    if (format == u"png") {
        const QSize pixels(static_cast<int>(std::lround(spec.size.width() * spec.scale)),
                           static_cast<int>(std::lround(spec.size.height() * spec.scale)));
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return tr("Cannot export to %1: not enough memory for %2×%3 pixels.")
                .arg(spec.path)
                .arg(pixels.width())
                .arg(pixels.height());
        image.setDevicePixelRatio(spec.scale);
        image.setDotsPerMeterX(static_cast<int>(std::lround(96 * spec.scale / 0.0254)));
        image.setDotsPerMeterY(image.dotsPerMeterX());
        {
            QPainter painter(&image);
            renderer.paint(painter, layout, spec.viewport, spec.options);
        }
        if (!image.save(spec.path, "PNG"))
            return tr("Cannot write %1.").arg(spec.path);
        return QString();
    }
    if (format == u"svg") {
        QSvgGenerator svg;
        svg.setFileName(spec.path);
        svg.setSize(spec.size);
        svg.setViewBox(layout);
        svg.setResolution(96);
        svg.setTitle(spec.options.title.isEmpty() ? tr("Timeline") : spec.options.title);
        svg.setDescription(spec.options.credit);
        QPainter painter;
        if (!painter.begin(&svg))
            return tr("Cannot write %1.").arg(spec.path);
        renderer.paint(painter, layout, spec.viewport, spec.options);
        painter.end();
        return QString();
    }
    QPdfWriter pdf(spec.path);
    pdf.setResolution(96);
    // One page the size of the layout, in points (1/72 inch) at 96 layout units per inch.
    pdf.setPageSize(QPageSize(QSizeF(spec.size.width() * 0.75, spec.size.height() * 0.75), QPageSize::Point, QString(),
                              QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(spec.options.title);
    pdf.setCreator(QStringLiteral("Entente"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return tr("Cannot write %1.").arg(spec.path);
    renderer.paint(painter, layout, spec.viewport, spec.options);
    painter.end();
    return QString();
}

} // namespace entente
