// Precision and recall of the extraction on a corpus of short English reports about real
// diplomatic events (tests/data/extract/*: each report beside NAME.expected.json). A proposal is
// right when its date has the expected day (or month, for a month) within its span and it names
// at least two of the expected actors (all of them when fewer are expected).
#include "extract/article.h"
#include "extract/extractor.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

struct Expected
{
    FuzzyDate date;
    QString what;
    QStringList actors;
};

bool sameDate(const Proposal &p, const FuzzyDate &expected)
{
    const FuzzyDate last = p.end.value_or(p.start);
    if (expected.precision() == FuzzyDate::Precision::Month && p.start.precision() >= FuzzyDate::Precision::Month)
        return p.start.yearNumber() == expected.yearNumber() && p.start.monthNumber() == expected.monthNumber();
    if (p.start.precision() < expected.precision() && p.start.precision() < FuzzyDate::Precision::Month)
        return false; // a year is not the right day or month
    return expected.startSeconds() >= p.start.startSeconds() && expected.startSeconds() < last.endSeconds();
}

bool sameActors(const Proposal &p, const QStringList &expected)
{
    const auto shared
        = std::count_if(expected.begin(), expected.end(), [&](const QString &a) { return p.hasActor(a); });
    return shared >= std::min<qsizetype>(2, expected.size());
}

} // namespace

class TestExtractCorpus : public QObject
{
    Q_OBJECT

private slots:
    void precisionAndRecall()
    {
        const QDir dir(QStringLiteral(ENTENTE_TEST_DATA "/extract"));
        const QStringList reports = dir.entryList({ u"*.txt"_s, u"*.md"_s, u"*.html"_s, u"*.eml"_s }, QDir::Files);
        QVERIFY(reports.size() >= 10);
        int proposed = 0;
        int rightProposals = 0;
        int expectedCount = 0;
        int found = 0;
        for (const QString &name : reports) {
            QFile f(dir.filePath(name.section(u'.', 0, 0) + u".expected.json"_s));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            QList<Expected> expected;
            for (const QJsonValue &v : o.value(u"events").toArray()) {
                Expected e { *FuzzyDate::parse(v[u"date"].toString()), v[u"what"].toString(), {} };
                for (const QJsonValue &a : v[u"actors"].toArray())
                    e.actors.append(a.toString());
                expected.append(e);
            }
            const auto read = ArticleReader::readFile(dir.filePath(name));
            QVERIFY2(read.article, qPrintable(read.error));
            const QDate published = QDate::fromString(o.value(u"published").toString(), Qt::ISODate);
            if (read.article->published)
                QCOMPARE(*read.article->published, published);
            const auto result = Extractor::extract(*read.article, read.article->published.value_or(published));
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QList<bool> used(result.proposals.size(), false);
            for (const Expected &e : std::as_const(expected)) {
                bool hit = false;
                for (qsizetype i = 0; i < result.proposals.size() && !hit; ++i) {
                    const Proposal &p = result.proposals.at(i);
                    if (!used.at(i) && sameDate(p, e.date) && sameActors(p, e.actors))
                        used[i] = hit = true;
                }
                if (!hit)
                    qInfo("%s: missed %s (%s)", qPrintable(name), qPrintable(e.what), qPrintable(e.date.toIsoString()));
                found += hit ? 1 : 0;
            }
            for (qsizetype i = 0; i < result.proposals.size(); ++i) {
                if (!used.at(i)) {
                    // A second proposal for an event already found is not a wrong event.
                    const Proposal &p = result.proposals.at(i);
                    const bool duplicate = std::any_of(expected.begin(), expected.end(), [&](const Expected &e) {
                        return sameDate(p, e.date) && sameActors(p, e.actors);
                    });
                    if (!duplicate)
                        qInfo("%s: extra %s %s", qPrintable(name), qPrintable(p.start.toIsoString()),
                              qPrintable(p.title));
                    rightProposals += duplicate ? 1 : 0;
                } else {
                    ++rightProposals;
                }
            }
            proposed += static_cast<int>(result.proposals.size());
            expectedCount += static_cast<int>(expected.size());
        }
        const double precision = proposed ? double(rightProposals) / proposed : 0;
        const double recall = expectedCount ? double(found) / expectedCount : 0;
        qInfo("corpus: %d reports, %d expected events, %d proposals; precision %.2f, recall %.2f",
              static_cast<int>(reports.size()), expectedCount, proposed, precision, recall);
        QVERIFY2(precision >= 0.8, qPrintable(QString::number(precision)));
        QVERIFY2(recall >= 0.8, qPrintable(QString::number(recall)));
    }
};

QTEST_GUILESS_MAIN(TestExtractCorpus)
#include "tst_extractcorpus.moc"
