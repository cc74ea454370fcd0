// The presentation with two screens: full screen on the chosen one, the presenter view (note,
// next step, elapsed time) on the other. The offscreen platform takes its screens from a JSON
// file named in QT_QPA_PLATFORM, so main() writes one and sets the variable before the
// application starts.
#include "document.h"
#include "sampledataset.h"
#include "selection.h"
#include "story/presentationwindow.h"
#include "story/presenterview.h"
#include "story/storysteps.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

class TestPresentTwoScreens : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_doc;
    StoryId m_story = 0;
    Selection m_selection;

    QScreen *screenNamed(const QString &name) const
    {
        for (QScreen *s : QGuiApplication::screens()) {
            if (s->name() == name)
                return s;
        }
        return nullptr;
    }

    // Whether the presenter's clock shows the presentation's whole seconds (false when the
    // second turned while reading, for a retry).
    static bool showsElapsed(const PresentationWindow &w, const PresenterView *p)
    {
        const qint64 before = w.elapsedMs() / 1000;
        const QString text = p->elapsedText();
        return before == w.elapsedMs() / 1000 && text == PresenterView::clockText(before);
    }

private slots:
    void initTestCase()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        m_doc = std::make_unique<Document>(std::move(store));
        m_story = *stories::findByName(m_doc->store(), QStringLiteral("From Istanbul 2022 to Istanbul 2025"));
    }

    void twoScreensAreThere()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("offscreen"));
        QCOMPARE(QGuiApplication::screens().size(), 2);
        QVERIFY(screenNamed(QStringLiteral("A")));
        QVERIFY(screenNamed(QStringLiteral("B")));
        QCOMPARE(screenNamed(QStringLiteral("B"))->geometry(), QRect(1920, 0, 1920, 1080));
    }

    void fullScreenOnTheChosenScreenPresenterOnTheOther_data()
    {
        QTest::addColumn<QString>("projector");
        QTest::addColumn<QString>("laptop");
        QTest::newRow("present on B") << QStringLiteral("B") << QStringLiteral("A");
        QTest::newRow("present on A") << QStringLiteral("A") << QStringLiteral("B");
    }

    void fullScreenOnTheChosenScreenPresenterOnTheOther()
    {
        QFETCH(QString, projector);
        QFETCH(QString, laptop);
        QScreen *show = screenNamed(projector);
        QScreen *notes = screenNamed(laptop);
        PresentationWindow w(m_doc.get(), &m_selection, m_story);
        w.setAnimationDuration(1);
        w.start(show);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.isFullScreen());
        QCOMPARE(w.screen(), show);
        QCOMPARE(w.windowHandle()->screen(), show);
        QTRY_COMPARE(w.geometry(), show->geometry());

        PresenterView *p = w.presenterView();
        QVERIFY2(p, "a second screen opens the presenter view");
        QVERIFY(QTest::qWaitForWindowExposed(p));
        QCOMPARE(p->screen(), notes);
        QVERIFY(notes->geometry().contains(p->geometry()));
        QVERIFY(!show->geometry().intersects(p->geometry()));

        // Notes, the next step and the time; keys on either screen drive the show.
        const Story story = *m_doc->store().story(m_story);
        QCOMPARE(p->noteText(), story.steps[0].note);
        QVERIFY(p->nextText().contains(m_doc->store().event(story.steps[1].eventId)->title));
        QVERIFY(p->elapsedText().startsWith(QLatin1String("0:0")));
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.currentStep(), 1);
        QCOMPARE(p->noteText(), story.steps[1].note);
        QTest::keyClick(p, Qt::Key_PageDown);
        QCOMPARE(w.currentStep(), 2);
        QVERIFY(p->nextText().contains(m_doc->store().event(story.steps[3].eventId)->title));
        QTest::keyClick(p, Qt::Key_End);
        QCOMPARE(p->nextText(), PresenterView::tr("Next: the end of the story."));
        // The clock runs, and shows the whole seconds since the start (read either side of the
        // text, which a slow machine may have taken some time to reach).
        QTRY_VERIFY_WITH_TIMEOUT(p->elapsedText() != QLatin1String("0:00"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(showsElapsed(w, p), 3000);
        if (!qEnvironmentVariableIsEmpty("ENTENTE_SHOTS")) {
            p->grab().save(qEnvironmentVariable("ENTENTE_SHOTS") + QStringLiteral("/presenter-") + laptop
                           + QStringLiteral(".png"));
            w.grab().save(qEnvironmentVariable("ENTENTE_SHOTS") + QStringLiteral("/presentation-") + projector
                          + QStringLiteral(".png"));
        }
        // Esc on the presenter's screen ends both.
        QTest::keyClick(p, Qt::Key_Escape);
        QVERIFY(!w.isVisible());
        QVERIFY(!p->isVisible());
    }

    void noScreenGivenMeansThePrimary()
    {
        // With the presentation given no screen it takes the primary one (A), and the
        // presenter view goes to B.
        PresentationWindow w(m_doc.get(), &m_selection, m_story);
        w.start(nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.screen(), QGuiApplication::primaryScreen());
        QVERIFY(w.presenterView());
        QVERIFY(w.presenterView()->screen() != w.screen());
        w.close();
    }
};

int main(int argc, char **argv)
{
    // Two 1920×1080 screens side by side, A the primary.
    QTemporaryDir dir;
    const QString config = QDir(dir.path()).filePath(QStringLiteral("screens.json"));
    {
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write(R"({"screens":[{"name":"A","x":0,"y":0,"width":1920,"height":1080,"logicalDpi":96},)"
                R"({"name":"B","x":1920,"y":0,"width":1920,"height":1080,"logicalDpi":96}]})");
    }
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(config));
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestPresentTwoScreens test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_presenttwoscreens.moc"
