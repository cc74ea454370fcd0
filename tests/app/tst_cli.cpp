#include "runentente.h"
#include "store/schema.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void versionAndHelp()
    {
        const auto v = runEntente({ QStringLiteral("--version") });
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("entente "));
        const auto h = runEntente({ QStringLiteral("--help") });
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("sample"));
        QVERIFY(h.out.contains("info"));
        const auto ih = runEntente({ QStringLiteral("info"), QStringLiteral("--help") });
        QCOMPARE(ih.exitCode, 0);
        QVERIFY(ih.out.contains("--json"));
    }

    void sampleThenInfoJson()
    {
        const QString db = m_dir.filePath(QStringLiteral("sample.entente"));
        const auto s = runEntente({ QStringLiteral("sample"), db });
        QCOMPARE(s.exitCode, 0);
        QVERIFY(s.err.isEmpty());
        const auto i = runEntente({ QStringLiteral("info"), db, QStringLiteral("--json") });
        QCOMPARE(i.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(i.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("events")).toInt(), 12);
        QCOMPARE(o.value(QStringLiteral("actors")).toInt(), 13);
        QCOMPARE(o.value(QStringLiteral("sources")).toInt(), 6); // the report and five dates from the public record
        QCOMPARE(o.value(QStringLiteral("eras")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("stories")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("first")).toString(), QStringLiteral("2022-02-24"));
        QCOMPARE(o.value(QStringLiteral("last")).toString(), QStringLiteral("2025-05-23"));
        QCOMPARE(o.value(QStringLiteral("schema")).toInt(), entente::Schema::kCurrentVersion);
        const QVariantList names = o.value(QStringLiteral("actor_names")).toArray().toVariantList();
        for (const char *name :
             { "Vladimir Putin", "Volodymyr Zelensky", "Donald Trump", "Hakan Fidan", "Boris Johnson" })
            QVERIFY2(names.contains(QString::fromUtf8(name)), name);
        QCOMPARE(o.value(QStringLiteral("story_names")).toArray().first().toString(),
                 QStringLiteral("From Istanbul 2022 to Istanbul 2025"));
        const auto text = runEntente({ QStringLiteral("info"), db });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("events    12"));
        QVERIFY(text.out.contains("span      2022-02-24 to 2025-05-23"));
        // The sample is not overwritten without --force.
        const auto again = runEntente({ QStringLiteral("sample"), db });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("--force"));
        QCOMPARE(runEntente({ QStringLiteral("sample"), db, QStringLiteral("--force") }).exitCode, 0);
    }

    void errorsAreOneLineAndNonZero_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("missing file") << QStringList { QStringLiteral("info"),
                                                       QStringLiteral("/nonexistent/x.entente") }
                                      << QByteArray("does not exist");
        QTest::newRow("no file") << QStringList { QStringLiteral("info") } << QByteArray("info needs one file");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("info"), QStringLiteral("--frobnicate") }
                                        << QByteArray("frobnicate");
        QTest::newRow("sample without output") << QStringList { QStringLiteral("sample") } << QByteArray("OUT");
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") }
                                         << QByteArray("unknown command");
    }
    void errorsAreOneLineAndNonZero()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        const auto r = runEntente(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), r.err.constData());
        QVERIFY2(r.err.startsWith("entente: "), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void infoRefusesAForeignFile()
    {
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Talks in Istanbul\n");
        f.close();
        const auto r = runEntente({ QStringLiteral("info"), notes });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not an Entente file"));
        QVERIFY(!QFile::exists(notes + QStringLiteral("-wal")));
    }

    void windowStartsAndQuits()
    {
        // The smoke test: open the window on a file on the offscreen platform, and quit.
        const QString db = m_dir.filePath(QStringLiteral("smoke.entente"));
        QCOMPARE(runEntente({ QStringLiteral("sample"), db }).exitCode, 0);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ENTENTE_BINARY), { db, QStringLiteral("--self-test") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        // And a screenshot of it, the size asked for.
        const QString png = m_dir.filePath(QStringLiteral("window.png"));
        p.start(QStringLiteral(ENTENTE_BINARY),
                { db, QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("1366x768") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QImage shot(png);
        QCOMPARE(shot.size(), QSize(1366, 768));
        // A window on a refused file fails headless with the reason.
        p.start(QStringLiteral(ENTENTE_BINARY), { png, QStringLiteral("--self-test") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("not an Entente file"));
        // A damaged one too, without asking what to do (it waited forever for an answer).
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.entente"));
        QVERIFY(QFile::copy(db, damaged));
        QVERIFY(QFile::resize(damaged, QFileInfo(damaged).size() / 2));
        p.start(QStringLiteral(ENTENTE_BINARY), { damaged, QStringLiteral("--self-test") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("damaged"));
    }

    // Two imports creating one new file at once: one good file, never an empty one that every
    // later command calls "not an Entente file"; the promise is in the help.
    void concurrentImportsIntoANewFile()
    {
        const QString csv = m_dir.filePath(QStringLiteral("a.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("title,start,actors\nTalks,2022-03-29,Türkiye\nMore talks,2022-03-30,Ukraine\n");
        }
        for (int round = 0; round < 3; ++round) {
            const QString db = m_dir.filePath(QStringLiteral("n%1.entente").arg(round));
            QProcess a;
            QProcess b;
            for (QProcess *p : { &a, &b })
                p->start(QStringLiteral(ENTENTE_BINARY),
                         { QStringLiteral("import"), csv, QStringLiteral("--into"), db });
            QVERIFY(a.waitForFinished(30000) && b.waitForFinished(30000));
            const QByteArray errors = a.readAllStandardError() + b.readAllStandardError();
            QVERIFY2(a.exitCode() == 0 || b.exitCode() == 0, errors.constData());
            QVERIFY2(!errors.contains("database is locked"), errors.constData());
            const auto info = runEntente({ QStringLiteral("info"), db, QStringLiteral("--json") });
            QCOMPARE(info.exitCode, 0);
            const int events = QJsonDocument::fromJson(info.out).object().value(QStringLiteral("events")).toInt();
            QVERIFY2(events == 2 || events == 4, info.out.constData());
        }
        const auto help = runEntente({ QStringLiteral("import"), QStringLiteral("--help") });
        QVERIFY(help.out.contains("all or nothing"));
    }

    // `entente info` while an import writes the file (and copies its log in): every read answers,
    // with the events before or after the import; never "damaged", never "locked".
    void infoDuringAnImport()
    {
        const QString db = m_dir.filePath(QStringLiteral("polled.entente"));
        QCOMPARE(runEntente({ QStringLiteral("sample"), db }).exitCode, 0);
        const QString csv = m_dir.filePath(QStringLiteral("poll.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray all = "title,start,actors\n";
            for (int i = 0; i < 40000; ++i)
                all += "Round " + QByteArray::number(i) + ",2022-10-" + QByteArray::number(10 + i % 18) + ",Actor "
                    + QByteArray::number(i % 97) + "\n";
            f.write(all);
        }
        QProcess import;
        import.start(QStringLiteral(ENTENTE_BINARY), { QStringLiteral("import"), csv, QStringLiteral("--into"), db });
        QVERIFY(import.waitForStarted());
        int reads = 0;
        while (import.state() == QProcess::Running || reads < 3) {
            const auto info = runEntente({ QStringLiteral("info"), db, QStringLiteral("--json") });
            QVERIFY2(info.exitCode == 0, info.err.constData());
            const int events = QJsonDocument::fromJson(info.out).object().value(QStringLiteral("events")).toInt();
            QVERIFY2(events == 12 || events == 40012, info.out.constData());
            ++reads;
            import.waitForFinished(50);
        }
        QCOMPARE(import.exitCode(), 0);
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
