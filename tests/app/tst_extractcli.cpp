// `entente extract FILE [--published YYYY-MM-DD] [--json] [--into DB]` as a user runs it.
#include "filedigest.h"
#include "runentente.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

const QString kSeed = QStringLiteral(ENTENTE_TEST_DATA "/istanbul-talks-article.txt");

} // namespace

class TestExtractCli : public QObject
{
    Q_OBJECT

private slots:
    void jsonProposals()
    {
        const auto r = runEntente({ u"extract"_s, kSeed, u"--published"_s, u"2025-05-16"_s, u"--json"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"published").toString(), u"2025-05-16"_s);
        const QJsonArray proposals = o.value(u"proposals").toArray();
        QVERIFY(proposals.size() >= 9);
        bool talks = false;
        for (const QJsonValue &v : proposals) {
            const QJsonObject p = v.toObject();
            for (const char *key :
                 { "title", "start", "end", "precision", "approximate", "actors", "kind", "status", "quote" })
                QVERIFY2(p.contains(QLatin1String(key)), key);
            if (p.value(u"start").toString() == u"2025-05-16" && p.value(u"kind").toString() == u"talks") {
                talks = true;
                QCOMPARE(p.value(u"precision").toString(), u"day"_s);
                QCOMPARE(p.value(u"approximate").toBool(), false);
                QVERIFY(p.value(u"quote").toString().contains(u"confirmed on Friday"));
            }
        }
        QVERIFY(talks);
    }

    void noPublicationDateStops()
    {
        const auto r = runEntente({ u"extract"_s, kSeed, u"--json"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("does not say when it was published"));
        QCOMPARE(r.err.count('\n'), 1);
    }

    void intoWritesDraftsAndRefusalsChangeNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"file.entente"_s);
        QCOMPARE(runEntente({ u"sample"_s, u"--force"_s, db }).exitCode, 0);
        const QByteArray before = test::digest(db);
        // Refused inputs: one line, and the file byte for byte as it was.
        QFile binary(dir.filePath(u"photo.html"_s));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray(2048, '\x01') + QByteArray(16, '\0'));
        binary.close();
        QFile empty(dir.filePath(u"empty.txt"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        for (const QString &input : { binary.fileName(), empty.fileName(), dir.filePath(u"missing.eml"_s) }) {
            const auto r = runEntente({ u"extract"_s, input, u"--published"_s, u"2025-05-16"_s, u"--into"_s, db });
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.err.count('\n'), 1);
            QCOMPARE(test::digest(db), before);
        }
        // The seed report's events are the sample's own: each becomes a further source, no draft.
        const auto seed = runEntente({ u"extract"_s, kSeed, u"--published"_s, u"2025-05-16"_s, u"--into"_s, db });
        QCOMPARE(seed.exitCode, 0);
        QVERIFY(seed.out.contains("further source"));
        // A report of other talks (its date from the page's <meta>) adds drafts.
        const auto r = runEntente(
            { u"extract"_s, QStringLiteral(ENTENTE_TEST_DATA "/extract/grain-deal.html"), u"--into"_s, db });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("draft"));
        auto opened = Store::open(db, { .readOnly = true });
        QVERIFY(opened.store);
        QVERIFY(opened.store->tags().contains(u"draft"_s));
        EventFilter drafts;
        drafts.tags = { u"draft"_s };
        QVERIFY(opened.store->countEvents(drafts) >= 1);
        QCOMPARE(opened.store->countEvents(), 12 + opened.store->countEvents(drafts));
    }
};

QTEST_GUILESS_MAIN(TestExtractCli)
#include "tst_extractcli.moc"
