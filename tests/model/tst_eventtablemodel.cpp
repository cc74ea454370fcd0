#include "document.h"
#include "eventtablemodel.h"
#include "sampledataset.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace entente;

class TestEventTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_doc;

private slots:
    void init()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        m_doc = std::make_unique<Document>(std::move(store));
    }

    void rowsColumnsAndDates()
    {
        EventTableModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.columnCount(), 6); // with the best source grade
        QCOMPARE(model.headerData(EventTableModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Title"));
        // Dates as precise as known, in date order.
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("24 February 2022"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("c. April 2022"));
        QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("November 2023"));
        QCOMPARE(model.index(11, 0).data().toString(), QStringLiteral("23 May 2025 – 25 May 2025"));
        QCOMPARE(model.index(2, EventTableModel::StatusColumn).data().toString(), QStringLiteral("Alleged"));
        QVERIFY(
            model.index(8, EventTableModel::ActorsColumn).data().toString().startsWith(QStringLiteral("Hakan Fidan")));
        QVERIFY(model.index(0, 0).data(EventTableModel::EventIdRole).toLongLong() > 0);
    }

    void sortsInSql()
    {
        EventTableModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(EventTableModel::TitleColumn, Qt::AscendingOrder);
        QStringList titles;
        for (int r = 0; r < model.rowCount(); ++r)
            titles.append(model.index(r, EventTableModel::TitleColumn).data().toString());
        QStringList sorted = titles;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(titles, sorted);
        model.sort(EventTableModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data(EventTableModel::SortKeyRole).toString(), QStringLiteral("2025-05-23"));
        model.sort(EventTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data(EventTableModel::StatusKeyRole).toString(), QStringLiteral("alleged"));
    }

    void filters()
    {
        EventTableModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventFilter f;
        f.text = QStringLiteral("Johnson");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 3);
        f.statuses = { ClaimStatus::Alleged };
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 12);
        const EventId last = model.eventIdAt(11);
        QCOMPARE(model.rowOf(last), 11);
        QCOMPARE(model.rowOf(999999), -1);
    }

    void editsGoThroughTheUndoStack()
    {
        EventTableModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex title = model.index(1, EventTableModel::TitleColumn);
        QVERIFY(model.flags(title) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsEditable));
        const QString original = title.data().toString();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(title, QStringLiteral("Istanbul talks, first round")));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.index(1, EventTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Istanbul talks, first round"));
        QVERIFY(!model.setData(title, QStringLiteral("   "))); // an empty title is refused
        m_doc->undoStack()->undo();
        QCOMPARE(model.index(1, EventTableModel::TitleColumn).data().toString(), original);
        m_doc->undoStack()->redo();
        QCOMPARE(model.index(1, EventTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Istanbul talks, first round"));
    }

    void followsAddsAndDeletes()
    {
        EventTableModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Event e;
        e.title = QStringLiteral("Earliest");
        e.start = FuzzyDate::year(1991);
        const EventId id = *m_doc->addEvent(e);
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(model.eventIdAt(0), id);
        m_doc->deleteEvent(id);
        QCOMPARE(model.rowCount(), 12);
    }

    void pagesBeyondTheFirst()
    {
        // More rows than one page of the cache: every row is reachable and distinct.
        auto store = Store::createInMemory();
        store->transaction([&] {
            for (int i = 0; i < 1000; ++i) {
                Event e;
                e.title = QStringLiteral("Event %1").arg(i, 4, 10, QLatin1Char('0'));
                e.start = FuzzyDate::day(2000 + i / 365, 1 + (i / 28) % 12, 1 + i % 28);
                store->addEvent(e);
            }
        });
        Document doc(std::move(store));
        EventTableModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(EventTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.index(999, EventTableModel::TitleColumn).data().toString(), QStringLiteral("Event 0999"));
        QCOMPARE(model.index(300, EventTableModel::TitleColumn).data().toString(), QStringLiteral("Event 0300"));
        QCOMPARE(model.index(0, EventTableModel::TitleColumn).data().toString(), QStringLiteral("Event 0000"));
    }
};

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
