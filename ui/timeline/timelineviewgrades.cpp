// TimelineView: marks drawn by their event's best source grade (RenderOptions::grades).
#include "timelineview.h"

#include "document.h"
#include "store/store.h"

namespace entente {

void TimelineView::setMarksByGrade(bool on)
{
    if (on == m_marksByGrade)
        return;
    m_marksByGrade = on;
    if (!on) {
        m_gradesWatcher.cancel();
        m_options.grades.reset();
        update();
        return;
    }
    if (!m_gradesConnected) {
        m_gradesConnected = true;
        connect(&m_gradesWatcher, &QFutureWatcher<QHash<EventId, Grade>>::finished, this, [this] {
            if (!m_marksByGrade || m_gradesWatcher.isCanceled() || m_gradesWatcher.future().resultCount() == 0)
                return;
            m_options.grades = std::make_shared<const QHash<EventId, Grade>>(m_gradesWatcher.result());
            update();
        });
        // An edit of a source or a citation can change an event's best grade: read them again.
        connect(m_document, &Document::changed, this, [this](const DocumentChange &change) {
            if (m_marksByGrade
                && (change.isReload() || change.kind == DocumentChange::Kind::Sources
                    || change.kind == DocumentChange::Kind::Events))
                readGrades();
        });
    }
    readGrades();
}

void TimelineView::readGrades()
{
    // One query over every graded citation: off the GUI thread, as a million-event file needs.
    m_gradesWatcher.setFuture(m_document->read([](Store &store, const CancelToken &) { return store.bestGrades(); }));
}

} // namespace entente
