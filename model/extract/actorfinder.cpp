#include "actorfinder.h"

#include "languagerules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace entente {

namespace {

std::optional<FuzzyDate> dateOf(const QJsonValue &v)
{
    return v.isString() ? FuzzyDate::parse(v.toString()) : std::nullopt;
}

constexpr auto kUnicode = QRegularExpression::UseUnicodePropertiesOption;

} // namespace

const QList<KnownActor> &ActorFinder::bundled()
{
    static const QList<KnownActor> list = [] {
        QList<KnownActor> out;
        QFile file(QStringLiteral(":/extract/actors.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(u"actors").toArray()) {
            const QJsonObject o = v.toObject();
            KnownActor a;
            a.name = o.value(u"name").toString();
            a.kind = actorKindFromKey(o.value(u"kind").toString()).value_or(ActorKind::Person);
            for (const QJsonValue &alias : o.value(u"aliases").toArray())
                a.aliases.append(alias.toString());
            a.state = o.value(u"state").toString();
            a.shortName = o.value(u"short").toString();
            for (const QJsonValue &t : o.value(u"titles").toArray())
                a.titles.append({ t.toObject().value(u"title").toString(), dateOf(t.toObject().value(u"from")),
                                  dateOf(t.toObject().value(u"to")) });
            out.append(a);
        }
        return out;
    }();
    return list;
}

const QSet<QString> &ActorFinder::bundledNames()
{
    static const QSet<QString> names = [] {
        QSet<QString> out;
        for (const KnownActor &a : bundled()) {
            out.insert(a.name);
            for (const QString &alias : a.aliases)
                out.insert(alias);
        }
        return out;
    }();
    return names;
}

const QRegularExpression &ActorFinder::bundledPattern(const LanguageRules &rules)
{
    static QMutex mutex;
    static std::map<QString, QRegularExpression> patterns;
    const QMutexLocker lock(&mutex);
    auto it = patterns.find(rules.language);
    if (it == patterns.end()) {
        QStringList names = bundledNames().values();
        for (auto d = rules.demonyms.begin(); d != rules.demonyms.end(); ++d) {
            if (bundledNames().contains(d.value()))
                names.append(d.key());
        }
        QRegularExpression re(QStringLiteral("(?<![\\w-])(%1)(?![\\w])").arg(LanguageRules::alternation(names)),
                              kUnicode);
        re.optimize();
        it = patterns.emplace(rules.language, re).first;
    }
    return it->second;
}

ActorFinder::ActorFinder(const LanguageRules &rules, const QList<Actor> &fileActors)
    : m_rules(rules)
{
    for (const Actor &actor : fileActors) {
        KnownActor k;
        k.name = actor.name;
        k.kind = actor.kind;
        for (const ActorAlias &alias : actor.aliases)
            k.aliases.append(alias.alias);
        k.titles = actor.titles;
        k.fileId = actor.id;
        m_actors.append(k);
        addName(k.name, static_cast<int>(m_actors.size() - 1));
        for (const QString &alias : std::as_const(k.aliases))
            addName(alias, static_cast<int>(m_actors.size() - 1));
    }
    for (const KnownActor &b : bundled()) {
        int existing = indexOf(b.name);
        for (qsizetype i = 0; existing < 0 && i < b.aliases.size(); ++i)
            existing = indexOf(b.aliases.at(i));
        if (existing >= 0) {
            KnownActor &k = m_actors[existing];
            if (k.state.isEmpty())
                k.state = b.state;
            if (k.shortName.isEmpty())
                k.shortName = b.shortName;
            for (const QString &alias : b.aliases)
                addName(alias, existing);
            addName(b.name, existing);
            continue;
        }
        m_actors.append(b);
        const int index = static_cast<int>(m_actors.size() - 1);
        addName(b.name, index);
        for (const QString &alias : b.aliases)
            addName(alias, index);
    }
}

void ActorFinder::addName(const QString &name, int actor)
{
    if (!name.isEmpty() && !m_byName.contains(name))
        m_byName.insert(name, actor);
}

int ActorFinder::indexOf(const QString &nameOrAlias) const
{
    return m_byName.value(nameOrAlias, -1);
}

QString ActorFinder::titleFor(QString title, const QString &demonym) const
{
    title = title.simplified();
    if (!title.isEmpty() && title.at(0).isLower())
        title[0] = title.at(0).toUpper();
    const QString state = m_rules.demonyms.value(demonym, demonym);
    return state.isEmpty() ? title : title + QStringLiteral(" of ") + state;
}

void ActorFinder::introducePeople(const QString &text)
{
    const QStringList demonyms = m_rules.demonyms.keys();
    const QString demonym = LanguageRules::alternation(demonyms);
    const QString modifier = LanguageRules::alternation(m_rules.titleModifiers);
    const QString title = LanguageRules::alternation(m_rules.titles);
    // Two to four capitalised words, with the particles of Arabic, Dutch or German names between.
    const QString name
        = QStringLiteral("(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:(?:al|el|bin|ibn|von|van|der|de|da|du|la|le)[\\s-])*"
                         "\\p{Lu}[\\p{L}'’\\-]+){1,3})");
    // "Turkish Foreign Minister Hakan Fidan", "then-UK Prime Minister Boris Johnson"
    const QRegularExpression introduced(
        QStringLiteral("(?:(%1)\\s*)?(?:(%2)\\s+)?(?:(%1)\\s*)?((?i:%3))\\s+%4").arg(modifier, demonym, title, name),
        kUnicode);
    // "David Arakhamia, the former Ukrainian chief negotiator"
    const QString article = LanguageRules::alternation(m_rules.articles);
    const QRegularExpression apposed(QStringLiteral("%1,\\s+(?:(?i:%5)\\s+)?(?:(%2)\\s*)?(?:(%3)\\s+)?((?i:%4))\\b")
                                         .arg(name, modifier, demonym, title, article),
                                     kUnicode);
    auto introduce = [&](const QString &person, const QString &dem, const QString &office) {
        QString full = person.simplified();
        // "President Vladimir Putin Friday": a trailing weekday or month is not a name.
        const QStringList words = full.split(u' ');
        if (words.size() > 2
            && (m_rules.weekdays.contains(words.last().toLower()) || m_rules.months.contains(words.last().toLower())))
            full = words.mid(0, words.size() - 1).join(u' ');
        if (indexOf(full) >= 0)
            return;
        KnownActor k;
        k.name = full;
        k.kind = ActorKind::Person;
        k.introduced = true;
        k.introducedTitle = titleFor(office, dem);
        k.state = m_rules.demonyms.value(dem);
        m_actors.append(k);
        const int index = static_cast<int>(m_actors.size() - 1);
        addName(full, index);
        addName(full.split(u' ').last(), index);
    };
    // "Deputy Foreign Minister", "former chief negotiator": modifiers that are part of the title.
    auto office = [&](QString held, const QStringList &modifiers) {
        for (const QString &mod : modifiers) {
            if (m_rules.keptModifiers.contains(mod.trimmed(), Qt::CaseInsensitive))
                held = mod.trimmed() + u' ' + held;
        }
        return held;
    };
    for (auto it = introduced.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        introduce(m.captured(5), m.captured(2), office(m.captured(4), { m.captured(3), m.captured(1) }));
    }
    for (auto it = apposed.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        introduce(m.captured(1), m.captured(3), office(m.captured(4), { m.captured(2) }));
    }
}

QList<ActorMention> ActorFinder::namedMentions(const QString &text) const
{
    QList<ActorMention> mentions;
    const QStringList demonyms = m_rules.demonyms.keys();
    // Every name, alias, surname and demonym, longest first: the bundled ones in a pattern
    // compiled once per language, the file's and the text's own in a small one.
    struct Found
    {
        qsizetype position;
        qsizetype length;
        QString text;
    };
    QList<Found> found;
    auto collect = [&](const QRegularExpression &re) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            found.append({ m.capturedStart(1), m.capturedLength(1), m.captured(1) });
        }
    };
    collect(bundledPattern(m_rules));
    QStringList local;
    const QSet<QString> &common = bundledNames();
    for (auto it = m_byName.begin(); it != m_byName.end(); ++it) {
        if (!common.contains(it.key()))
            local.append(it.key());
    }
    for (const QString &d : demonyms) {
        const QString state = m_rules.demonyms.value(d);
        if (!common.contains(state) && indexOf(state) >= 0)
            local.append(d);
    }
    if (!local.isEmpty())
        collect(QRegularExpression(QStringLiteral("(?<![\\w-])(%1)(?![\\w])").arg(LanguageRules::alternation(local)),
                                   kUnicode));
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.position != b.position ? a.position < b.position : a.length > b.length;
    });
    qsizetype taken = 0;
    for (const Found &f : std::as_const(found)) {
        if (f.position < taken)
            continue;
        int index = indexOf(f.text);
        if (index < 0)
            index = indexOf(m_rules.demonyms.value(f.text));
        if (index >= 0) {
            mentions.append({ f.position, f.length, index });
            taken = f.position + f.length;
        }
    }
    return mentions;
}

void ActorFinder::addRoleMentions(const QString &text, QList<ActorMention> &mentions) const
{
    const QString article = LanguageRules::alternation(m_rules.articles);
    // "the minister": the last person named before with that word in a title.
    const QRegularExpression role(
        QStringLiteral("\\b(?:%2)\\s+(%1)\\b").arg(LanguageRules::alternation(m_rules.roleWords), article),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = role.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        for (qsizetype i = mentions.size() - 1; i >= 0; --i) {
            const ActorMention &earlier = mentions.at(i);
            if (earlier.position > m.capturedStart())
                continue;
            const KnownActor &a = m_actors.at(earlier.actor);
            if (a.kind != ActorKind::Person)
                continue;
            QString titles = a.introducedTitle;
            for (const ActorTitle &t : a.titles)
                titles += u' ' + t.title;
            if (titles.contains(m.captured(1), Qt::CaseInsensitive)) {
                mentions.append({ m.capturedStart(), m.capturedLength(), earlier.actor });
                break;
            }
        }
    }
}

QList<ActorMention> ActorFinder::find(const QString &text, const QDate &published)
{
    Q_UNUSED(published)
    introducePeople(text);
    QList<ActorMention> mentions = namedMentions(text);
    addRoleMentions(text, mentions);
    std::sort(mentions.begin(), mentions.end(),
              [](const ActorMention &a, const ActorMention &b) { return a.position < b.position; });
    return mentions;
}

} // namespace entente
