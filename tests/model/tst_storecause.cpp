// Store::cause and Store::causeSentence: the words a failed write is told in. A cause goes after a
// colon in a caller's sentence, which ends with the caller's full stop: never two of them.
#include "store/store.h"

#include <QTest>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <stdexcept>

using namespace entente;

class TestStoreCause : public QObject
{
    Q_OBJECT

private slots:
    void causeIsAClauseWithoutItsFullStop()
    {
        const StoreError store(std::string("bulk.entente: the change could not be saved: the disk is full."));
        QCOMPARE(Store::cause(store), QStringLiteral("bulk.entente: the change could not be saved: the disk is full"));
        const std::runtime_error own("The file names no events.");
        QCOMPARE(Store::cause(own), QStringLiteral("The file names no events"));
        const SQLite::Exception full("disk I/O", SQLITE_FULL);
        QCOMPARE(Store::cause(full), QStringLiteral("the disk is full"));
        // An ellipsis is not a full stop.
        QCOMPARE(Store::cause(std::runtime_error("Wait...")), QStringLiteral("Wait..."));
    }

    void aCallersSentenceEndsWithOneFullStop()
    {
        const StoreError store(std::string("bulk.entente: the change could not be saved: the disk is full."));
        const QString said
            = QStringLiteral("%1 could not be imported: %2.").arg(QStringLiteral("many.csv"), Store::cause(store));
        QVERIFY2(!said.endsWith(QStringLiteral("..")), qPrintable(said));
        QVERIFY(said.endsWith(QStringLiteral("full.")));
    }

    void causeSentenceStandsAlone()
    {
        QCOMPARE(Store::causeSentence(SQLite::Exception("disk I/O", SQLITE_FULL)), QStringLiteral("The disk is full."));
        const StoreError store(std::string("The shared timeline x cannot be written."));
        QCOMPARE(Store::causeSentence(store), QStringLiteral("The shared timeline x cannot be written."));
    }
};

QTEST_GUILESS_MAIN(TestStoreCause)
#include "tst_storecause.moc"
