// The Details panel of the sample's Johnson claim in the window: its two graded accounts side by
// side in a wide panel, one under another in a narrow one, the differing fields tagged in a red
// that reads on the light and the dark theme. ENTENTE_SHOT_DIR, when set, receives the pictures
// (window and panel, light and dark, 1366×768 and 1920×1080).
#include "appearance.h"
#include "detailspanel.h"
#include "document.h"
#include "mainwindow.h"
#include "sampledataset.h"
#include "selection.h"
#include "story/storyslides.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace entente;

namespace {

// Pixels of the "differs" tag's red in a picture.
int tagPixels(const QImage &image)
{
    int n = 0;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            n += (line[x] & 0xffffff) == 0xb3261e ? 1 : 0;
    }
    return n;
}

// The columns of the page's accounts table: 3 side by side (names and two accounts), 2 one
// under another (names and values).
int accountColumns(const DetailsPanel *panel)
{
    for (QTextFrame *frame : panel->document()->rootFrame()->childFrames()) {
        if (const auto *table = qobject_cast<QTextTable *>(frame))
            return table->columns();
    }
    return 0;
}

} // namespace

class TestAccountsDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void johnsonClaimSideBySide_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<QSize>("size");
        QTest::newRow("light 1366") << int(Appearance::Theme::Light) << QSize(1366, 768);
        QTest::newRow("dark 1366") << int(Appearance::Theme::Dark) << QSize(1366, 768);
        QTest::newRow("light 1920") << int(Appearance::Theme::Light) << QSize(1920, 1080);
        QTest::newRow("dark 1920") << int(Appearance::Theme::Dark) << QSize(1920, 1080);
    }

    void johnsonClaimSideBySide()
    {
        QFETCH(int, theme);
        QFETCH(QSize, size);
        QApplication::setPalette(Appearance::palette(static_cast<Appearance::Theme>(theme)));
        // A sample of this build (openSample() would keep one an older build left in the test folder).
        QTemporaryDir scratch;
        const QString path = scratch.filePath(QStringLiteral("sample.entente"));
        {
            auto made = Store::open(path, { .create = true });
            QVERIFY(made.store);
            SampleDataset::write(*made.store);
        }
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Store &store = window.document()->store();
        for (const Event &e : store.events(store.eventIds({}))) {
            if (e.title.startsWith(QLatin1String("Arakhamia says Johnson")))
                window.selection()->setEvent(e.id);
        }
        QVERIFY(window.selection()->event());
        DetailsPanel *panel = window.detailsPanel();
        QTRY_VERIFY2(panel->toPlainText().contains(QStringLiteral("Who says so: 2 account")),
                     qPrintable(panel->toPlainText().left(600)));
        const QString text = panel->toPlainText();
        QVERIFY(text.contains(QStringLiteral("differs")));
        QVERIFY(text.contains(QStringLiteral("B3")));
        // Drawn: the tags are on screen (a red of 6.5:1 against white text, on either theme).
        const QImage shot = panel->grab().toImage();
        QVERIFY2(tagPixels(shot) > 50, qPrintable(QString::number(tagPixels(shot))));
        if (const QString dir = qEnvironmentVariable("ENTENTE_SHOT_DIR"); !dir.isEmpty()) {
            const QString name
                = QStringLiteral("%1-%2x%3")
                      .arg(theme == int(Appearance::Theme::Dark) ? QStringLiteral("dark") : QStringLiteral("light"))
                      .arg(size.width())
                      .arg(size.height());
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("window-%1.png").arg(name))));
            QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("details-%1.png").arg(name))));
        }
        // Narrow, the accounts go one under another; wide again, side by side.
        const int columns = accountColumns(panel);
        QVERIFY(columns == 2 || columns == 3);
        qInfo("%s: the details panel is %d px wide, accounts in %d columns", QTest::currentDataTag(),
              panel->viewport()->width(), columns);
        const QString dir = qEnvironmentVariable("ENTENTE_SHOT_DIR");
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        if (!dir.isEmpty()) {
            panel->resize(panel->width(), 1000);
            QVERIFY(panel->grab().save(QDir(dir).filePath(QStringLiteral("details-tall-%1.png").arg(tag))));
        }
        panel->resize(260, 1000);
        QTRY_COMPARE(accountColumns(panel), 2);
        if (!dir.isEmpty())
            QVERIFY(panel->grab().save(QDir(dir).filePath(QStringLiteral("details-narrow-%1.png").arg(tag))));
        panel->resize(900, panel->height());
        QTRY_COMPARE(accountColumns(panel), 3);
    }

    // The presentation card: each source's line says what its account gives of its own.
    void presentationCardSaysWhatEachAccountSays()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        const Story story = store->stories().first();
        StorySlides slides(*store, story);
        bool found = false;
        for (int i = 0; i < slides.count(); ++i) {
            const StorySlides::Card &card = slides.card(i);
            if (!card.title.startsWith(QLatin1String("Arakhamia says Johnson")))
                continue;
            found = true;
            QCOMPARE(card.sources.size(), 2);
            QVERIFY2(card.sources.at(0).note.contains(QStringLiteral("Says: confirmed")),
                     qPrintable(card.sources.at(0).note));
            QVERIFY2(card.sources.at(1).note.contains(QStringLiteral("Says: reported · 24 November 2023")),
                     qPrintable(card.sources.at(1).note));
            QCOMPARE(card.sources.at(1).grade, QStringLiteral("B3"));
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestAccountsDetails)
#include "tst_accountsdetails.moc"
