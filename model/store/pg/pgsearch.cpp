// PgMirror's search on the server: the words of a query, each the start of a word (as the
// mirror's search index takes them), found without their accents in what the mirror's index
// covers: an event's title, summary and place, its actors' names and aliases, its sources'
// quotes, publishers and titles, and its accounts' figures. An event matches when every word is
// found in one of these. Offline, the Store asks the mirror instead.
#include "store/pg/pgmirror.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <utility>
#include <vector>

namespace entente::pg {

namespace {

// The words of a query: letters and digits; everything else separates them (no user text ever
// reaches the server as query syntax: each word goes as a parameter, quoted by the server).
QStringList queryWords(const QString &text)
{
    QStringList words;
    QString word;
    for (const uint codePoint : text.toUcs4()) {
        const char32_t c = codePoint;
        if (QChar::isLetterOrNumber(c)) {
            word += QString::fromUcs4(&c, 1);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

// The events one word ($N) finds. The events' expression is that of the search index
// (PgSchema::createSearchIndex), so the server uses it.
QByteArray wordMatches(int parameter)
{
    const QByteArray q = "to_tsquery('simple'::regconfig, quote_literal(entente_unaccent($"
        + QByteArray::number(parameter) + ")) || ':*')";
    auto found = [&q](const char *text) -> QByteArray {
        return QByteArray("to_tsvector('simple'::regconfig, entente_unaccent(") + text + ")) @@ " + q;
    };
    // Actors and sources are few: their matches first, then their events by the links' indexes.
    // Quotes and figures are mostly empty: those are skipped before any word is looked for.
    return "SELECT id FROM events WHERE " + found("title || ' ' || summary || ' ' || place")
        + " UNION SELECT event_id FROM event_actors WHERE actor_id IN (SELECT id FROM actors WHERE " + found("name")
        + " UNION SELECT actor_id FROM actor_aliases WHERE " + found("alias") + ")"
        + " UNION SELECT event_id FROM event_sources WHERE source_id IN (SELECT id FROM sources WHERE "
        + found("publisher || ' ' || title") + ")" + " UNION SELECT event_id FROM event_sources WHERE quote <> '' AND "
        + found("quote") + " UNION SELECT event_id FROM event_accounts WHERE figure <> '' AND " + found("figure");
}

} // namespace

std::optional<QList<EventId>> PgMirror::search(const QString &text)
{
    const QStringList words = queryWords(text);
    if (words.isEmpty())
        return QList<EventId>();
    QByteArrayList parts;
    QList<QVariant> params;
    for (const QString &word : words) {
        params.append(word);
        parts.append('(' + wordMatches(int(params.size())) + ')');
    }
    PgResult found;
    try {
        ensureConnected();
        found = m_connection->exec(parts.join(" INTERSECT "), params);
    } catch (const StoreError &e) {
        if (e.kind() == StoreError::Kind::Connection)
            return std::nullopt; // offline: the mirror answers
        throw;
    }
    // Only what the mirror holds (the server may have events it has not pulled yet), in date
    // order as the mirror's search gives them (the mirror knows the dates; the server would join
    // every event to sort a few).
    SQLite::Statement held(m_store.database(), "SELECT start_key FROM events WHERE id = ?");
    std::vector<std::pair<qint64, EventId>> dated;
    dated.reserve(found.rows());
    for (int row = 0; row < found.rows(); ++row) {
        const EventId id = found.toInt64(row, 0);
        held.bind(1, static_cast<int64_t>(id));
        if (held.executeStep())
            dated.emplace_back(held.getColumn(0).getInt64(), id);
        held.reset();
    }
    std::sort(dated.begin(), dated.end());
    QList<EventId> ids;
    ids.reserve(qsizetype(dated.size()));
    for (const auto &[key, id] : dated)
        ids.append(id);
    return ids;
}

} // namespace entente::pg
