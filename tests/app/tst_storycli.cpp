#include "runentente.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestStoryCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    static QString story() { return QStringLiteral("From Istanbul 2022 to Istanbul 2025"); }

private slots:
    void initTestCase()
    {
        m_db = path("sample.entente");
        QCOMPARE(runEntente({ QStringLiteral("sample"), m_db }).exitCode, 0);
    }

    void infoListsStories()
    {
        const auto r = runEntente({ QStringLiteral("info"), m_db, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(info[u"story_names"].toArray(), QJsonArray { story() });
    }

    void exportStoryAsPdf()
    {
        const QString out = path("lesson.pdf");
        const auto r = runEntente({ QStringLiteral("export"), m_db, QStringLiteral("--story"), story(),
                                    QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
        QCOMPARE(QString::fromLatin1(f.readAll()).count(page), 10);
    }

    void exportStoryAsTimelineJs()
    {
        const QString out = path("lesson.json");
        const auto r
            = runEntente({ QStringLiteral("export"), m_db, QStringLiteral("--story"), story(),
                           QStringLiteral("--format"), QStringLiteral("timelinejs"), QStringLiteral("-o"), out });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray events = QJsonDocument::fromJson(f.readAll())[u"events"].toArray();
        QCOMPARE(events.size(), 10);
        // Each slide says how sure the claim is and cites every source; the report is linked and
        // its quote is the slide's media.
        const QString collapse = events[2][u"text"][u"text"].toString();
        QVERIFY2(collapse.contains(QStringLiteral("<strong>Alleged</strong>")), qPrintable(collapse));
        QVERIFY(collapse.contains(QStringLiteral("<a href=\"https://interbellumnews.com/")));
        QVERIFY(events[2][u"media"][u"url"].toString().contains(QStringLiteral("reportedly under pressure")));
        const QString exchange = events[9][u"text"][u"text"].toString();
        QVERIFY2(exchange.contains(QStringLiteral("Public record: The 1,000-for-1,000 exchange")),
                 qPrintable(exchange));
    }

    void unknownStoryOrFormatFails()
    {
        auto r = runEntente({ QStringLiteral("export"), m_db, QStringLiteral("--story"), QStringLiteral("Nope"),
                              QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), path("x.pdf") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no story is named \"Nope\""));
        r = runEntente({ QStringLiteral("export"), m_db, QStringLiteral("--story"), story(), QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("-o"), path("x.csv") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not a story handout format"));
        r = runEntente({ QStringLiteral("present"), m_db, QStringLiteral("--story"), QStringLiteral("Nope") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no story is named"));
    }

    void presentScreenshot()
    {
        const QString png = path("step3.png");
        const auto r
            = runEntente({ QStringLiteral("present"), m_db, QStringLiteral("--story"), story(),
                           QStringLiteral("--step"), QStringLiteral("3"), QStringLiteral("--screenshot"), png });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1920, 1080));
        // --notes draws the teacher's notes under the slide, as N does: the bottom third changes.
        const QString withNotes = path("step3-notes.png");
        const auto n = runEntente({ QStringLiteral("present"), m_db, QStringLiteral("--story"), story(),
                                    QStringLiteral("--step"), QStringLiteral("3"), QStringLiteral("--notes"),
                                    QStringLiteral("--size"), QStringLiteral("1280x720"),
                                    QStringLiteral("--screenshot"), withNotes });
        QVERIFY2(n.exitCode == 0, n.err.constData());
        const QImage notes(withNotes);
        QCOMPARE(notes.size(), QSize(1280, 720));
        QVERIFY(notes.copy(0, 600, 1280, 120) != image.scaled(1280, 720).copy(0, 600, 1280, 120));
    }
};

QTEST_MAIN(TestStoryCli)
#include "tst_storycli.moc"
