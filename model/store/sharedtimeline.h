#pragma once

// A shared timeline (PostgreSQL) seen from outside the store: making one (`entente init`), and
// copying a whole timeline between a file and a database, both ways (`entente copy`). Opening one
// is Store::open / Document::open with its URL.

#include <QString>

#include <functional>

namespace entente {

class Store;

class SharedTimeline
{
public:
    // postgresql://… or postgres://…
    static bool isUrl(const QString &location);
    // The URL without its password, for messages.
    static QString displayUrl(const QString &url);

    struct Result
    {
        bool ok = false;
        QString error; // one sentence naming the database or file
        QString note; // e.g. the roles could not be made
        qint64 rows = 0; // rows copied
        bool cancelled = false;
        qint64 bytes = 0; // the starting copy published
    };
    // Makes the tables, change log, search and roles in an empty database, or brings an older
    // Entente database up to date; a current one is left as it is (grants refreshed). Refuses a
    // database that is not Entente's or is from a newer Entente, changing nothing.
    static Result init(const QString &url);
    // Copies every table of a timeline from `from` to `to`: a file into a database (made with
    // init when empty; one that holds a timeline already is refused) or a database into a new
    // file (which must not exist). One of the two must be a database URL. All or nothing.
    // Publishes the shared timeline `store` holds (opened with its URL) as its starting copy: the
    // whole of its copy on this computer, brought up to date, kept on the server, so that every
    // computer that opens the timeline for the first time fetches that file instead of copying
    // every table (and builds no index). Only the owner of the tables may. `bytes` says its size.
    static Result publish(Store &store, const std::function<void(qint64 done, qint64 total)> &progress = nullptr);
    static Result copy(const QString &from, const QString &to,
                       const std::function<void(const QString &table, qint64 rows)> &progress = nullptr,
                       const std::function<bool()> &cancelled = nullptr);
};

} // namespace entente
