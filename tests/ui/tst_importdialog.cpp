// File ▸ Import…'s dialog: the format it recognises, and for a CSV file with other headers a
// first guess for each column, to change or leave out, before anything is imported.
#include "document.h"
#include "importdialog.h"
#include "importexportactions.h"
#include "mainwindow.h"
#include "sampledataset.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

QString data(const char *name)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/io/") + QLatin1String(name);
}

QStringList mapped(const ImportDialog &dialog)
{
    QStringList out;
    for (const QComboBox *box : dialog.columnBoxes())
        out.append(box->currentData().toString());
    return out;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const char *name, const QByteArray &text)
    {
        QString path = m_dir.filePath(QLatin1String(name));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(text);
        return path;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void guessesEachColumn()
    {
        const QString csv = write("sheet.csv",
                                  "ID,Headline,Date,End Date,Who,Location,Lat,Lng,Notes,Source\n"
                                  "1,Talks,2022-03-29,,Kiev (host),Istanbul,41,29,Met,Reuters\n");
        ImportDialog dialog(csv, QStringLiteral("talks.entente"));
        QCOMPARE(dialog.effectiveFormat(), QStringLiteral("csv"));
        QCOMPARE(mapped(dialog),
                 (QStringList { QString(), QStringLiteral("title"), QStringLiteral("start"), QStringLiteral("end"),
                                QStringLiteral("actors"), QStringLiteral("place"), QStringLiteral("latitude"),
                                QStringLiteral("longitude"), QStringLiteral("summary"), QStringLiteral("sources") }));
        QVERIFY(dialog.canAccept());
        const ImportOptions o = dialog.options();
        QCOMPARE(o.columnMap.value(QStringLiteral("ID"), QStringLiteral("?")), QString()); // left out
        QCOMPARE(o.columnMap.value(QStringLiteral("Headline")), QStringLiteral("title"));
        QVERIFY(o.format.isEmpty()); // recognised from the content, as the user left it

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QImage shot = dialog.grab().toImage();
        if (qEnvironmentVariableIsSet("ENTENTE_SHOT_DIR"))
            shot.save(qEnvironmentVariable("ENTENTE_SHOT_DIR") + QStringLiteral("/import-dialog.png"));
        // Every column's box is on screen, none cut off, none on top of another.
        QRect previous;
        for (const QComboBox *box : dialog.columnBoxes()) {
            QVERIFY(box->isVisible());
            QVERIFY(box->width() >= box->sizeHint().width());
            const QRect r(box->mapTo(&dialog, QPoint(0, 0)), box->size());
            QVERIFY2(!r.intersects(previous), "two column boxes overlap");
            previous = r;
        }
    }

    void okWaitsForTitleAndStartEachOnce()
    {
        ImportDialog dialog(data("mapped.csv"), QStringLiteral("t.entente"));
        QList<QComboBox *> boxes = dialog.columnBoxes();
        QCOMPARE(boxes.size(), 3);
        QVERIFY(dialog.canAccept());
        boxes.at(1)->setCurrentIndex(boxes.at(1)->findData(QStringLiteral("title"))); // Date read as title too
        QVERIFY(!dialog.canAccept());
        if (qEnvironmentVariableIsSet("ENTENTE_SHOT_DIR")) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(qEnvironmentVariable("ENTENTE_SHOT_DIR") + QStringLiteral("/import-dialog-twice.png"));
        }
        boxes.at(1)->setCurrentIndex(0); // left out: no start now
        QVERIFY(!dialog.canAccept());
        boxes.at(1)->setCurrentIndex(boxes.at(1)->findData(QStringLiteral("start")));
        QVERIFY(dialog.canAccept());
    }

    void otherFormatsHaveNoColumns()
    {
        ImportDialog json(data("timelinejs.json"), QStringLiteral("t.entente"));
        QCOMPARE(json.effectiveFormat(), QStringLiteral("timelinejs"));
        QVERIFY(json.findChild<QGroupBox *>()->isHidden());
        QVERIFY(json.options().columnMap.isEmpty());
        QVERIFY(json.findChildren<QCheckBox *>().at(1)->isEnabled()); // groups as tags: TimelineJS only
        ImportDialog acled(data("acled.csv"), QStringLiteral("t.entente"));
        QCOMPARE(acled.effectiveFormat(), QStringLiteral("acled"));
        QVERIFY(acled.findChild<QGroupBox *>()->isHidden());
        QVERIFY(!acled.findChildren<QCheckBox *>().at(1)->isEnabled());
        // Forced to plain CSV, its columns come up for mapping.
        acled.formatBox()->setCurrentIndex(acled.formatBox()->findData(QStringLiteral("csv")));
        QVERIFY(!acled.findChild<QGroupBox *>()->isHidden());
        QCOMPARE(mapped(acled).at(1), QStringLiteral("start")); // event_date
    }

    void droppedFilesAskOnlyWhenColumnsNeedChoosing()
    {
        QVERIFY(!ImportDialog::needsColumnChoice(data("good.csv")));
        QVERIFY(ImportDialog::needsColumnChoice(data("mapped.csv")));
        QVERIFY(!ImportDialog::needsColumnChoice(data("timelinejs.json")));
        QVERIFY(!ImportDialog::needsColumnChoice(data("acled.csv")));
        QVERIFY(!ImportDialog::needsColumnChoice(data("malformed.csv"))); // the import says what is wrong
    }

    // The dialog's choices reach the import: a sheet with an ID column left out and headers of
    // its own lands in the open file, actors matched through their aliases.
    void importsAsMapped()
    {
        const QString path = m_dir.filePath(QStringLiteral("target.entente"));
        {
            auto r = Store::open(path, { .create = true });
            QVERIFY(r.store);
            SampleDataset::write(*r.store);
        }
        MainWindow window;
        QVERIFY(window.openFile(path));
        const QString csv
            = write("sheet2.csv", "ID,Headline,Date,Who\n7,Visit to the capital,2022-04-09,Kiev (host)\n");
        ImportDialog dialog(csv, QStringLiteral("target.entente"));
        QSignalSpy done(window.importExport(), &ImportExportActions::importFinished);
        window.importExport()->importFile(csv, dialog.options());
        QTRY_COMPARE(done.size(), 1);
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QVERIFY2(done.first().at(1).toString().startsWith(
                     QStringLiteral("Imported sheet2.csv (csv): 1 event(s), 0 new actor(s), 1 matched")),
                 qPrintable(done.first().at(1).toString()));
        QTRY_COMPARE(window.eventTable()->model()->rowCount(), 13);
        QCOMPARE(window.document()->store().search(QStringLiteral("capital")).size(), 1);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
