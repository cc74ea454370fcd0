#include "picturewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace entente {

QString PictureWriter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png" || suffix == u"svg" || suffix == u"pdf")
        return suffix;
    return {};
}

QString PictureWriter::checkSize(const QString &path, QSize size, double scale)
{
    if (size.width() < 100 || size.height() < 100 || size.width() > 20000 || size.height() > 20000 || scale <= 0
        || scale > 16)
        return tr("Cannot export to %1: the size %2×%3 (scale %4) is too small or too large.")
            .arg(path)
            .arg(size.width())
            .arg(size.height())
            .arg(scale);
    return {};
}

QString PictureWriter::write(const Target &target, const Paint &paint)
{
    const QString format = formatOf(target.path);
    if (format.isEmpty())
        return tr("Cannot export to %1: the name must end in .png, .svg or .pdf.").arg(target.path);
    if (QString error = checkSize(target.path, target.size, target.scale); !error.isEmpty())
        return error;
    QSaveFile file(target.path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2.")
            .arg(target.path,
                 QFileInfo(target.path).absoluteDir().exists() ? tr("the folder is read-only")
                                                               : tr("there is no such folder"));
    const QRectF layout(QPointF(0, 0), QSizeF(target.size));
    bool painted = false;
    if (format == u"png") {
        const QSize pixels(static_cast<int>(std::lround(target.size.width() * target.scale)),
                           static_cast<int>(std::lround(target.size.height() * target.scale)));
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return tr("Cannot export to %1: not enough memory for %2×%3 pixels.")
                .arg(target.path)
                .arg(pixels.width())
                .arg(pixels.height());
        image.fill(Qt::transparent);
        image.setDevicePixelRatio(target.scale);
        // Painted at 96 dpi, so type set in points keeps its size in layout pixels; saved at
        // 96 × scale dpi, so an A4 picture prints at A4.
        image.setDotsPerMeterX(static_cast<int>(std::lround(96 / 0.0254)));
        image.setDotsPerMeterY(image.dotsPerMeterX());
        {
            QPainter painter(&image);
            paint(painter, layout);
        }
        image.setDotsPerMeterX(static_cast<int>(std::lround(96 * target.scale / 0.0254)));
        image.setDotsPerMeterY(image.dotsPerMeterX());
        QImageWriter writer(&file, "png");
        painted = writer.write(image);
    } else if (format == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(target.size);
        svg.setViewBox(layout);
        svg.setResolution(96);
        svg.setTitle(target.title);
        svg.setDescription(target.description);
        QPainter painter;
        if (painter.begin(&svg)) {
            paint(painter, layout);
            painted = painter.end();
        }
    } else {
        QPdfWriter pdf(&file);
        pdf.setResolution(96);
        // One page the size of the layout, in points (1/72 inch) at 96 layout pixels an inch.
        pdf.setPageSize(QPageSize(QSizeF(target.size.width() * 0.75, target.size.height() * 0.75), QPageSize::Point,
                                  QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(target.title);
        pdf.setCreator(QStringLiteral("Entente"));
        QPainter painter;
        if (painter.begin(&pdf)) {
            paint(painter, layout);
            painted = painter.end();
        }
    }
    if (!painted || !file.commit())
        return tr("Cannot write %1: the disk may be full.").arg(target.path);
    return {};
}

} // namespace entente
