#include "runentente.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestImportExportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    static QString data(const char *name) { return QStringLiteral(ENTENTE_TEST_DATA "/io/") + QLatin1String(name); }
    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void importCreatesAndSummarises()
    {
        const QString db = path("a.entente");
        const auto r = runEntente(
            { QStringLiteral("import"), data("good.csv"), data("timelinejs.json"), QStringLiteral("--into"), db });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Imported good.csv (csv): 3 events"), r.out.constData());
        // English plurals: one of a thing is not "1 actors" (nor "1 actor(s)").
        QVERIFY2(r.out.contains("Imported timelinejs.json (timelinejs): 2 events, 1 new actor, 0 matched to existing "
                                "actors, 1 source, 1 era.\nSkipped 1 row:\n  events[2], field \"start_date.year\""),
                 r.out.constData());
        const auto info = runEntente({ QStringLiteral("info"), db, QStringLiteral("--json") });
        QVERIFY(info.out.contains("\"events\":5"));
    }

    void strictFailsWithOneLine()
    {
        const QString db = path("b.entente");
        const auto r = runEntente({ QStringLiteral("import"), data("bad-date.csv"), QStringLiteral("--into"), db,
                                    QStringLiteral("--strict") });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.startsWith("entente: bad-date.csv, line 3, field \"start\""));
        QVERIFY(!QFile::exists(db)); // nothing imported, nothing left behind
    }

    void forcedFormatAndUnknownFormat()
    {
        const QString db = path("c.entente");
        auto r = runEntente({ QStringLiteral("import"), data("good.csv"), QStringLiteral("--into"), db,
                              QStringLiteral("--format"), QStringLiteral("acled") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("field \"event_date\""));
        r = runEntente({ QStringLiteral("import"), data("good.csv"), QStringLiteral("--into"), db,
                         QStringLiteral("--format"), QStringLiteral("xls") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("xls is not an import format"));
    }

    // The attack's case: a control character imports and every export still writes; what iCalendar
    // cannot date is said on stderr; --map mistakes blame the mapping.
    void hostileTextExportsAndWarnings()
    {
        const QString csv = path("hostile.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("title,start,actors,tags\n\"Bell\x07 rings\",2022-04-01,\"A \"\"quoted\"\", actor\\; with\",c\\;d\n"
                "Caesar,-0043-03-15,,\n");
        f.close();
        const QString db = path("hostile.entente");
        const auto r = runEntente({ QStringLiteral("import"), csv, QStringLiteral("--into"), db });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const QString &format : { QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("timelinejs"),
                                       QStringLiteral("gexf"), QStringLiteral("graphml"), QStringLiteral("ics") }) {
            const QString o = path("hostile.") + format;
            const auto e = runEntente(
                { QStringLiteral("export"), db, QStringLiteral("--format"), format, QStringLiteral("-o"), o });
            QVERIFY2(e.exitCode == 0, e.err.constData());
            QVERIFY(!readAll(o).contains('\x07'));
            if (format == u"ics")
                // One event: "1 event dated … left out (…): "Caesar"." (English plural forms).
                QVERIFY2(e.err.contains("1 event dated before the year 1 or after 9999 left out (iCalendar cannot "
                                        "write such dates)")
                             && e.err.contains("\"Caesar\""),
                         e.err.constData());
            else
                QVERIFY2(e.err.isEmpty(), e.err.constData());
        }
        const QString mapped = path("mapped.entente");
        auto m = runEntente({ QStringLiteral("import"), data("mapped.csv"), QStringLiteral("--into"), mapped,
                              QStringLiteral("--map"), QStringLiteral("Headline=nonsense") });
        QCOMPARE(m.exitCode, 1);
        QVERIFY2(m.err.contains("The mapping Headline=nonsense names no column of Entente's"), m.err.constData());
        m = runEntente({ QStringLiteral("import"), data("mapped.csv"), QStringLiteral("--into"), mapped,
                         QStringLiteral("--map"), QStringLiteral("Headline=title"), QStringLiteral("--map"),
                         QStringLiteral("Headline=summary") });
        QCOMPARE(m.exitCode, 1);
        QVERIFY2(m.err.contains("--map names the column Headline twice"), m.err.constData());
    }

    void exportWithFilters()
    {
        const QString db = path("s.entente");
        QCOMPARE(runEntente({ QStringLiteral("sample"), db }).exitCode, 0);
        const QString out = path("kyiv.json");
        const auto r = runEntente({ QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("-o"), out, QStringLiteral("--actor"), QStringLiteral("Kiev"),
                                    QStringLiteral("--from"), QStringLiteral("2022"), QStringLiteral("--to"),
                                    QStringLiteral("2022-12") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString db2 = path("k.entente");
        const auto i = runEntente({ QStringLiteral("import"), out, QStringLiteral("--into"), db2 });
        QCOMPARE(i.exitCode, 0);
        QVERIFY(i.out.contains("(json)"));
        QVERIFY(!i.out.contains("(json): 0 events"));
        for (const char *format : { "csv", "timelinejs", "gexf", "graphml", "ics" }) {
            const QString o = path("out.") + QLatin1String(format);
            const auto e = runEntente({ QStringLiteral("export"), db, QStringLiteral("--format"), QLatin1String(format),
                                        QStringLiteral("-o"), o });
            QVERIFY2(e.exitCode == 0, e.err.constData());
            QVERIFY(QFile(o).size() > 100);
        }
        const auto bad = runEntente({ QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("json"),
                                      QStringLiteral("-o"), out, QStringLiteral("--actor"), QStringLiteral("Nobody") });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("Nobody"));
    }
};

QTEST_MAIN(TestImportExportCli)
#include "tst_importexportcli.moc"
