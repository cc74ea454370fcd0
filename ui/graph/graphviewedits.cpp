// GraphView: following the document's changes by id. A renamed event or actor keeps its node,
// its edges and its place: only its label changes, in the canvas and in the table of measures,
// with no new layout. Anything that may add or take away nodes or edges lays the graph out again.
#include "graphview.h"

#include "actornames.h"
#include "document.h"
#include "graphcanvas.h"
#include "graphmetricsmodel.h"
#include "selection.h"
#include "store/store.h"

#include <QLabel>

#include <limits>

namespace entente {

void GraphView::takeChange(const DocumentChange &change)
{
    // Meta changes nothing drawn; pins are applied here as they happen.
    if (change.kind == DocumentChange::Kind::Meta || relabel(change))
        return;
    rebuild();
}

bool GraphView::relabel(const DocumentChange &change)
{
    using F = DocumentChange::Field;
    using K = DocumentChange::Kind;
    if (change.op != DocumentChange::Op::Edited || change.ids.isEmpty() || m_watcher.isRunning() || m_stale)
        return false;
    const EventFilter filter = m_selection->filter();
    // The search matches titles, and so may take the event in or out of the graph.
    if (!filter.text.trimmed().isEmpty() || !filter.tags.isEmpty())
        return false;
    const Store &store = m_document->store();
    const ActorGraph &graph = m_canvas->scene().graph;
    QList<std::pair<int, QString>> labels;
    if (change.kind == K::Events) {
        // Fields the graph is not built from, and the title it shows.
        const DocumentChange::Fields drawnFrom = F::Dates | F::Actors | F::Kind | F::Status;
        if (change.fields & drawnFrom)
            return false;
        if (!(change.fields & F::Title))
            return true;
        for (EventId id : change.ids) {
            const int node = graph.indexOf(ActorGraph::Node { false, id, QString(), 0 }.key());
            if (node < 0)
                continue;
            const auto e = store.event(id);
            if (!e)
                return false;
            labels.append({ node, e->title });
        }
    } else if (change.kind == K::Actors && change.ids.size() == 1) {
        // An actor's name, colour or aliases: its node and edges stay (merges name two ids).
        const ActorId id = change.ids.constFirst();
        const auto a = store.actor(id);
        if (!a)
            return false;
        const int node = graph.indexOf(ActorGraph::Node { true, id, QString(), 0 }.key());
        if (node >= 0)
            labels.append({ node, ActorNames::displayName(*a) });
    } else {
        return false;
    }
    for (const auto &[node, label] : std::as_const(labels)) {
        m_canvas->renameNode(node, label);
        m_model->renameNode(node, label);
    }
    return true;
}

void GraphView::scheduleRebuild()
{
    if (m_watcher.isRunning())
        rebuild();
    else
        m_windowTimer.start();
}

void GraphView::graphRead(int serial, qint64 foldedEvents)
{
    // A job superseded since has a newer filter or window: its count is not what is in view.
    if (serial == m_jobSerial && !m_rerun)
        showFolded(foldedEvents);
}

void GraphView::showFolded(qint64 foldedEvents)
{
    const int limit = static_cast<int>(std::min<qint64>(m_eventLimit, std::numeric_limits<int>::max()));
    m_notice->setText(foldedEvents > 0 ? tr("More than %Ln event(s) are in view, too many to draw one by one: the "
                                            "graph shows the actors, linked by the events they share. Narrow the "
                                            "timeline or the filter to see the events.",
                                            nullptr, limit)
                                       : QString());
    m_notice->setVisible(foldedEvents > 0);
}

} // namespace entente
