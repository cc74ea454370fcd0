#pragma once

#include "article.h"
#include "proposal.h"

#include <QDate>
#include <QList>
#include <QString>

namespace entente {

class Document;

// Writes accepted proposals into a document as ONE undoable step (a QUndoStack macro over
// Document::addActor / addSource / addEvent / editEvent): new actors with the title the article
// gives them, the article as a source, an event per proposal, or a further source with its quote
// for an event the proposal matched.
class ProposalWriter
{
public:
    struct Outcome
    {
        int added = 0; // new events
        int sourced = 0; // events that got the article as a further source
        int actors = 0; // new actors
        QString error; // when set, nothing was changed
    };

    // `tags` go on every new event ("draft" for the command line's unchecked proposals).
    static Outcome write(Document &document, const QList<Proposal> &proposals, const Article &article,
                         const QDate &published, const QStringList &tags = {});
};

} // namespace entente
