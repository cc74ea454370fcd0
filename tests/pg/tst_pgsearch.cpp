// Search on a shared timeline (PostgreSQL, ENTENTE_TEST_PG_URL) asks the server (words without
// their accents, tsvector over what the mirror's index covers) and gives the answers the file's
// own index gives; with the server gone, the mirror's index answers.
#include "pgtestcase.h"

#include "store/pg/pgmirror.h"

class TestPgSearch : public PgTestCase
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!setUpServer())
            QSKIP("ENTENTE_TEST_PG_URL is not set: no PostgreSQL test server");
    }

    void searchAsksTheServer()
    {
        const QString url = fresh("pg_search");
        auto shared = openShared(url, u"search"_s, true);
        QVERIFY(shared);
        auto file = Store::open(m_dir.filePath(u"search.entente"_s), { .create = true });
        QVERIFY(file.store);
        applyScenario(*file.store);
        applyScenario(*shared);
        // The mirror's own index emptied: whatever is found now, the server found.
        shared->database().exec("DELETE FROM events_fts");
        QVERIFY(shared
                    ->eventIds([] {
                        EventFilter f;
                        f.text = u"turkiye"_s;
                        return f;
                    }())
                    .isEmpty());
        const QList<EventId> turkiye = shared->search(u"turkiye"_s);
        const QList<EventId> talks = shared->search(u"dolmabahce"_s);
        QCOMPARE(talks.size(), 1);
        QVERIFY(turkiye.contains(talks.constFirst()));
        QCOMPARE(shared->event(talks.constFirst())->title, u"Talks in Türkiye at Dolmabahçe"_s);
        const QList<EventId> zelensky = shared->search(u"Зеленський"_s);
        QVERIFY(!zelensky.isEmpty());
        bool ukrainian = false;
        for (const EventId id : zelensky)
            ukrainian = ukrainian || shared->event(id)->summary.contains(u"Зеленський"_s);
        QVERIFY(ukrainian);
        // The same answers as the file's index, in the same order, for words of every field: title,
        // summary, place, an actor's name and alias, a source's publisher and title, an account's
        // figure, word starts, dotless ı, several words, and words found nowhere.
        const QStringList queries = { u"turkiye"_s,
                                      u"Зеленський"_s,
                                      u"dolmabahce"_s,
                                      u"istanbul"_s,
                                      u"ıstanbul"_s,
                                      u"talks"_s,
                                      u"zelen"_s,
                                      u"putin"_s,
                                      u"Україна"_s,
                                      u"prisoner exchange"_s,
                                      u"ukraine russia"_s,
                                      u"interbellum"_s,
                                      u"kyiv"_s,
                                      u"2022"_s,
                                      u"nowhere-to-be-found"_s,
                                      u"proceed"_s,
                                      u"Путін"_s,
                                      u"Turkish minister"_s };
        QStringList answered;
        for (const QString &query : queries) {
            const QList<EventId> ids = shared->search(query);
            QCOMPARE(ids, file.store->search(query));
            if (!ids.isEmpty())
                answered.append(query);
        }
        QVERIFY2(answered.size() == queries.size() - 1, qPrintable(answered.join(u", "_s)));
        // The server gone (its process ended): the mirror's index answers, here emptied.
        auto admin = PgConnection::connect(url);
        admin->exec("SELECT pg_terminate_backend($1)", { shared->shared()->backendPid() });
        QVERIFY(shared->search(u"turkiye"_s).isEmpty());
        // And back: the server again.
        QCOMPARE(shared->search(u"turkiye"_s), turkiye);
    }
};

QTEST_GUILESS_MAIN(TestPgSearch)
#include "tst_pgsearch.moc"
