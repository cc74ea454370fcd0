#include "storysteps.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

namespace entente::stories {

Story fromEvents(const Store &store, const QList<EventId> &events, const QString &name)
{
    QList<Event> records = store.events(events);
    std::stable_sort(records.begin(), records.end(),
                     [](const Event &a, const Event &b) { return a.start.startSeconds() < b.start.startSeconds(); });
    Story story;
    story.name = name;
    QSet<EventId> seen;
    for (const Event &e : std::as_const(records)) {
        if (seen.contains(e.id))
            continue;
        seen.insert(e.id);
        StoryStep step;
        step.eventId = e.id;
        story.steps.append(step);
    }
    return story;
}

Story fromFilter(const Store &store, const EventFilter &filter, const QString &name, qint64 *matched)
{
    Story story;
    story.name = name;
    if (matched)
        *matched = store.countEvents(filter);
    for (const EventId id : store.eventIds(filter, EventOrder::Date, false, kMaxSteps)) {
        StoryStep step;
        step.eventId = id;
        story.steps.append(step);
    }
    return story;
}

Story forPresentation(const Store &store, std::optional<StoryId> story, const EventFilter &filter)
{
    if (story) {
        if (auto s = store.story(*story))
            return *s;
    }
    qint64 matched = 0;
    Story filtered = fromFilter(store, filter, QString(), &matched);
    if (matched > kMaxSteps) {
        const QLocale locale;
        const int n = static_cast<int>(std::min<qint64>(matched, std::numeric_limits<int>::max()));
        filtered.name
            = QCoreApplication::translate("entente::Stories", "The first %1 of %n filtered event(s)", nullptr, n)
                  .replace(QString::number(n), locale.toString(n))
                  .arg(locale.toString(kMaxSteps));
    }
    return filtered;
}

std::optional<StoryId> findByName(const Store &store, const QString &name)
{
    const QList<Story> all = store.stories();
    for (const Story &s : all) {
        if (s.name == name)
            return s.id;
    }
    for (const Story &s : all) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return s.id;
    }
    return std::nullopt;
}

QString uniqueName(const Store &store, const QString &base)
{
    QSet<QString> taken;
    for (const Story &s : store.stories())
        taken.insert(s.name);
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = base + u' ' + QString::number(n);
    return name;
}

std::pair<double, double> cameraWindow(const StoryStep &step, const Event &event)
{
    if (step.windowStart && step.windowEnd && *step.windowEnd > *step.windowStart)
        return { static_cast<double>(*step.windowStart), static_cast<double>(*step.windowEnd) };
    const double start = static_cast<double>(event.start.startSeconds());
    // A point event shows as its day or month; its centre is what the eye looks for.
    const double end = static_cast<double>(event.end ? event.end->endSeconds() : event.start.endSeconds());
    // Ten weeks: the talks of a busy month stand apart (a day is ~17 px at 1920 wide) and the
    // weeks before and after are in view.
    constexpr double kContext = 70.0 * 86400;
    const double span = std::max(kContext, 3 * (end - start));
    const double centre = (start + end) / 2;
    return { centre - span / 2, centre + span / 2 };
}

} // namespace entente::stories
