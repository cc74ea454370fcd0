// Store: the accounts of an event (schema version 6), what each source's report of it says
// differently (Account), one row per event–source link that says something of its own.
#include "store/schema.h"
#include "store/store.h"
#include "store/storerows.h"
#include "textrule.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace entente {

using namespace storerows;

bool Store::hasAccounts() const
{
    // A read-only file from before version 6 is not migrated: it has no accounts.
    return !m_readOnly || schemaVersion() >= 6;
}

std::unique_ptr<SQLite::Statement> Store::accountQuery() const
{
    if (!hasAccounts())
        return nullptr;
    return std::make_unique<SQLite::Statement>(*m_db,
                                               "SELECT source_id, status, start_date, end_date, figure, actors "
                                               "FROM event_accounts WHERE event_id = ?");
}

void Store::readAccounts(SQLite::Statement *query, Event &event) const
{
    if (!query)
        return;
    query->bind(1, static_cast<int64_t>(event.id));
    while (query->executeStep()) {
        const SourceId sourceId = query->getColumn(0).getInt64();
        Account a;
        if (!query->getColumn(1).isNull())
            a.status = claimStatusFromKey(text(*query, 1));
        a.start = dateColumn(*query, 2);
        a.end = a.start ? dateColumn(*query, 3) : std::nullopt;
        a.figure = text(*query, 4);
        a.actors = splitIds(text(*query, 5));
        for (EventSource &s : event.sources) {
            if (s.sourceId == sourceId)
                s.account = a;
        }
    }
    query->reset();
}

void Store::writeAccount(EventId eventId, SourceId sourceId, const Account &account)
{
    SQLite::Statement del(*m_db, "DELETE FROM event_accounts WHERE event_id = ? AND source_id = ?");
    del.bind(1, static_cast<int64_t>(eventId));
    del.bind(2, static_cast<int64_t>(sourceId));
    del.exec();
    if (account.isEmpty())
        return;
    SQLite::Statement q(*m_db,
                        "INSERT INTO event_accounts (event_id, source_id, status, start_date, end_date, figure, "
                        "actors) VALUES (?,?,?,?,?,?,?)");
    q.bind(1, static_cast<int64_t>(eventId));
    q.bind(2, static_cast<int64_t>(sourceId));
    account.status ? q.bind(3, utf8(claimStatusKey(*account.status))) : q.bind(3);
    bindDate(q, 4, account.start);
    bindDate(q, 5, account.start ? account.end : std::nullopt);
    q.bind(6, TextRule::storable(account.figure.trimmed()));
    q.bind(7, utf8(joinIds(account.actors)));
    q.exec();
}

QList<EventSource> Store::accounts(EventId id) const
{
    const auto e = event(id);
    if (!e)
        throw notFound("event", id);
    return e->sources;
}

void Store::setAccounts(EventId id, const QList<EventSource> &accounts)
{
    transaction([&] {
        auto e = event(id);
        if (!e)
            throw notFound("event", id);
        e->sources = accounts;
        updateEvent(*e);
    });
}

void Store::applyAccounts(const std::vector<std::tuple<EventId, SourceId, Account>> &accounts)
{
    if (accounts.empty())
        return;
    transaction([&] {
        SQLite::Statement linked(*m_db, "SELECT 1 FROM event_sources WHERE event_id = ? AND source_id = ?");
        for (const auto &[eventId, sourceId, account] : accounts) {
            linked.bind(1, static_cast<int64_t>(eventId));
            linked.bind(2, static_cast<int64_t>(sourceId));
            const bool known = linked.executeStep();
            linked.reset();
            if (known)
                writeAccount(eventId, sourceId, account);
        }
    });
}

} // namespace entente
