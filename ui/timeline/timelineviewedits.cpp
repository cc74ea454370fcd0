// TimelineView: following the document's changes by id. A change that names its events is
// applied to the index and the lanes where they stand (a rename only forgets a cached title), so
// one edit at a million events is on screen in milliseconds; a change that names no ids, or
// more than a build costs, falls back to the background build in timelineview.cpp.
#include "timelineview.h"

#include "actornames.h"
#include "document.h"
#include "store/store.h"

#include <QUndoStack>

namespace entente {

namespace {

std::optional<TimelineIndex::ActorInfo> actorInfo(const Store &store, ActorId id)
{
    const auto a = store.actor(id);
    if (!a)
        return std::nullopt;
    return TimelineIndex::ActorInfo { a->id, ActorNames::displayName(*a),
                                      a->colour.isEmpty() ? QColor() : QColor::fromString(a->colour) };
}

} // namespace

bool TimelineView::isByIdWorthIt(qsizetype ids) const
{
    // Each event moved costs at most one pass over the columns' tails; past about a tenth of a
    // build's work, a build off the GUI thread is the better deal.
    const auto rows = static_cast<double>(std::max<std::size_t>(m_index.size(), 1));
    return ids <= kMaxEditedIds && static_cast<double>(ids) * rows <= 2e8;
}

void TimelineView::takeChange(const DocumentChange &change)
{
    using K = DocumentChange::Kind;
    using F = DocumentChange::Field;
    switch (change.kind) {
    case K::Sources:
    case K::Meta:
    case K::Stories:
    case K::Links:
    case K::SavedViews:
    case K::Positions:
        // Nothing the timeline draws.
        return;
    case K::All:
        m_pending.rebuild = true;
        break;
    case K::Eras:
        m_pending.eras = true;
        break;
    case K::Actors:
        // A deleted or merged actor takes its events' pairs with it, and an undone deletion
        // brings them back: those events are not named.
        if (change.op == DocumentChange::Op::Removed || change.ids.size() != 1
            || (change.op == DocumentChange::Op::Added
                && !m_document->store().eventsByActor(change.ids.constFirst()).isEmpty()))
            m_pending.rebuild = true;
        else
            m_pending.actors.insert(change.ids.constFirst());
        break;
    case K::Events:
        // One event added or changed (the dialog, the details, an undo) is followed there.
        if (change.op != DocumentChange::Op::Removed && change.ids.size() == 1) {
            m_pending.follow = change.ids.constFirst();
            m_pending.undoIndex = m_document->undoStack()->index();
        } else if (m_pending.follow && change.ids.contains(*m_pending.follow)) {
            m_pending.follow.reset();
        }
        if (change.ids.isEmpty() || !isByIdWorthIt(m_pending.events.size() + change.ids.size())) {
            m_pending.rebuild = true;
            break;
        }
        for (EventId id : change.ids) {
            m_pending.titles.insert(id);
            // A new title only changes what the filter's text search matches.
            if (change.op != DocumentChange::Op::Edited || (change.fields & ~DocumentChange::Fields(F::Title))
                || !m_filter.text.trimmed().isEmpty())
                m_pending.events.insert(id);
        }
        break;
    }
    // Applied when the event loop turns: edits made together are applied together, and a build
    // asked for meanwhile takes them all.
    m_applyTimer.start();
}

void TimelineView::applyPending()
{
    waitForLanes(); // the edits below change the index
    Pending pending = std::exchange(m_pending, Pending {});
    for (EventId id : std::as_const(pending.titles))
        m_titles.forget(id);
    // Only this window's own edits and undos: they move the undo stack once announced (a command
    // announces its change before the stack counts it). A change from elsewhere (another user of
    // a shared file) is not followed, nor is the view taken from the user.
    if (pending.follow && m_document->undoStack()->index() != pending.undoIndex)
        m_followEdit = pending.follow;
    // A build under way read the file before these edits, and one queued will read it after.
    if (pending.rebuild || m_watcher.isRunning() || m_rebuildTimer.isActive()) {
        scheduleRebuild();
        return;
    }
    const Store &store = m_document->store();
    if (pending.eras)
        m_index.setEras(store.eras());
    const std::size_t actorsBefore = static_cast<std::size_t>(m_index.actors().size());
    const ActorId lastActor = actorsBefore > 0 ? m_index.actors().constLast().id : 0;
    for (ActorId id : std::as_const(pending.actors)) {
        const auto info = actorInfo(store, id);
        if (!info || !m_index.putActor(*info)) {
            scheduleRebuild();
            return;
        }
    }
    // Text and tags are matched in the store: with them in the filter the lanes are built again
    // from the index (no file read for the columns).
    const bool wholeLanes = !m_filter.text.trimmed().isEmpty() || !m_filter.tags.isEmpty();
    const QList<EventId> ids(pending.events.cbegin(), pending.events.cend());
    const QList<Event> events = ids.isEmpty() ? QList<Event>() : store.events(ids);
    QSet<EventId> present;
    auto lookup = [&store](ActorId id) { return actorInfo(store, id); };
    for (const Event &e : events) {
        present.insert(e.id);
        const TimelineIndex::RowMove move = m_index.put(e, lookup);
        if (!wholeLanes)
            m_lanes.apply(m_index, move, m_index.matchesColumns(m_filter, static_cast<std::size_t>(move.after)));
    }
    for (EventId id : ids) {
        if (present.contains(id))
            continue;
        const TimelineIndex::RowMove move = m_index.remove(id);
        if (move.before >= 0 && !wholeLanes)
            m_lanes.apply(m_index, move, false);
    }
    // An actor placed among the others renumbered the actors' lanes: those are laid out again.
    const bool appended = actorsBefore == 0 || m_index.actors().at(actorsBefore - 1).id == lastActor;
    if (wholeLanes || (!appended && m_mode == LaneMode::Actors)) {
        rebuildLanes();
    } else {
        if (!pending.actors.isEmpty())
            m_lanes.rename(m_index);
        update();
    }
    followEdited();
    emit indexReady();
}

} // namespace entente
