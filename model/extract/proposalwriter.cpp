#include "proposalwriter.h"

#include "document.h"

#include <QCoreApplication>
#include <QHash>

namespace entente {

ProposalWriter::Outcome ProposalWriter::write(Document &document, const QList<Proposal> &proposals,
                                              const Article &article, const QDate &published, const QStringList &tags)
{
    Outcome outcome;
    if (proposals.isEmpty())
        return outcome;
    if (document.isReadOnly()) {
        outcome.error = QCoreApplication::translate("entente::ProposalWriter", "The file is open read-only.");
        return outcome;
    }
    QUndoStack *stack = document.undoStack();
    stack->beginMacro(QCoreApplication::translate("entente::ProposalWriter", "New events from %n article(s)", "", 1));
    bool failed = false;
    auto fail = [&] {
        failed = true;
        outcome.error = document.lastError();
    };
    Source source;
    source.publisher = article.outlet.isEmpty()
        ? QCoreApplication::translate("entente::ProposalWriter", "Unknown outlet")
        : article.outlet;
    source.title = article.headline.isEmpty() ? article.body.left(80).simplified() : article.headline;
    source.url = article.url;
    if (published.isValid())
        source.published = FuzzyDate::day(published.year(), published.month(), published.day());
    const auto sourceId = document.addSource(source);
    if (!sourceId)
        fail();
    QHash<QString, ActorId> created;
    for (const Proposal &p : proposals) {
        if (failed)
            break;
        if (p.matches != 0) {
            auto event = document.store().event(p.matches);
            if (!event)
                continue;
            event->sources.append({ *sourceId, p.quote() });
            if (!document.editEvent(*event)) {
                fail();
                break;
            }
            ++outcome.sourced;
            continue;
        }
        Event e;
        e.title = p.title;
        e.start = p.start;
        e.end = p.end;
        e.kind = p.kind;
        e.status = p.status;
        e.tags = tags;
        e.sources.append({ *sourceId, p.quote() });
        for (const ProposalActor &a : p.actors) {
            ActorId id = a.existing;
            if (id == 0)
                id = created.value(a.name, 0);
            if (id == 0) {
                if (auto found = document.store().findActor(a.name))
                    id = *found;
            }
            if (id == 0) {
                Actor actor;
                actor.name = a.name;
                actor.kind = a.kind;
                if (!a.title.isEmpty()) {
                    actor.titles.append({ a.title, std::nullopt, std::nullopt });
                    actor.description
                        = QCoreApplication::translate("entente::ProposalWriter", "%1 (as of %2, from \"%3\")")
                              .arg(a.title, published.toString(Qt::ISODate), source.title);
                }
                const auto added = document.addActor(actor);
                if (!added) {
                    fail();
                    break;
                }
                id = *added;
                created.insert(a.name, id);
                ++outcome.actors;
            }
            if (std::none_of(e.actors.begin(), e.actors.end(), [&](const EventActor &x) { return x.actorId == id; }))
                e.actors.append({ id, a.role });
        }
        if (failed)
            break;
        if (!document.addEvent(e)) {
            fail();
            break;
        }
        ++outcome.added;
    }
    stack->endMacro();
    if (failed) {
        stack->undo(); // nothing half-written
        outcome.added = outcome.sourced = outcome.actors = 0;
    }
    return outcome;
}

} // namespace entente
