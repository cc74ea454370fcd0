// File ▸ New Events from Article…: the review dialog on the seed report over the sample file.
// With ENTENTE_SCREENSHOT_DIR set it also leaves PNGs of the dialog at 1366×768 and 1920×1080.
#include "document.h"
#include "extract/article.h"
#include "extract/extractdialog.h"
#include "extract/extractor.h"
#include "extract/proposalwriter.h"
#include "mainwindow.h"
#include "sampledataset.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// The sample without its events of 16 May 2025 (the talks, the exchange, the written
// proposals), so that accepting the seed report's proposals adds events as well as sources.
void dropEventsOf16May(Store &store)
{
    for (EventId id : store.eventIds({})) {
        if (store.event(id)->start == FuzzyDate::day(2025, 5, 16))
            store.deleteEvent(id);
    }
}

std::unique_ptr<Document> sampleDocument()
{
    auto store = Store::createInMemory();
    SampleDataset::write(*store);
    dropEventsOf16May(*store);
    return std::make_unique<Document>(std::move(store));
}

QString seedText()
{
    QFile f(QStringLiteral(ENTENTE_TEST_DATA "/istanbul-talks-article.txt"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// How many pixels of `image` have `colour` (the highlight's background).
int pixelsOf(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == colour)
                ++n;
        }
    }
    return n;
}

} // namespace

class TestExtractDialog : public QObject
{
    Q_OBJECT

private slots:
    void asksForThePublicationDate()
    {
        auto doc = sampleDocument();
        ExtractDialog dialog(doc.get());
        dialog.setArticleText(seedText());
        dialog.analyse();
        QVERIFY(dialog.proposals().isEmpty());
        QVERIFY(dialog.message()->text().contains(u"published"));
        dialog.setPublished(QDate(2025, 5, 16));
        dialog.analyse();
        QVERIFY(dialog.proposals().size() >= 9);
    }

    void reviewHighlightMergeDropAndAdd()
    {
        auto doc = sampleDocument();
        const qint64 before = doc->store().countEvents();
        ExtractDialog dialog(doc.get());
        dialog.setArticleText(seedText());
        dialog.setPublished(QDate(2025, 5, 16));
        dialog.analyse();
        const int proposed = static_cast<int>(dialog.proposals().size());
        QCOMPARE(dialog.proposalList()->topLevelItemCount(), proposed);
        // Proposals that match events of the sample say so.
        int matches = 0;
        for (int i = 0; i < proposed; ++i)
            matches += dialog.proposalList()->topLevelItem(i)->text(4).startsWith(u"adds a source") ? 1 : 0;
        QVERIFY(matches >= 3);
        // Each proposal's sentences and words are highlighted in the text.
        QVERIFY(dialog.articleView()->extraSelections().size() > proposed * 2);
        dialog.resize(1366, 768);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.selectProposal(proposed - 1);
        QImage shot = dialog.grab().toImage();
        QVERIFY(pixelsOf(shot, QColor(0xff, 0xe8, 0x8a)) > 500); // the chosen proposal's sentences
        QVERIFY(pixelsOf(shot, QColor(0xe3, 0xec, 0xf7)) > 500); // the others'
        const QByteArray dir = qgetenv("ENTENTE_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            shot.save(QString::fromLocal8Bit(dir) + u"/extract-dialog-1366x768.png"_s);
            dialog.resize(1920, 1080);
            QTest::qWait(50);
            dialog.grab().save(QString::fromLocal8Bit(dir) + u"/extract-dialog-1920x1080.png"_s);
        }
        // Merge the first two, drop the (new) first, uncheck one.
        dialog.proposalList()->clearSelection();
        dialog.proposalList()->topLevelItem(0)->setSelected(true);
        dialog.proposalList()->topLevelItem(1)->setSelected(true);
        const int quotes
            = static_cast<int>(dialog.proposals().at(0).quotes.size() + dialog.proposals().at(1).quotes.size());
        dialog.mergeSelected();
        QCOMPARE(dialog.proposals().size(), proposed - 1);
        QCOMPARE(dialog.proposals().at(0).quotes.size(), quotes);
        dialog.selectProposal(1);
        dialog.dropSelected();
        QCOMPARE(dialog.proposals().size(), proposed - 2);
        dialog.proposalList()->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
        // An edit of the date in the list is kept.
        QTreeWidgetItem *second = dialog.proposalList()->topLevelItem(1);
        second->setText(1, u"2022-03-29"_s);
        QCOMPARE(dialog.proposals().at(1).start, FuzzyDate::day(2022, 3, 29));
        // The checked proposals go in as one undoable step.
        const int written = dialog.addAccepted();
        QCOMPARE(written, proposed - 3);
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(doc->store().countEvents() > before);
        doc->undoStack()->undo();
        QCOMPARE(doc->store().countEvents(), before);
    }

    // The menu entry is there, and the drafts `entente extract --into` writes are listed by
    // File ▸ Check Draft Events.
    void windowListsDrafts()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"drafts.entente"_s);
        {
            auto r = Store::open(path, { true, false });
            QVERIFY(r.store);
            SampleDataset::write(*r.store);
            dropEventsOf16May(*r.store);
        }
        MainWindow window;
        QVERIFY(window.openFile(path));
        QVERIFY(window.action(u"actionNewEventsFromArticle"_s));
        QCOMPARE(window.action(u"actionNewEventsFromArticle"_s)->text(), u"New Events from &Article…"_s);
        const auto read = ArticleReader::fromText(seedText());
        const auto result = Extractor::extract(*read.article, QDate(2025, 5, 16), &window.document()->store());
        const auto outcome = ProposalWriter::write(*window.document(), result.proposals, *read.article,
                                                   QDate(2025, 5, 16), { u"draft"_s });
        QVERIFY(outcome.added > 0);
        window.action(u"actionCheckDraftEvents"_s)->trigger();
        QTRY_COMPARE(window.eventTable()->model()->rowCount(), outcome.added);
    }

    void refusedFileSaysOneSentence()
    {
        auto doc = sampleDocument();
        ExtractDialog dialog(doc.get());
        QVERIFY(!dialog.loadFile(u"/nonexistent/report.html"_s));
        QVERIFY(dialog.message()->text().endsWith(u'.'));
        QVERIFY(dialog.proposals().isEmpty());
    }
};

QTEST_MAIN(TestExtractDialog)
#include "tst_extractdialog.moc"
