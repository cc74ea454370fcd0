#include "actormatch.h"

#include <algorithm>

namespace entente {

QString ActorMatch::folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        out.append(c == u'ı' ? QChar(u'i') : c);
    }
    return out.toCaseFolded();
}

QList<ActorId> ActorMatch::find(const QList<Actor> &actors, const QString &typed, int limit)
{
    const QString needle = folded(typed.trimmed());
    struct Hit
    {
        int rank;
        QString name;
        ActorId id;
    };
    std::vector<Hit> hits;
    for (const Actor &a : actors) {
        QStringList names { a.name };
        for (const ActorAlias &al : a.aliases)
            names.append(al.alias);
        int best = -1;
        for (const QString &name : names) {
            const QString hay = folded(name);
            const qsizetype at = needle.isEmpty() ? 0 : hay.indexOf(needle);
            if (at < 0)
                continue;
            // 0: the name starts with it; 1: a word in it does; 2: anywhere.
            const int rank = at == 0 ? 0 : (!hay.at(at - 1).isLetterOrNumber() ? 1 : 2);
            best = best < 0 ? rank : std::min(best, rank);
        }
        if (best >= 0)
            hits.push_back({ best, a.name, a.id });
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &x, const Hit &y) {
        if (x.rank != y.rank)
            return x.rank < y.rank;
        return x.name.localeAwareCompare(y.name) < 0;
    });
    QList<ActorId> out;
    for (const Hit &h : hits) {
        if (out.size() >= limit)
            break;
        out.append(h.id);
    }
    return out;
}

} // namespace entente
