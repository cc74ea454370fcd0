#include "importcommand.h"

#include <QSet>

namespace entente {

namespace {

// The rows of `all` the import added, by the ids read when it committed: not "every id above the
// mark" at the time of the undo, which on a shared timeline would take in rows others added since.
template<typename T> QList<T> imported(const QList<T> &all, const QList<std::int64_t> &ids)
{
    const QSet<std::int64_t> wanted(ids.cbegin(), ids.cend());
    QList<T> out;
    for (const T &t : all) {
        if (wanted.contains(t.id))
            out.append(t);
    }
    return out;
}

} // namespace

const QStringList &ImportedRows::metaKeys()
{
    static const QStringList keys { QStringLiteral("title"), QStringLiteral("description") };
    return keys;
}

ImportedRows ImportedRows::mark(Store &store)
{
    ImportedRows rows;
    rows.before = StoreReader::marks(store);
    for (const QString &key : metaKeys())
        rows.metaBefore.insert(key, store.meta(key));
    rows.metaAfter = rows.metaBefore; // until read(): an import that stored nothing changed nothing
    return rows;
}

void ImportedRows::read(Store &store)
{
    using T = StoreReader::Table;
    events = StoreReader::idsAbove(store, T::Events, before.events, kNamedEvents, &eventCount);
    actors = StoreReader::idsAbove(store, T::Actors, before.actors);
    sources = StoreReader::idsAbove(store, T::Sources, before.sources);
    eras = StoreReader::idsAbove(store, T::Eras, before.eras);
    stories = StoreReader::idsAbove(store, T::Stories, before.stories);
    links = StoreReader::idsAbove(store, T::Links, before.links);
    for (const QString &key : metaKeys())
        metaAfter.insert(key, store.meta(key));
}

bool ImportedRows::isEmpty() const
{
    return eventCount == 0 && actors.isEmpty() && sources.isEmpty() && eras.isEmpty() && stories.isEmpty()
        && links.isEmpty() && metaBefore == metaAfter;
}

DocumentChange ImportedRows::change(DocumentChange::Op op) const
{
    if (eventCount != events.size() || !eras.isEmpty() || !stories.isEmpty())
        return { DocumentChange::Kind::All, {}, op };
    if (eventCount == 0)
        return { DocumentChange::Kind::Meta, {}, DocumentChange::Op::Edited };
    return { DocumentChange::Kind::Events, events, op };
}

ImportCommand::ImportCommand(Document *document, const QString &fileName, ImportedRows rows)
    : DocumentCommand(document, QCoreApplication::translate("entente::Commands", "Import %1").arg(fileName))
    , m_rows(std::move(rows))
{ }

void ImportCommand::setMeta(const QHash<QString, QString> &values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (store().meta(it.key()) != it.value())
            store().setMeta(it.key(), it.value());
    }
}

DocumentChange ImportCommand::doRedo()
{
    if (!m_inStore) {
        // Back in the order they depend on each other, each with the id it had.
        for (const Actor &a : std::as_const(m_actors))
            store().addActor(a);
        for (const Source &s : std::as_const(m_sources))
            store().addSource(s);
        for (const Era &e : std::as_const(m_eras))
            store().addEra(e);
        for (const Event &e : std::as_const(m_events))
            store().addEvent(e);
        for (const EventLink &l : std::as_const(m_links))
            store().addLink(l);
        for (const Story &s : std::as_const(m_stories))
            store().addStory(s);
        setMeta(m_rows.metaAfter);
        m_inStore = true;
    }
    return m_rows.change(DocumentChange::Op::Added);
}

DocumentChange ImportCommand::doUndo()
{
    const auto &r = m_rows;
    m_stories.clear();
    for (std::int64_t id : r.stories) {
        if (auto s = store().story(id))
            m_stories.append(*s);
    }
    m_events = store().events(r.events);
    m_links = imported(store().links(), r.links);
    m_eras = imported(store().eras(), r.eras);
    m_sources = imported(store().sources(), r.sources);
    m_actors = imported(store().actors(), r.actors);
    for (const Story &s : std::as_const(m_stories))
        store().deleteStory(s.id);
    // An event's links and citations go with it.
    for (const Event &e : std::as_const(m_events))
        store().deleteEvent(e.id);
    for (const Era &e : std::as_const(m_eras))
        store().deleteEra(e.id);
    for (const Source &s : std::as_const(m_sources))
        store().deleteSource(s.id);
    for (const Actor &a : std::as_const(m_actors))
        store().deleteActor(a.id);
    setMeta(r.metaBefore);
    m_inStore = false;
    return r.change(DocumentChange::Op::Removed);
}

} // namespace entente
