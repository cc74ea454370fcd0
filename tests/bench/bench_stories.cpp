// Story benchmarks: opening a presentation over a large file (the slides build the timeline
// index) and drawing one animation frame at 1920×1080, which must fit a 60 Hz frame.
#include "bench.h"
#include "generator.h"

#include "store/store.h"
#include "story/storyslides.h"
#include "story/storysteps.h"

#include <QImage>
#include <QPainter>

namespace entente::bench {

namespace {

QList<Result> runStoryBenchmarks(const Options &options)
{
    QList<Result> results;
    QString path = qEnvironmentVariable("ENTENTE_BENCH_TIMELINE_FILE");
    if (path.isEmpty()) {
        path = options.workDir + QStringLiteral("/stories.entente");
        Generator::writeEntente(path, { options.events, options.actors, options.years, 1995, options.seed });
    }
    auto opened = Store::open(path, {});
    if (!opened.store)
        return results;
    Store &store = *opened.store;
    // Twenty steps spread over the file, as a lesson would pick them.
    const QList<EventId> all = store.eventIds({});
    QList<EventId> picked;
    for (int i = 0; i < 20 && !all.isEmpty(); ++i)
        picked.append(all.at(static_cast<qsizetype>(i) * (all.size() - 1) / 19));
    const Story story = stories::fromEvents(store, picked, QStringLiteral("Bench"));
    std::unique_ptr<StorySlides> slides;
    const double openMs = medianMs(3, [&] { slides = std::make_unique<StorySlides>(store, story); });
    const QString scale = QStringLiteral("%1 events").arg(options.events);
    results.append({ QStringLiteral("stories"), QStringLiteral("open a presentation (%1)").arg(scale), openMs / 1000.0,
                     QStringLiteral("s"), QStringLiteral("<= 1 s") });
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    int step = 0;
    const double frameMs = medianMs(20, [&] {
        QPainter p(&image);
        const int n = step++ % std::max(1, slides->count());
        // A frame halfway through a glide: twice the step's window.
        TimelineViewport v = slides->camera(n);
        v = v.zoomed(2.0);
        slides->paint(p, QRectF(0, 0, 1920, 1080), n, v, SlideStyle());
    });
    results.append({ QStringLiteral("stories"), QStringLiteral("slide frame 1920x1080"), frameMs, QStringLiteral("ms"),
                     QStringLiteral("<= 16 ms") });
    return results;
}

const Registration registration("stories", &runStoryBenchmarks);

} // namespace

} // namespace entente::bench
