#pragma once

#include <QString>

class QFontMetricsF;

namespace entente {

// A lane's name fitted to `width`, keeping the part that tells lanes apart: people are told
// apart by their surnames, so the given names shrink to initials first ("Володимир Зеленський"
// becomes "В. Зеленський", not "Володимир …"), then go ("Зеленський"), and only then is the
// surname itself cut at its end. Other names (`people` false: kinds, claim statuses) are cut at
// their end: "material coop…", never "cooperation", which would name another kind.
QString fitLaneName(const QString &name, const QFontMetricsF &fm, double width, bool people = true);

} // namespace entente
