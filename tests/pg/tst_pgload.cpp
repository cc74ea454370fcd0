// Load: 10 editor processes (this executable with --editor) make EDITS edits each at once on one
// set of 20 events of a shared timeline, each from a mirror of its own that looks at the others'
// changes only every few edits, so many edits are stale: the server refuses those (Conflict).
// Afterwards: every process ended (no deadlock), every edit was either accepted or reported
// refused to its editor, the server's change log holds exactly the accepted edits, in each
// editor's order, each event's text is the last accepted edit's, nothing else changed, and a
// mirror that pulled shows what the server has. EDITS: ENTENTE_PG_LOAD_EDITS (100 by default;
// `make test-pg` runs 1,000 too, as pg_load_full).
#include "document.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgmirror.h"
#include "store/sharedtimeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUrl>

#include <cstdio>
#include <map>

using namespace entente;
using namespace entente::pg;

namespace {

constexpr int kEditors = 10;
constexpr int kEvents = 20;
constexpr int kPullEvery = 5;

int editsPerEditor()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("ENTENTE_PG_LOAD_EDITS", &ok);
    return ok && n > 0 ? n : 100;
}

// One editor: prints "PID p", then "A id value" for each accepted edit and "R id" for each one
// refused as a conflict ("E message" for anything else), then "DONE".
int runEditor(const QString &url, const QString &cache, int editor, int edits)
{
    QTextStream out(stdout);
    auto opened = Store::open(url, { .sharedCacheDir = cache });
    if (!opened.store) {
        out << "E " << opened.error << Qt::endl;
        return 1;
    }
    Document document(std::move(opened.store));
    out << "PID " << document.store().shared()->backendPid() << '\n';
    const QList<EventId> ids = document.store().eventIds(EventFilter {});
    if (ids.size() != kEvents) {
        out << "E expected " << kEvents << " events, found " << ids.size() << Qt::endl;
        return 1;
    }
    for (int i = 0; i < edits; ++i) {
        if (i % kPullEvery == 0)
            document.pullRemote();
        const EventId id = ids.at((i * 7 + editor * 3) % kEvents);
        Event event = *document.store().event(id);
        event.summary = QStringLiteral("e%1-%2").arg(editor).arg(i);
        if (document.editEvent(event)) {
            out << "A " << id << ' ' << event.summary << '\n';
        } else if (document.lastErrorKind() == StoreError::Kind::Conflict) {
            out << "R " << id << '\n';
            document.pullRemote(); // "reload"
        } else {
            out << "E " << document.lastError() << '\n';
        }
    }
    out << "DONE" << Qt::endl;
    return 0;
}

struct EditorLog
{
    int pid = 0;
    int accepted = 0;
    int refused = 0;
    QStringList errors;
    bool done = false;
    std::map<qint64, QStringList> values; // event → accepted values, in order
};

EditorLog parse(const QByteArray &output)
{
    EditorLog log;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.value(0) == "PID")
            log.pid = f.value(1).toInt();
        else if (f.value(0) == "A") {
            ++log.accepted;
            log.values[f.value(1).toLongLong()].append(QString::fromUtf8(f.value(2)));
        } else if (f.value(0) == "R")
            ++log.refused;
        else if (f.value(0) == "E")
            log.errors.append(QString::fromUtf8(line));
        else if (line == "DONE")
            log.done = true;
    }
    return log;
}

} // namespace

class TestPgLoad : public QObject
{
    Q_OBJECT

private slots:
    void tenEditorsAtOnce()
    {
        const QString admin = qEnvironmentVariable("ENTENTE_TEST_PG_URL");
        if (admin.isEmpty())
            QSKIP("ENTENTE_TEST_PG_URL is not set: no PostgreSQL test server");
        const int edits = editsPerEditor();
        const QByteArray db = "load_" + QByteArray::number(edits);
        auto server = PgConnection::connect(admin);
        server->exec("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        server->exec("CREATE DATABASE " + db + " TEMPLATE template0 ENCODING 'UTF8'");
        QUrl url(admin);
        url.setPath(u'/' + QString::fromLatin1(db));
        const QString u = url.toString();
        QVERIFY(SharedTimeline::init(u).ok);

        QTemporaryDir dir;
        auto seeded = Store::open(u, { .sharedCacheDir = dir.filePath(QStringLiteral("seed")) });
        QVERIFY2(seeded.store, qPrintable(seeded.error));
        Document seed(std::move(seeded.store));
        for (int i = 0; i < kEvents; ++i) {
            Event e;
            e.title = QStringLiteral("Event %1").arg(i);
            e.start = FuzzyDate::day(2024, 1, 1 + i);
            QVERIFY(seed.addEvent(e));
        }
        auto db2 = PgConnection::connect(u);
        const qint64 seededSeq = db2->exec("SELECT coalesce(max(seq), 0) FROM entente_changes").toInt64(0, 0);
        const QString titlesBefore
            = db2->exec("SELECT string_agg(id || ':' || title, ',' ORDER BY id) FROM events").text(0, 0);

        QElapsedTimer clock;
        clock.start();
        std::vector<std::unique_ptr<QProcess>> editors;
        for (int e = 0; e < kEditors; ++e) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->start(QCoreApplication::applicationFilePath(),
                     { QStringLiteral("--editor"), u, dir.filePath(QStringLiteral("editor%1").arg(e)),
                       QString::number(e), QString::number(edits) });
            editors.push_back(std::move(p));
        }
        std::vector<EditorLog> logs;
        int accepted = 0;
        int refused = 0;
        for (auto &p : editors) {
            QVERIFY2(p->waitForFinished(240000), "an editor did not finish: a deadlock?");
            QCOMPARE(p->exitCode(), 0);
            logs.push_back(parse(p->readAllStandardOutput()));
            const EditorLog &log = logs.back();
            QVERIFY2(log.errors.isEmpty(), qPrintable(log.errors.join(u'\n')));
            QVERIFY(log.done);
            QCOMPARE(log.accepted + log.refused, edits); // every edit accepted or reported refused
            accepted += log.accepted;
            refused += log.refused;
        }
        qInfo("%d editors x %d edits: %d accepted, %d refused as conflicts, %lld ms", kEditors, edits, accepted,
              refused, static_cast<long long>(clock.elapsed()));
        QVERIFY(refused > 0); // the conflicts were real
        QVERIFY(accepted > 0);

        // The log holds exactly the accepted edits, each editor's in its order, and nothing else.
        std::map<int, int> editorOfPid;
        for (int e = 0; e < kEditors; ++e)
            editorOfPid[logs[e].pid] = e;
        const PgResult log
            = db2->exec("SELECT tbl, op, row_key, pid FROM entente_changes WHERE seq > $1 ORDER BY seq", { seededSeq });
        std::map<qint64, std::vector<int>> updatesBy; // event → editors, in commit order
        for (int r = 0; r < log.rows(); ++r) {
            QCOMPARE(log.text(r, 0), QStringLiteral("events"));
            QCOMPARE(log.text(r, 1), QStringLiteral("U"));
            QVERIFY(editorOfPid.count(static_cast<int>(log.toInt64(r, 3))));
            updatesBy[log.text(r, 2).toLongLong()].push_back(editorOfPid[static_cast<int>(log.toInt64(r, 3))]);
        }
        QCOMPARE(log.rows(), accepted);
        const PgResult now = db2->exec("SELECT id, summary FROM events ORDER BY id");
        QCOMPARE(now.rows(), kEvents);
        for (int r = 0; r < now.rows(); ++r) {
            const qint64 id = now.toInt64(r, 0);
            const std::vector<int> &order = updatesBy[id];
            for (int e = 0; e < kEditors; ++e) {
                const auto it = logs[e].values.find(id);
                const qsizetype mine = it == logs[e].values.end() ? 0 : it->second.size();
                QCOMPARE(static_cast<qsizetype>(std::count(order.begin(), order.end(), e)), mine);
            }
            if (order.empty())
                continue;
            QCOMPARE(now.text(r, 1), logs[order.back()].values[id].last()); // the last accepted one
        }
        QCOMPARE(db2->exec("SELECT string_agg(id || ':' || title, ',' ORDER BY id) FROM events").text(0, 0),
                 titlesBefore);

        // A window's mirror, after its pull, shows what the server has.
        seed.pullRemote();
        for (int r = 0; r < now.rows(); ++r)
            QCOMPARE(seed.store().event(now.toInt64(r, 0))->summary, now.text(r, 1));
    }
};

int main(int argc, char **argv)
{
    if (argc == 6 && qstrcmp(argv[1], "--editor") == 0) {
        QCoreApplication app(argc, argv);
        return runEditor(QString::fromUtf8(argv[2]), QString::fromUtf8(argv[3]), atoi(argv[4]), atoi(argv[5]));
    }
    QCoreApplication app(argc, argv);
    TestPgLoad test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pgload.moc"
