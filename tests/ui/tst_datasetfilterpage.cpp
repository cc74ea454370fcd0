// File ▸ Import… for GDELT and UCDP files: the "Keep only" part, its conditions as --where
// writes them, the fold, and the count of what would be imported before importing.
#include "datasetfilterpage.h"
#include "importdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace entente;

namespace {

QString data(const char *name)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/io/") + QLatin1String(name);
}

} // namespace

class TestDatasetFilterPage : public QObject
{
    Q_OBJECT

private slots:
    void shownForDatasetsOnly()
    {
        ImportDialog gdelt(data("gdelt-v2.export.CSV.zip"), QStringLiteral("t.entente"));
        QCOMPARE(gdelt.effectiveFormat(), QStringLiteral("gdelt"));
        auto *page = gdelt.findChild<DatasetFilterPage *>();
        QVERIFY(page);
        QVERIFY(page->isVisibleTo(&gdelt));
        QVERIFY(gdelt.options().where.isEmpty());

        ImportDialog csv(data("good.csv"), QStringLiteral("t.entente"));
        QVERIFY(!csv.findChild<DatasetFilterPage *>()->isVisibleTo(&csv));
    }

    void conditionsAndCount()
    {
        ImportDialog dialog(data("gdelt-v2.export.CSV"), QStringLiteral("t.entente"));
        auto *page = dialog.findChild<DatasetFilterPage *>();
        QLineEdit *roots = nullptr;
        for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == u"CAMEO root codes")
                roots = edit;
        }
        QVERIFY(roots);
        roots->setText(QStringLiteral("04, 19"));
        page->findChild<QSpinBox *>()->setValue(10);
        for (QCheckBox *box : page->findChildren<QCheckBox *>()) {
            if (box->text().contains(u"Fold") || box->text() == u"verbal cooperation")
                box->setChecked(true);
        }
        const ImportOptions options = dialog.options();
        QCOMPARE(options.where, QStringLiteral("root=04,19; quad=1; mentions>=10"));
        QVERIFY(options.fold);
        // The count: rows 2 and 3 fold into one; row 1 is the other consultation.
        page->previewButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->previewButton()->isEnabled(), 10000);
        QCOMPARE(page->previewLabel()->text(), QStringLiteral("2 event(s) would be imported; 5 row(s) left out."));
    }

    void ucdpTakesDeaths()
    {
        ImportDialog dialog(data("ucdp-ged.csv"), QStringLiteral("t.entente"));
        auto *page = dialog.findChild<DatasetFilterPage *>();
        QVERIFY(page->isVisibleTo(&dialog));
        page->findChild<QSpinBox *>()->setValue(20);
        QCOMPARE(dialog.options().where, QStringLiteral("deaths>=20"));
        QVERIFY(!dialog.options().fold);
        page->previewButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->previewButton()->isEnabled(), 10000);
        QCOMPARE(page->previewLabel()->text(), QStringLiteral("2 event(s) would be imported; 2 row(s) left out."));
    }
};

QTEST_MAIN(TestDatasetFilterPage)
#include "tst_datasetfilterpage.moc"
