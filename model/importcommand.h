#pragma once

#include "store/storereader.h"
#include "undocommands.h"

#include <QHash>
#include <QList>

namespace entente {

// What an import added, found by id: every row above the highest ids the file held before it.
struct ImportedRows
{
    // Beyond this many events an import is not undoable: taking it back and putting it again would
    // hold the window for seconds, and keep every row in memory.
    static constexpr qint64 kUndoableEvents = 10000;
    // Beyond this many the change is announced as a reload (Kind::All), not as a list of ids.
    static constexpr qint64 kNamedEvents = 100000;

    StoreReader::Marks before;
    QList<std::int64_t> events; // empty, with eventCount set, when more than kNamedEvents
    qint64 eventCount = 0;
    QList<std::int64_t> actors;
    QList<std::int64_t> sources;
    QList<std::int64_t> eras;
    QList<std::int64_t> stories;
    QList<std::int64_t> links;
    QHash<QString, QString> metaBefore; // the dataset's title and description
    QHash<QString, QString> metaAfter;

    // Taken from `store` before the import; `read` inside the import's transaction just before it
    // commits (ImportProgress::beforeCommit), on the same connection, so no one else's rows can be
    // among them (a shared timeline's pull waits for the commit). An import that stored nothing
    // never reads, and stays empty.
    static ImportedRows mark(Store &store);
    void read(Store &store);
    static const QStringList &metaKeys();

    bool isEmpty() const;
    bool isUndoable() const { return eventCount <= kUndoableEvents && eventCount == events.size(); }
    // Announced once: the new events by id, or a reload when there are too many to name or the
    // import brought eras or stories too.
    DocumentChange change(DocumentChange::Op op) const;
};

// An import as one undoable step (Tiled: every change is a command). The import itself wrote the
// rows before the command was pushed, so the first redo only announces them; undo takes them out
// by id (stories, events with their links, eras, sources, new actors) and keeps them, and redo
// puts them back with the same ids.
class ImportCommand final : public DocumentCommand
{
public:
    ImportCommand(Document *document, const QString &fileName, ImportedRows rows);

protected:
    DocumentChange doRedo() override;
    DocumentChange doUndo() override;

private:
    void setMeta(const QHash<QString, QString> &values);

    ImportedRows m_rows;
    bool m_inStore = true; // the rows are in the file (true until the first undo)
    QList<Actor> m_actors;
    QList<Source> m_sources;
    QList<Era> m_eras;
    QList<Event> m_events;
    QList<EventLink> m_links;
    QList<Story> m_stories;
};

} // namespace entente
