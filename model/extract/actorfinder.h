#pragma once

#include "actor.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace entente {

class LanguageRules;

// An actor the extraction can name: from the open file, from the bundled list of states,
// organisations and office holders (resources/extract/actors.json), or introduced in the text by
// a title ("Turkish Foreign Minister Hakan Fidan").
struct KnownActor
{
    QString name;
    ActorKind kind = ActorKind::Person;
    QStringList aliases;
    QString state; // for people: the state or organisation they serve
    QString shortName; // in titles: "Xi" for Xi Jinping; empty for the last word
    QList<ActorTitle> titles;
    ActorId fileId = 0; // non-zero when the open file has it
    bool introduced = false; // new: found in the text with `introducedTitle`
    QString introducedTitle; // "Foreign Minister of Türkiye"
};

struct ActorMention
{
    qsizetype position = 0;
    qsizetype length = 0;
    int actor = -1; // index into ActorFinder::actors()
};

// Finds actors in an article's text: names and aliases, demonyms ("the Ukrainian side" is
// Ukraine), people introduced by a title, their later mentions by surname, and "the minister"
// for the last person of that title.
class ActorFinder
{
public:
    ActorFinder(const LanguageRules &rules, const QList<Actor> &fileActors);

    // The bundled list, read once from :/extract/actors.json.
    static const QList<KnownActor> &bundled();

    QList<ActorMention> find(const QString &text, const QDate &published);
    const QList<KnownActor> &actors() const { return m_actors; }
    int indexOf(const QString &nameOrAlias) const;

private:
    // The bundled list's names and aliases, and a pattern of them (with the language's
    // demonyms), compiled once.
    static const QSet<QString> &bundledNames();
    static const QRegularExpression &bundledPattern(const LanguageRules &rules);
    // People a text introduces with a title ("Turkish Foreign Minister Hakan Fidan") join the
    // known actors, with that title.
    void introducePeople(const QString &text);
    // Every known name, alias, surname and demonym in the text, the longest at each place.
    QList<ActorMention> namedMentions(const QString &text) const;
    // "the minister": the last person named before with that word in a title.
    void addRoleMentions(const QString &text, QList<ActorMention> &mentions) const;
    void addName(const QString &name, int actor);
    QString titleFor(QString title, const QString &demonym) const;

    const LanguageRules &m_rules;
    QList<KnownActor> m_actors;
    QHash<QString, int> m_byName; // every name and alias → index
};

} // namespace entente
