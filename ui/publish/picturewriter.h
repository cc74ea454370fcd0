#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace entente {

// Writes one picture as PNG, SVG or PDF (by the file's suffix) through a paint function: the
// one writer behind every view's export, the window's and the command line's. The picture is
// laid out at `size` (pixels at 96 dpi); the PNG measures size × scale, the PDF page size / 96
// inches. The file is written beside its place and renamed into it, so a failed write leaves a
// file already there as it was.
class PictureWriter
{
    Q_DECLARE_TR_FUNCTIONS(entente::PictureWriter)

public:
    struct Target
    {
        QString path;
        QSize size { 1920, 1080 };
        double scale = 1;
        QString title; // the SVG's and PDF's own title
        QString description;
    };
    using Paint = std::function<void(QPainter &painter, const QRectF &layout)>;

    // Returns an empty string on success, otherwise one sentence naming the file.
    static QString write(const Target &target, const Paint &paint);

    // "png", "svg", "pdf", or empty when the suffix is none of them.
    static QString formatOf(const QString &path);
    // One sentence when `size` and `scale` cannot make a picture, else empty.
    static QString checkSize(const QString &path, QSize size, double scale);
};

} // namespace entente
