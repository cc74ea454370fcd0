// Soak: a large file under a long mix of edits with undo and redo, filter changes and exports,
// for a set time. It fails when resident memory keeps growing after the warm-up, when an edit
// is refused, or when the file fails PRAGMA integrity_check at the end; under ASan (the asan
// preset) LeakSanitizer reports any leak at exit.
//   ASAN_OPTIONS=quarantine_size_mb=16 entente_soak [--minutes 10] [--events 1000000] [--edits 10000]
// (ASan's default 256 MB quarantine of freed memory fills over minutes and reads as growth.)
#include "document.h"
#include "generator.h"
#include "io/exporter.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

#if defined(__SANITIZE_ADDRESS__)
#include <cstddef>
// From the ASan runtime (sanitizer/allocator_interface.h, which GCC does not install).
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#define ENTENTE_SOAK_ASAN 1
#endif

using namespace entente;

namespace {

// The memory the program holds. Under ASan, resident memory also grows with ASan's own
// bookkeeping (the stack depot keeps every distinct allocation stack for good), so the heap bytes
// the program has live are measured instead; without ASan, the resident set.
qint64 residentMb()
{
#ifdef ENTENTE_SOAK_ASAN
    return static_cast<qint64>(__sanitizer_get_current_allocated_bytes() >> 20);
#else
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() / 1024;
    }
    return -1;
#endif
}

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption minutesOption(QStringLiteral("minutes"), QStringLiteral("How long to run."),
                                           QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events in the file."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption editsOption(QStringLiteral("edits"), QStringLiteral("Edits (each undone and redone)."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption fileOption(QStringLiteral("file"), QStringLiteral("Reuse or create this file."),
                                        QStringLiteral("PATH"));
    parser.addOptions({ minutesOption, eventsOption, editsOption, fileOption });
    parser.process(app);
    const double minutes = parser.value(minutesOption).toDouble();
    const qint64 events = parser.value(eventsOption).toLongLong();
    const int edits = parser.value(editsOption).toInt();

    QTemporaryDir dir;
    const QString path
        = parser.isSet(fileOption) ? parser.value(fileOption) : dir.filePath(QStringLiteral("soak.entente"));
    QElapsedTimer clock;
    clock.start();
    if (!QFile::exists(path)) {
        bench::Generator::Spec spec;
        spec.events = events;
        bench::Generator::writeEntente(path, spec);
        say(QStringLiteral("generated %1 events in %2 s").arg(events).arg(clock.elapsed() / 1000.0));
    }
    auto opened = Document::open(path, { .exclusive = true });
    if (!opened.document) {
        say(opened.error);
        return 1;
    }
    Document &doc = *opened.document;
    Store &store = doc.store();
    const qint64 total = store.countEvents();
    const QList<ActorId> actors = [&] {
        QList<ActorId> ids;
        for (const Actor &a : store.actors())
            ids.append(a.id);
        return ids;
    }();
    const QStringList kinds = store.kinds();
    say(QStringLiteral("%1 events, %2 actors, %3 kinds; running %4 min")
            .arg(total)
            .arg(actors.size())
            .arg(kinds.size())
            .arg(minutes));

    QRandomGenerator rng(7);
    const qint64 budgetMs = static_cast<qint64>(minutes * 60'000);
    const qint64 warmUpMs = budgetMs / 5;
    qint64 warmRss = -1;
    qint64 maxRssAfterWarmUp = 0;
    int editsDone = 0;
    int rounds = 0;
    int exports = 0;
    qint64 filtered = 0;
    clock.restart();
    const auto edit = [&] {
        // Edit a random event, undo it, redo it: the file ends with the edit applied.
        const QList<EventId> ids = store.eventIds({}, EventOrder::Date, false, 1, rng.bounded(total));
        if (ids.isEmpty())
            return true;
        auto event = store.event(ids.constFirst());
        if (!event)
            return false;
        event->title = QStringLiteral("Edited %1 ").arg(editsDone) + event->title.left(60);
        if (!doc.editEvent(*event))
            return false;
        doc.undoStack()->undo();
        doc.undoStack()->redo();
        // Now and then an event added and deleted, and both undone and redone.
        if (editsDone % 10 == 0) {
            Event fresh;
            fresh.title = QStringLiteral("Soak %1").arg(editsDone);
            fresh.start = FuzzyDate::day(2000 + editsDone % 20, 1 + editsDone % 12, 1);
            const auto id = doc.addEvent(fresh);
            if (!id || !doc.deleteEvent(*id))
                return false;
            doc.undoStack()->undo();
            doc.undoStack()->undo();
            doc.undoStack()->redo();
            doc.undoStack()->redo();
        }
        ++editsDone;
        return true;
    };

    while (clock.elapsed() < budgetMs) {
        for (int i = 0; i < 20 && editsDone < edits; ++i) {
            if (!edit()) {
                say(QStringLiteral("FAIL: an edit was refused: %1").arg(doc.lastError()));
                return 1;
            }
        }
        // The stack would otherwise hold every edit: a real session saves and moves on.
        if (doc.undoStack()->count() > 500)
            doc.undoStack()->clear();

        EventFilter filter;
        const int year = 1995 + static_cast<int>(rng.bounded(30));
        filter.from = FuzzyDate::year(year).startSeconds();
        filter.to = FuzzyDate::year(year + 1).startSeconds();
        if (!actors.isEmpty() && rng.bounded(2) == 0)
            filter.actors = { actors.at(rng.bounded(actors.size())) };
        if (!kinds.isEmpty() && rng.bounded(3) == 0)
            filter.kinds = { kinds.at(rng.bounded(kinds.size())) };
        filtered += store.countEvents(filter);
        filtered += store.eventIds(filter, EventOrder::Title, false, 200).size();
        EventFilter text;
        text.text = QStringLiteral("talks");
        filtered += store.eventIds(text, EventOrder::Date, false, 100).size();

        if (rounds % 5 == 0) {
            const QStringList formats = { QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("timelinejs"),
                                          QStringLiteral("ics") };
            const QString format = formats.at(exports % formats.size());
            makeExporter(format)->write(store, filter, dir.filePath(QStringLiteral("export.") + format));
            ++exports;
        }
        ++rounds;
        const qint64 rss = residentMb();
        if (clock.elapsed() >= warmUpMs) {
            if (warmRss < 0)
                warmRss = rss;
            maxRssAfterWarmUp = std::max(maxRssAfterWarmUp, rss);
        }
        if (rounds % 50 == 0)
            say(QStringLiteral("%1 s: %2 rounds, %3 edits, %4 exports, RSS %5 MB")
                    .arg(clock.elapsed() / 1000)
                    .arg(rounds)
                    .arg(editsDone)
                    .arg(exports)
                    .arg(rss));
    }
    say(QStringLiteral("done: %1 rounds, %2 edits (each undone and redone), %3 exports, %4 rows filtered")
            .arg(rounds)
            .arg(editsDone)
            .arg(exports)
            .arg(filtered));
    say(QStringLiteral("RSS after warm-up %1 MB, highest after %2 MB").arg(warmRss).arg(maxRssAfterWarmUp));
    // Caches settle in the warm-up; what follows may wobble but not climb.
    const bool grew = warmRss > 0 && maxRssAfterWarmUp > warmRss + std::max<qint64>(64, warmRss / 5);
    doc.undoStack()->clear();
    QElapsedTimer checking;
    checking.start();
    const QStringList problems = store.integrityProblems();
    say(QStringLiteral("integrity_check in %1 s: %2")
            .arg(checking.elapsed() / 1000.0)
            .arg(problems.isEmpty() ? QStringLiteral("ok") : problems.join(QStringLiteral("; "))));
    if (grew)
        say(QStringLiteral("FAIL: resident memory grew after the warm-up"));
    return problems.isEmpty() && !grew ? 0 : 1;
}
