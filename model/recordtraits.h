#pragma once

#include "documentchange.h"
#include "store/store.h"

#include <QCoreApplication>

namespace entente {

// How each kind of record is added, changed, removed and put back, so one set of command
// templates serves them all (Tiled's ChangeValue). Snapshot is what a delete must keep for undo.
struct EventTraits
{
    using Record = Event;
    using Snapshot = EventSnapshot;
    static constexpr auto kKind = DocumentChange::Kind::Events;
    static std::int64_t add(Store &s, const Record &r) { return s.addEvent(r); }
    static void update(Store &s, const Record &r) { s.updateEvent(r); }
    static void remove(Store &s, std::int64_t id) { s.deleteEvent(id); }
    static Snapshot snapshot(const Store &s, std::int64_t id) { return s.snapshotEvent(id); }
    static void restore(Store &s, const Snapshot &snap) { s.restoreEvent(snap); }
    static std::int64_t idOf(const Snapshot &snap) { return snap.event.id; }
    static QString noun() { return QCoreApplication::translate("entente::Commands", "event"); }
    static DocumentChange::Fields changed(const Record &a, const Record &b)
    {
        using F = DocumentChange::Field;
        DocumentChange::Fields f;
        f.setFlag(F::Title, a.title != b.title);
        f.setFlag(F::Dates, a.start != b.start || a.end != b.end);
        f.setFlag(F::Kind, a.kind != b.kind);
        f.setFlag(F::Status, a.status != b.status);
        f.setFlag(F::Actors, a.actors != b.actors);
        f.setFlag(F::Place, a.place != b.place || a.latitude != b.latitude || a.longitude != b.longitude);
        f.setFlag(F::Sources, a.sources != b.sources);
        f.setFlag(F::Text, a.summary != b.summary || a.tags != b.tags);
        return f;
    }
};

struct ActorTraits
{
    using Record = Actor;
    using Snapshot = ActorSnapshot;
    static constexpr auto kKind = DocumentChange::Kind::Actors;
    static std::int64_t add(Store &s, const Record &r) { return s.addActor(r); }
    static void update(Store &s, const Record &r) { s.updateActor(r); }
    static void remove(Store &s, std::int64_t id) { s.deleteActor(id); }
    static Snapshot snapshot(const Store &s, std::int64_t id) { return s.snapshotActor(id); }
    static void restore(Store &s, const Snapshot &snap) { s.restoreActor(snap); }
    static std::int64_t idOf(const Snapshot &snap) { return snap.actor.id; }
    static QString noun() { return QCoreApplication::translate("entente::Commands", "actor"); }
    static DocumentChange::Fields changed(const Record &a, const Record &b)
    {
        using F = DocumentChange::Field;
        DocumentChange::Fields f;
        // What the events show of their actors: the name, colour and aliases.
        f.setFlag(F::Actors, a.name != b.name || a.colour != b.colour || a.aliases != b.aliases);
        f.setFlag(F::Kind, a.kind != b.kind);
        f.setFlag(F::Text, a.description != b.description || a.titles != b.titles);
        return f;
    }
};

struct SourceTraits
{
    using Record = Source;
    using Snapshot = SourceSnapshot;
    static constexpr auto kKind = DocumentChange::Kind::Sources;
    static std::int64_t add(Store &s, const Record &r) { return s.addSource(r); }
    static void update(Store &s, const Record &r) { s.updateSource(r); }
    static void remove(Store &s, std::int64_t id) { s.deleteSource(id); }
    static Snapshot snapshot(const Store &s, std::int64_t id) { return s.snapshotSource(id); }
    static void restore(Store &s, const Snapshot &snap) { s.restoreSource(snap); }
    static std::int64_t idOf(const Snapshot &snap) { return snap.source.id; }
    static QString noun() { return QCoreApplication::translate("entente::Commands", "source"); }
    static DocumentChange::Fields changed(const Record &a, const Record &b)
    {
        return a == b ? DocumentChange::Fields() : DocumentChange::Fields(DocumentChange::Field::Sources);
    }
};

struct LinkTraits
{
    using Record = EventLink;
    using Snapshot = EventLink;
    static constexpr auto kKind = DocumentChange::Kind::Links;
    static std::int64_t add(Store &s, const Record &r) { return s.addLink(r); }
    static void remove(Store &s, std::int64_t id) { s.deleteLink(id); }
    static Snapshot snapshot(const Store &s, std::int64_t id)
    {
        for (const EventLink &l : s.links()) {
            if (l.id == id)
                return l;
        }
        throw StoreError("no such link");
    }
    static void restore(Store &s, const Snapshot &snap) { s.addLink(snap); }
    static std::int64_t idOf(const Snapshot &snap) { return snap.id; }
    static QString noun() { return QCoreApplication::translate("entente::Commands", "link"); }
    static DocumentChange::Fields changed(const Record &, const Record &) { return DocumentChange::Field::Links; }
};

struct EraTraits
{
    using Record = Era;
    using Snapshot = Era;
    static constexpr auto kKind = DocumentChange::Kind::Eras;
    static std::int64_t add(Store &s, const Record &r) { return s.addEra(r); }
    static void update(Store &s, const Record &r) { s.updateEra(r); }
    static void remove(Store &s, std::int64_t id) { s.deleteEra(id); }
    static Snapshot snapshot(const Store &s, std::int64_t id)
    {
        for (const Era &e : s.eras()) {
            if (e.id == id)
                return e;
        }
        throw StoreError("no such era");
    }
    static void restore(Store &s, const Snapshot &snap) { s.addEra(snap); }
    static std::int64_t idOf(const Snapshot &snap) { return snap.id; }
    static QString noun() { return QCoreApplication::translate("entente::Commands", "era"); }
    static DocumentChange::Fields changed(const Record &a, const Record &b)
    {
        using F = DocumentChange::Field;
        DocumentChange::Fields f;
        f.setFlag(F::Title, a.name != b.name);
        f.setFlag(F::Dates, a.start != b.start || a.end != b.end);
        f.setFlag(F::Text, a.colour != b.colour);
        return f;
    }
};

struct StoryTraits
{
    using Record = Story;
    using Snapshot = Story;
    static constexpr auto kKind = DocumentChange::Kind::Stories;
    static std::int64_t add(Store &s, const Record &r) { return s.addStory(r); }
    static void update(Store &s, const Record &r) { s.updateStory(r); }
    static void remove(Store &s, std::int64_t id) { s.deleteStory(id); }
    static Snapshot snapshot(const Store &s, std::int64_t id)
    {
        if (auto st = s.story(id))
            return *st;
        throw StoreError("no such story");
    }
    static void restore(Store &s, const Snapshot &snap) { s.addStory(snap); }
    static std::int64_t idOf(const Snapshot &snap) { return snap.id; }
    static QString noun() { return QCoreApplication::translate("entente::Commands", "story"); }
    static DocumentChange::Fields changed(const Record &, const Record &) { return DocumentChange::Field::AllFields; }
};

} // namespace entente
