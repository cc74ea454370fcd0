// A slide over a file with thousands of actors in a step's window (a few days of GDELT): the
// timeline keeps the step's actor and the busiest, each lane readable, and says how many others
// were left out, where before it drew every lane a hair high.
#include "store/store.h"
#include "story/storyslides.h"
#include "svgtexts.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>

using namespace entente;

class TestSlideManyLanes : public QObject
{
    Q_OBJECT

    static constexpr int kActors = 300;

private slots:
    void theStepsActorAndTheBusiestStay()
    {
        auto store = Store::createInMemory();
        QList<EventId> quiet;
        store->transaction([&] {
            for (int k = 0; k < kActors; ++k) {
                Actor a;
                a.name = QStringLiteral("Actor %1").arg(k);
                const ActorId id = store->addActor(a);
                for (int e = 0; e < (k % 25 == 0 ? 6 : 1); ++e) { // actors 0, 25, 50... are busy
                    Event event;
                    event.title = QStringLiteral("Statement %1.%2").arg(k).arg(e);
                    event.start = FuzzyDate::day(2024, 1, 8 + (k + e) % 7);
                    event.actors = { { id, QString() } };
                    const EventId added = store->addEvent(event);
                    if (k == 201)
                        quiet.append(added);
                }
            }
        });
        Story story;
        story.name = QStringLiteral("A week");
        StoryStep step;
        step.eventId = quiet.constFirst();
        // A fortnight around it: every actor has an event in view.
        step.windowStart = FuzzyDate::day(2024, 1, 4).startSeconds();
        step.windowEnd = FuzzyDate::day(2024, 1, 18).startSeconds();
        story.steps.append(step);
        StorySlides slides(*store, story);
        QCOMPARE(slides.count(), 1);
        QBuffer buffer;
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(1920, 1080));
        svg.setViewBox(QRectF(0, 0, 1920, 1080));
        {
            QPainter painter(&svg);
            slides.paint(painter, QRectF(0, 0, 1920, 1080), 0, slides.camera(0), {});
        }
        const TimelineFrame &f = slides.timelineFrame(); // in the slide's pixels
        QVERIFY2(f.lanes.size() >= 12 && f.lanes.size() < kActors, qPrintable(QString::number(f.lanes.size())));
        QCOMPARE(f.lanesLeftOut, kActors - int(f.lanes.size()));
        QVERIFY2(slides.laneFontPixels() >= 14, qPrintable(QString::number(slides.laneFontPixels()))); // at 1080
        QStringList shown;
        for (const TimelineFrame::Lane &lane : f.lanes) {
            QVERIFY2(lane.header.height() >= slides.laneFontPixels(), qPrintable(lane.name));
            shown.append(lane.name);
        }
        QVERIFY2(shown.contains(QStringLiteral("Actor 201")), qPrintable(shown.join(u','))); // the step's
        for (int k = 0; k < kActors; k += 25)
            QVERIFY2(shown.contains(QStringLiteral("Actor %1").arg(k)), qPrintable(shown.join(u',')));
        const QStringList texts = test::svgTexts(buffer.data());
        const QString leftOut = QString::number(f.lanesLeftOut) + QStringLiteral(" more actor");
        QVERIFY2(std::any_of(texts.begin(), texts.end(), [&](const QString &t) { return t.startsWith(leftOut); }),
                 qPrintable(texts.join(u'|')));
    }
};

QTEST_MAIN(TestSlideManyLanes)
#include "tst_slidemanylanes.moc"
