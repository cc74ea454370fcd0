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

// The mix of work, round after round, and what it has seen.
class Soak
{
public:
    Soak(Document &doc, const QString &exportDir)
        : m_doc(doc)
        , m_store(doc.store())
        , m_exportDir(exportDir)
        , m_total(m_store.countEvents())
        , m_kinds(m_store.kinds())
    {
        for (const Actor &a : m_store.actors())
            m_actors.append(a.id);
    }

    QString describe(double minutes) const
    {
        return QStringLiteral("%1 events, %2 actors, %3 kinds; running %4 min")
            .arg(m_total)
            .arg(m_actors.size())
            .arg(m_kinds.size())
            .arg(minutes);
    }

    // Rounds until `budgetMs` has passed; false when an edit was refused.
    bool run(qint64 budgetMs, int edits)
    {
        QElapsedTimer clock;
        clock.start();
        const qint64 warmUpMs = budgetMs / 5;
        while (clock.elapsed() < budgetMs) {
            for (int i = 0; i < 20 && m_editsDone < edits; ++i) {
                if (!edit()) {
                    say(QStringLiteral("FAIL: an edit was refused: %1").arg(m_doc.lastError()));
                    return false;
                }
            }
            // The stack would otherwise hold every edit: a real session saves and moves on.
            if (m_doc.undoStack()->count() > 500)
                m_doc.undoStack()->clear();
            const EventFilter filter = readRound();
            if (m_rounds % 5 == 0)
                exportRound(filter);
            ++m_rounds;
            const qint64 rss = residentMb();
            if (clock.elapsed() >= warmUpMs) {
                if (m_warmRss < 0)
                    m_warmRss = rss;
                m_maxRssAfterWarmUp = std::max(m_maxRssAfterWarmUp, rss);
            }
            if (m_rounds % 50 == 0)
                say(QStringLiteral("%1 s: %2 rounds, %3 edits, %4 exports, RSS %5 MB")
                        .arg(clock.elapsed() / 1000)
                        .arg(m_rounds)
                        .arg(m_editsDone)
                        .arg(m_exports)
                        .arg(rss));
        }
        return true;
    }

    // The summary, the memory's verdict and the file's check: true when all is well.
    bool finish()
    {
        say(QStringLiteral("done: %1 rounds, %2 edits (each undone and redone), %3 exports, %4 rows filtered")
                .arg(m_rounds)
                .arg(m_editsDone)
                .arg(m_exports)
                .arg(m_filtered));
        say(QStringLiteral("RSS after warm-up %1 MB, highest after %2 MB").arg(m_warmRss).arg(m_maxRssAfterWarmUp));
        // Caches settle in the warm-up; what follows may wobble but not climb.
        const bool grew = m_warmRss > 0 && m_maxRssAfterWarmUp > m_warmRss + std::max<qint64>(64, m_warmRss / 5);
        m_doc.undoStack()->clear();
        QElapsedTimer checking;
        checking.start();
        const QStringList problems = m_store.integrityProblems();
        say(QStringLiteral("integrity_check in %1 s: %2")
                .arg(checking.elapsed() / 1000.0)
                .arg(problems.isEmpty() ? QStringLiteral("ok") : problems.join(QStringLiteral("; "))));
        if (grew)
            say(QStringLiteral("FAIL: resident memory grew after the warm-up"));
        return problems.isEmpty() && !grew;
    }

private:
    // Edits a random event, undoes it, redoes it: the file ends with the edit applied.
    bool edit()
    {
        const QList<EventId> ids = m_store.eventIds({}, EventOrder::Date, false, 1, m_rng.bounded(m_total));
        if (ids.isEmpty())
            return true;
        auto event = m_store.event(ids.constFirst());
        if (!event)
            return false;
        event->title = QStringLiteral("Edited %1 ").arg(m_editsDone) + event->title.left(60);
        if (!m_doc.editEvent(*event))
            return false;
        m_doc.undoStack()->undo();
        m_doc.undoStack()->redo();
        // Now and then an event added and deleted, and both undone and redone.
        if (m_editsDone % 10 == 0) {
            Event fresh;
            fresh.title = QStringLiteral("Soak %1").arg(m_editsDone);
            fresh.start = FuzzyDate::day(2000 + m_editsDone % 20, 1 + m_editsDone % 12, 1);
            const auto id = m_doc.addEvent(fresh);
            if (!id || !m_doc.deleteEvent(*id))
                return false;
            m_doc.undoStack()->undo();
            m_doc.undoStack()->undo();
            m_doc.undoStack()->redo();
            m_doc.undoStack()->redo();
        }
        ++m_editsDone;
        return true;
    }

    // A year's events, now and then of one actor or kind, counted, sorted and searched.
    EventFilter readRound()
    {
        EventFilter filter;
        const int year = 1995 + static_cast<int>(m_rng.bounded(30));
        filter.from = FuzzyDate::year(year).startSeconds();
        filter.to = FuzzyDate::year(year + 1).startSeconds();
        if (!m_actors.isEmpty() && m_rng.bounded(2) == 0)
            filter.actors = { m_actors.at(m_rng.bounded(m_actors.size())) };
        if (!m_kinds.isEmpty() && m_rng.bounded(3) == 0)
            filter.kinds = { m_kinds.at(m_rng.bounded(m_kinds.size())) };
        m_filtered += m_store.countEvents(filter);
        m_filtered += m_store.eventIds(filter, EventOrder::Title, false, 200).size();
        EventFilter text;
        text.text = QStringLiteral("talks");
        m_filtered += m_store.eventIds(text, EventOrder::Date, false, 100).size();
        return filter;
    }

    // The filter's events exported on the document's reader, in each format in turn.
    void exportRound(const EventFilter &filter)
    {
        const QStringList formats
            = { QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("timelinejs"), QStringLiteral("ics") };
        const QString format = formats.at(m_exports % formats.size());
        const QString target = m_exportDir + QStringLiteral("/export.") + format;
        m_doc
            .read([&](Store &reader, const CancelToken &) {
                makeExporter(format)->write(reader, filter, target);
                return true;
            })
            .result();
        ++m_exports;
    }

    Document &m_doc;
    const Store &m_store;
    QString m_exportDir;
    qint64 m_total = 0;
    QStringList m_kinds;
    QList<ActorId> m_actors;
    QRandomGenerator m_rng { 7 };
    qint64 m_warmRss = -1;
    qint64 m_maxRssAfterWarmUp = 0;
    int m_editsDone = 0;
    int m_rounds = 0;
    int m_exports = 0;
    qint64 m_filtered = 0;
};

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

    QTemporaryDir dir;
    const QString path
        = parser.isSet(fileOption) ? parser.value(fileOption) : dir.filePath(QStringLiteral("soak.entente"));
    if (!QFile::exists(path)) {
        QElapsedTimer clock;
        clock.start();
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
    Soak soak(*opened.document, dir.path());
    say(soak.describe(minutes));
    if (!soak.run(static_cast<qint64>(minutes * 60'000), parser.value(editsOption).toInt()))
        return 1;
    return soak.finish() ? 0 : 1;
}
