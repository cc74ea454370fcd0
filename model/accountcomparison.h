#pragma once

#include "event.h"

#include <QList>

namespace entente {

// An event's accounts set side by side: for each of its sources the value it gives of each field
// (its own, or the event's where it says nothing different), and which fields the accounts
// disagree on. What the Details panel and the presentation show.
class AccountComparison
{
public:
    enum Field : std::uint8_t { Status = 1, Date = 2, Figure = 4, Actors = 8 };

    struct Row
    {
        SourceId sourceId = 0;
        QString quote;
        std::optional<Credibility> credibility;
        ClaimStatus status = ClaimStatus::Confirmed;
        FuzzyDate start;
        std::optional<FuzzyDate> end;
        QString figure; // empty: the account gives none
        QList<ActorId> actors;
        int own = 0; // the fields this account states itself (Field flags)
    };

    explicit AccountComparison(const Event &event);

    const QList<Row> &rows() const { return m_rows; }
    // Whether two accounts give different values of `field`. A figure differs when two accounts
    // give different ones (an account that gives none does not disagree).
    bool differs(Field field) const { return (m_differing & field) != 0; }
    bool anyDiffers() const { return m_differing != 0; }
    // Whether any account says something of its own beyond its quote.
    bool hasOwnFields() const;

private:
    QList<Row> m_rows;
    int m_differing = 0;
};

} // namespace entente
