#include "timelinelanename.h"

#include <QFontMetricsF>
#include <QStringList>

namespace entente {

QString fitLaneName(const QString &name, const QFontMetricsF &fm, double width, bool people)
{
    if (fm.horizontalAdvance(name) <= width)
        return name;
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (people && words.size() >= 2 && words.constLast().size() >= 2 && words.constLast().front().isLetter()) {
        // Initials for the given names, from the first: "J. R. Smith".
        QStringList shortened = words;
        for (qsizetype i = 0; i + 1 < shortened.size(); ++i) {
            if (shortened[i].size() > 2 && shortened[i].front().isLetter())
                shortened[i] = shortened[i].front() + QStringLiteral(".");
            const QString candidate = shortened.join(u' ');
            if (fm.horizontalAdvance(candidate) <= width)
                return candidate;
        }
        const QString &surname = words.constLast();
        if (fm.horizontalAdvance(surname) <= width)
            return surname;
        return fm.elidedText(surname, Qt::ElideRight, width);
    }
    return fm.elidedText(name, Qt::ElideRight, width);
}

} // namespace entente
