#include "pictureoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace entente::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::cli", text);
}

QString presetKeys()
{
    QStringList keys;
    for (const PicturePreset &p : PicturePreset::all())
        keys.append(p.key);
    return keys.join(QStringLiteral(", "));
}

} // namespace

void addPictureOptions(QCommandLineParser &parser)
{
    auto option = [&parser](const QString &name, const QString &help, const char *value = nullptr) {
        parser.addOption(value ? QCommandLineOption(name, help, QString::fromLatin1(value))
                               : QCommandLineOption(name, help));
    };
    option(QStringLiteral("preset"), tr("A picture size: %1.").arg(presetKeys()), "NAME");
    option(QStringLiteral("size"), tr("Width × height in pixels, e.g. 1920x1080 (the default)."), "WxH");
    option(QStringLiteral("scale"), tr("PNG pixels per layout pixel (2 for a sharp high-DPI image)."), "F");
    option(QStringLiteral("theme"), tr("light (the default) or dark."), "THEME");
    option(QStringLiteral("title"), tr("The headline above the picture."), "TEXT");
    option(QStringLiteral("subtitle"), tr("A one-line description under the headline."), "TEXT");
    option(QStringLiteral("notes"), tr("Notes below the picture (method, caveats)."), "TEXT");
    option(QStringLiteral("credit"),
           tr("The source line below the picture (default: the publishers of the events shown)."), "TEXT");
    option(QStringLiteral("byline"), tr("Who made the picture, beside the date."), "TEXT");
    option(QStringLiteral("date"), tr("The date printed on the picture (default: today), as 2026-12-06."), "DATE");
    option(QStringLiteral("no-legend"), tr("Leave out the legend."));
}

QString readPictureOptions(const QCommandLineParser &parser, PictureSpec &spec)
{
    if (parser.isSet(QStringLiteral("preset"))) {
        if (parser.isSet(QStringLiteral("size")) || parser.isSet(QStringLiteral("scale")))
            return tr("--preset sets the size and scale: give it without --size and --scale.");
        const PicturePreset *preset = PicturePreset::find(parser.value(QStringLiteral("preset")));
        if (!preset)
            return tr("Unknown --preset %1: use %2.").arg(parser.value(QStringLiteral("preset")), presetKeys());
        spec.size = preset->layout;
        spec.scale = preset->scale;
    }
    const QString sizeText = parser.value(QStringLiteral("size"));
    if (!sizeText.isEmpty()) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})[x×](\\d{2,5})$"));
        const auto m = re.match(sizeText);
        if (!m.hasMatch())
            return tr("Bad --size %1: write WIDTHxHEIGHT, e.g. 1920x1080.").arg(sizeText);
        spec.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        spec.scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || spec.scale <= 0 || spec.scale > 16)
            return tr("Bad --scale %1: give a number between 0 and 16.").arg(parser.value(QStringLiteral("scale")));
    }
    const QString theme = parser.value(QStringLiteral("theme"));
    if (!theme.isEmpty() && theme != u"light" && theme != u"dark")
        return tr("Unknown theme %1: use light or dark.").arg(theme);
    Publication &p = spec.publication;
    p.dark = theme == u"dark";
    p.title = parser.value(QStringLiteral("title"));
    p.subtitle = parser.value(QStringLiteral("subtitle"));
    p.notes = parser.value(QStringLiteral("notes"));
    p.credit = parser.value(QStringLiteral("credit"));
    p.byline = parser.value(QStringLiteral("byline"));
    p.legend = !parser.isSet(QStringLiteral("no-legend"));
    if (parser.isSet(QStringLiteral("date"))) {
        p.date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!p.date.isValid())
            return tr("Bad --date %1: write YYYY-MM-DD, e.g. 2026-12-06.").arg(parser.value(QStringLiteral("date")));
    }
    return PictureWriter::checkSize(spec.path, spec.size, spec.scale);
}

} // namespace entente::cli
