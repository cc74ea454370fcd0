#include "publication.h"

#include <cmath>

namespace entente {

QString Publication::sourceLine(const QStringList &publishers, const QLocale &locale)
{
    QStringList names;
    for (const QString &p : publishers) {
        const QString name = p.simplified();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    if (names.isEmpty())
        return {};
    if (names.size() == 1)
        return QCoreApplication::translate("entente::Publication", "Source: %1").arg(names.constFirst());
    // The five that report most, then how many more: a source line is one line, not a list.
    constexpr int kShown = 5;
    if (names.size() > kShown) {
        const auto more = static_cast<int>(names.size() - kShown);
        names = names.mid(0, kShown);
        return QCoreApplication::translate("entente::Publication", "Sources: %1 and %n more", nullptr, more)
            .arg(names.join(QStringLiteral(", ")));
    }
    return QCoreApplication::translate("entente::Publication", "Sources: %1").arg(locale.createSeparatedList(names));
}

QSize PicturePreset::pixels() const
{
    return { static_cast<int>(std::lround(layout.width() * scale)),
             static_cast<int>(std::lround(layout.height() * scale)) };
}

QList<PicturePreset> PicturePreset::all()
{
    // A4 is 297 × 210 mm: 1123 × 794 layout pixels at 96 dpi, drawn at 300 dpi (3508 × 2480).
    const double a4 = 300.0 / 96.0;
    return {
        { QStringLiteral("slide"), QCoreApplication::translate("entente::Publication", "Slide (1920 × 1080)"),
          QSize(1920, 1080), 1 },
        { QStringLiteral("social"), QCoreApplication::translate("entente::Publication", "Social card (1200 × 675)"),
          QSize(1200, 675), 1 },
        { QStringLiteral("portrait"),
          QCoreApplication::translate("entente::Publication", "Portrait post (1080 × 1350)"), QSize(1080, 1350), 1 },
        { QStringLiteral("a4-landscape"), QCoreApplication::translate("entente::Publication", "A4 landscape, 300 dpi"),
          QSize(1123, 794), a4 },
        { QStringLiteral("a4-portrait"), QCoreApplication::translate("entente::Publication", "A4 portrait, 300 dpi"),
          QSize(794, 1123), a4 },
    };
}

const PicturePreset *PicturePreset::find(const QString &key)
{
    static const QList<PicturePreset> presets = all();
    for (const PicturePreset &p : presets) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

} // namespace entente
