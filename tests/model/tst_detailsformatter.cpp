#include "detailsformatter.h"
#include "sampledataset.h"
#include "store/store.h"

#include <QTest>

using namespace entente;

class TestDetailsFormatter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    EventId titled(const QString &prefix)
    {
        for (const Event &e : m_store->events(m_store->eventIds({}))) {
            if (e.title.startsWith(prefix))
                return e.id;
        }
        return 0;
    }

private slots:
    void init()
    {
        m_store = Store::createInMemory();
        SampleDataset::write(*m_store);
    }

    void eventAsWritten()
    {
        DetailsFormatter f(*m_store, QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QString collapse = f.eventHtml(titled(QStringLiteral("The Istanbul effort")));
        QVERIFY(collapse.contains(QStringLiteral("c. April 2022")));
        QVERIFY(collapse.contains(QStringLiteral("Alleged")));
        // Who says so: the source and its quote.
        QVERIFY(collapse.contains(QStringLiteral("reportedly under pressure from the UK")));
        // Johnson with the title he held then, and "then" because it has ended.
        QVERIFY2(collapse.contains(QStringLiteral("Boris Johnson, then UK Prime Minister")), qPrintable(collapse));
        const QString talks = f.eventHtml(titled(QStringLiteral("Direct Russia–Ukraine talks")));
        QVERIFY(talks.contains(QStringLiteral("Hakan Fidan, Foreign Minister of Türkiye")));
        QVERIFY(talks.contains(QStringLiteral("(mediator)")));
        QVERIFY(talks.contains(QStringLiteral("Follows:")));
        QVERIFY(talks.contains(QStringLiteral("Followed by:")));
        const QString exchange = f.eventHtml(titled(QStringLiteral("The 1,000-for-1,000")));
        QVERIFY(exchange.contains(QStringLiteral("23 May 2025 – 25 May 2025")));
    }

    void actorPage()
    {
        DetailsFormatter f(*m_store, QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QString johnson = f.actorHtml(*m_store->findActor(QStringLiteral("Johnson")));
        QVERIFY(johnson.contains(QStringLiteral("UK Prime Minister (24 July 2019 – 6 September 2022)")));
        QVERIFY(johnson.contains(QStringLiteral("Борис Джонсон")));
        QVERIFY(johnson.contains(QStringLiteral("Events (3)")));
    }

    void untrustedTextStaysText()
    {
        Source s;
        s.publisher = QStringLiteral("<img src=\"file:///etc/passwd\">Evil");
        s.url = QStringLiteral("javascript:alert(1)");
        const SourceId bad = m_store->addSource(s);
        Source local;
        local.publisher = QStringLiteral("Local");
        local.url = QStringLiteral("file:///etc/passwd");
        const SourceId file = m_store->addSource(local);
        Source good;
        good.publisher = QStringLiteral("Good");
        good.url = QStringLiteral("https://example.org/a?b=1&c=<2>");
        const SourceId ok = m_store->addSource(good);
        Event e;
        e.title = QStringLiteral("<script>alert('x')</script><b>bold</b>");
        e.summary = QStringLiteral("<a href=\"http://evil\">click</a> <style>body{}</style>");
        e.start = FuzzyDate::year(2024);
        e.sources = { { bad, QStringLiteral("<i>quoted</i>") }, { file, QString() }, { ok, QString() } };
        const EventId id = m_store->addEvent(e);
        const QString html = DetailsFormatter(*m_store).eventHtml(id);
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<style")));
        QVERIFY(!html.contains(QStringLiteral("href=\"http://evil")));
        QVERIFY(!html.contains(QStringLiteral("href=\"javascript")));
        QVERIFY(!html.contains(QStringLiteral("href=\"file:")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("href=\"https://example.org/a?b=1&amp;c=%3C2%3E\"")));
    }

    // A source that is only a link reads as its site; one that is only a quote as the quote.
    void sourceWithoutNames()
    {
        Source link;
        link.url = QStringLiteral("https://www.google.com/maps/place/x");
        Source none;
        const SourceId linkId = m_store->addSource(link);
        const SourceId noneId = m_store->addSource(none);
        Event e;
        e.title = QStringLiteral("Unnamed sources");
        e.start = FuzzyDate::year(1943);
        e.sources = { { linkId, QString() }, { noneId, QStringLiteral("There is no demand") } };
        const QString html = DetailsFormatter(*m_store).eventHtml(m_store->addEvent(e));
        QVERIFY2(html.contains(QStringLiteral("<a href=\"https://www.google.com/maps/place/x\">www.google.com</a>")),
                 qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<p><i>“There is no demand”</i></p>")), qPrintable(html));
    }

    void linkRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://example.org/x" << true;
        QTest::newRow("http") << "http://example.org" << true;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("data") << "data:text/html,hi" << false;
        QTest::newRow("no host") << "http:///x" << false;
        QTest::newRow("relative") << "page.html" << false;
        QTest::newRow("internal") << "entente:event/3" << false;
    }
    void linkRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(DetailsFormatter::isExternalLinkAllowed(QUrl(url)), allowed);
    }

    void internalLinks()
    {
        QCOMPARE(DetailsFormatter::eventFromLink(DetailsFormatter::eventLink(42)), 42);
        QCOMPARE(DetailsFormatter::actorFromLink(DetailsFormatter::actorLink(7)), 7);
        QVERIFY(!DetailsFormatter::eventFromLink(DetailsFormatter::actorLink(7)));
        QVERIFY(!DetailsFormatter::eventFromLink(QUrl(QStringLiteral("https://example.org/event/3"))));
    }

    void highlightsSearchWords()
    {
        DetailsFormatter f(*m_store);
        f.setHighlight(QStringLiteral("prison"));
        const QString html = f.eventHtml(titled(QStringLiteral("Agreement on the largest")));
        QVERIFY(
            html.contains(QStringLiteral("<span style=\"background-color:#ffe08a; color:#000000\">prisoner</span>")));
        // A mark never falls inside an entity of escaped text.
        Event e;
        e.title = QStringLiteral("a < b & c");
        e.start = FuzzyDate::year(2024);
        const EventId id = m_store->addEvent(e);
        f.setHighlight(QStringLiteral("lt amp"));
        const QString escaped = f.eventHtml(id);
        QVERIFY(escaped.contains(QStringLiteral("a &lt; b &amp; c")));
        QVERIFY(!escaped.contains(QStringLiteral("&<span")));
    }
};

QTEST_GUILESS_MAIN(TestDetailsFormatter)
#include "tst_detailsformatter.moc"
