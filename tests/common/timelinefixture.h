#pragma once

// What the timeline renderer and export tests draw: three actors (Charlie, Alpha, Bravo), each
// with an event a month in 2022 on a lane of its own, and the timeline index and lanes over them.
#include "store/store.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinelanes.h"

#include <QList>

#include <memory>

class TimelineFixture
{
protected:
    std::unique_ptr<entente::Store> m_store;
    QList<entente::ActorId> m_actors;
    entente::TimelineIndex m_index;
    entente::TimelineLanes m_lanes;

    void seed()
    {
        using namespace entente;
        m_store = Store::createInMemory();
        m_actors.clear();
        for (const char *name : { "Charlie", "Alpha", "Bravo" }) {
            Actor a;
            a.name = QString::fromLatin1(name);
            m_actors.append(m_store->addActor(a));
        }
        // One event a month per actor, each on its own lane: nothing joins lanes.
        for (int a = 0; a < 3; ++a) {
            for (int m = 1 + a; m <= 12; m += 3) {
                Event e;
                e.title = QStringLiteral("Event %1-%2").arg(a).arg(m);
                e.start = FuzzyDate::day(2022, m, 10);
                e.kind = QStringLiteral("talks");
                e.actors = { { m_actors[a], QStringLiteral("host") } };
                m_store->addEvent(e);
            }
        }
        rebuild();
    }

    // An event on the second actor's lane (Alpha's).
    entente::EventId addOnAlpha(const QString &title, const entente::FuzzyDate &date)
    {
        entente::Event e;
        e.title = title;
        e.start = date;
        e.actors = { { m_actors[1], QString() } };
        return m_store->addEvent(e);
    }

    // The index and the actor lanes again, after a test added events.
    void rebuild()
    {
        m_index.build(*m_store);
        m_lanes.build(m_index, {}, entente::LaneMode::Actors, entente::LaneOrder::FirstAppearance);
    }
};
