// entente-iconrender SVG OUTDIR SIZE...: renders the application icon to OUTDIR/SIZE.png for each
// SIZE, at build time, so the hicolor PNGs always match the SVG and no extra Debian package
// (librsvg2-bin, inkscape) is needed to build.
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdlib>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "entente-iconrender: " << message << Qt::endl;
    return 1;
}

int render(int argc, char *argv[])
{
    // Text in an SVG needs the font database, which needs a GUI application; the offscreen
    // platform (chosen in main) gives one without a display.
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4)
        return fail(QStringLiteral("usage: entente-iconrender SVG OUTDIR SIZE..."));
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid())
        return fail(QStringLiteral("cannot read the SVG %1").arg(args.at(1)));
    const QDir out(args.at(2));
    if (!QDir().mkpath(out.absolutePath()))
        return fail(QStringLiteral("cannot create %1").arg(out.absolutePath()));
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(QStringLiteral("not a size: %1").arg(args.at(i)));
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString path = out.filePath(QString::number(size) + QStringLiteral(".png"));
        if (!image.save(path, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(path));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A build machine has no session runtime folder: give Qt a private one rather than a warning
    // in every build log.
    QByteArray runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        runtimeDir = QFile::encodeName(QDir::tempPath()) + "/entente-iconrender-XXXXXX";
        if (::mkdtemp(runtimeDir.data()))
            qputenv("XDG_RUNTIME_DIR", runtimeDir);
        else
            runtimeDir.clear();
    }
    const int status = render(argc, argv);
    if (!runtimeDir.isEmpty())
        QDir().rmdir(QFile::decodeName(runtimeDir));
    return status;
}
