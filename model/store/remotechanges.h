#pragma once

// What a pull from a shared timeline's server brought into the local mirror (Store::pullRemote):
// the change log's rows since the mirror's last sequence number, and the ids they touched per
// kind, for a Document to announce by id. No SQL or PostgreSQL type: ui/ may read it.

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace entente {

struct RemoteChange
{
    enum class Op { Insert, Update, Delete };
    qint64 seq = 0; // the change log's sequence number
    QString table; // "events", "event_actors", ...
    QString key; // the row's primary key as text (composite keys joined by U+001F)
    qint64 id = 0; // the record it belongs to: the key's first integer column (an event's id for event_actors)
    Op op = Op::Update;
    QString user; // the database role that made it ("olena")
    QDateTime at; // when, in UTC
    QStringList fields; // the columns an update changed (empty for insert and delete)
    bool own = false; // made through this Store's own connection (already on screen)
};

// Someone else's import logged on the server and not yet in the mirror: who made it and how
// many events it holds (0: not said). A window fetches it on a worker thread.
struct WaitingImport
{
    QString user;
    qint64 events = 0;
};

struct RemoteChanges
{
    qint64 fromSeq = 0; // the mirror's sequence number before the pull
    qint64 toSeq = 0; // and after (equal when nothing came)
    QList<RemoteChange> changes; // in order, own ones included (marked)
    // The records touched by others' changes, by kind. A change to a relation (event_actors,
    // event_sources, event_tags, event_attributes) counts for its event; to aliases and titles,
    // for its actor; to story_steps, for its story.
    QSet<qint64> events, actors, sources, links, eras, stories, views;
    QSet<qint64> removedEvents, removedActors, removedSources; // deleted rows of those tables
    bool nodes = false; // node positions moved
    bool meta = false; // dataset properties changed
    bool other = false; // a table Entente does not announce by id (tags, accounts, ...)
    // A bulk copy or import (a whole table or a range of ids came at once): reload everything.
    bool bulk = false;
    // How many rows the pull wrote into the mirror.
    qint64 rowsApplied = 0;

    bool isEmpty() const { return changes.isEmpty(); }
    // Whether every change was this Store's own (nothing new to show).
    bool ownOnly() const
    {
        for (const RemoteChange &c : changes)
            if (!c.own)
                return false;
        return true;
    }
};

} // namespace entente
