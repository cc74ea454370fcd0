// Extraction of draft events from a 2,000-word news report (issue 20: ≤ 100 ms): reading the
// text, resolving dates, finding actors and building the proposals, with and without an open
// file's actors and events to match.
#include "bench.h"

#include "extract/article.h"
#include "extract/extractor.h"
#include "sampledataset.h"
#include "store/store.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace entente::bench {

namespace {

// A long report in wire style: varied paragraphs of dated diplomatic news, about 2,000 words.
QString longReport()
{
    const QStringList months = { u"January"_s, u"March"_s, u"June"_s, u"September"_s, u"November"_s };
    const QStringList paragraphs = {
        u"In a breakthrough for diplomacy, Russia and Ukraine have agreed to resume negotiations aimed at resolving "
        "the ongoing conflict, Turkish Foreign Minister Hakan Fidan confirmed on Friday. The announcement follows "
        "direct talks between the two sides in Istanbul — the first such meeting in three years."_s,
        u"As part of the discussions, Russia and Ukraine agreed to conduct the largest prisoner exchange since the "
        "escalation of the war in 2022, with each side set to release 1,000 prisoners of war. Russian chief "
        "negotiator Vladimir Medinsky and Ukrainian Defense Minister Rustem Umerov both confirmed the deal."_s,
        u"The renewed talks were initiated following a public invitation by Russian President Vladimir Putin earlier "
        "in the week. Ukrainian President Volodymyr Zelensky initially rejected talks unless Moscow first agreed to "
        "a 30-day unconditional ceasefire."_s,
        u"German Chancellor Friedrich Merz and French President Emmanuel Macron travelled to Kyiv on %2 %1 2024, "
        "where they met Zelensky and offered further support. Officials reportedly discussed air defence."_s,
        u"NATO Secretary General Mark Rutte said on Tuesday that the alliance would hold a summit in The Hague in "
        "%1, according to a statement. Sources close to the talks told reporters that a draft was ready."_s,
    };
    QString text = u"Talks resume in Istanbul\n\nISTANBUL, May 16, 2025 (Wire) — "_s;
    int words = 0;
    for (int i = 0; words < 2000; ++i) {
        QString p = paragraphs.at(i % paragraphs.size());
        if (p.contains(u"%1"))
            p = p.contains(u"%2") ? p.arg(months.at(i % months.size())).arg(1 + i % 27)
                                  : p.arg(months.at(i % months.size()));
        text += p + u"\n\n"_s;
        words += static_cast<int>(p.split(u' ', Qt::SkipEmptyParts).size());
    }
    return text;
}

QList<Result> runExtractBenchmarks(const Options &)
{
    QList<Result> results;
    const QString text = longReport();
    const auto read = ArticleReader::fromText(text);
    if (!read.article)
        return results;
    const QDate published(2025, 5, 16);
    int proposals = 0;
    const double bare = medianMs(
        7, [&] { proposals = static_cast<int>(Extractor::extract(*read.article, published).proposals.size()); });
    auto store = Store::createInMemory();
    SampleDataset::write(*store);
    const double withFile = medianMs(7, [&] { Extractor::extract(*read.article, published, store.get()); });
    results.append({ u"extract"_s, u"report words"_s, static_cast<double>(text.split(u' ').size()), u"words"_s, {} });
    results.append({ u"extract"_s, u"proposals"_s, static_cast<double>(proposals), u""_s, {} });
    results.append({ u"extract"_s, u"2,000-word report"_s, bare, u"ms"_s, u"<= 100 ms"_s });
    results.append({ u"extract"_s, u"2,000-word report, sample file open"_s, withFile, u"ms"_s, u"<= 100 ms"_s });
    return results;
}

const Registration registration("extract", &runExtractBenchmarks);

} // namespace

} // namespace entente::bench
