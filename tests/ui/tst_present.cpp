#include "document.h"
#include "sampledataset.h"
#include "selection.h"
#include "story/presentationwindow.h"
#include "story/presenterview.h"
#include "story/storyhandout.h"
#include "story/storysteps.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

int countPages(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return static_cast<int>(QString::fromLatin1(f.readAll()).count(page));
}

int maxSaturation(const QImage &image, const QRect &rect)
{
    int best = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            best = std::max(best, QColor(image.pixel(x, y)).hsvSaturation());
    }
    return best;
}

// One slide drawn as SVG, for the text it holds.
QString slideSvg(StorySlides &slides, int step, const SlideStyle &style = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(1920, 1080));
    svg.setViewBox(QRect(0, 0, 1920, 1080));
    QPainter painter(&svg);
    slides.paint(painter, QRectF(0, 0, 1920, 1080), step, slides.camera(step), style);
    painter.end();
    return QString::fromUtf8(buffer.data());
}

QImage slideImage(StorySlides &slides, int step, QSize size, const SlideStyle &style = {})
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    slides.paint(painter, QRectF(QPointF(0, 0), size), step, slides.camera(step), style);
    return image;
}

int stepOf(const StorySlides &slides, const QString &titleStart)
{
    for (int i = 0; i < slides.count(); ++i) {
        if (slides.card(i).title.startsWith(titleStart))
            return i;
    }
    return -1;
}

} // namespace

class TestPresent : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_doc;
    Selection m_selection;
    StoryId m_story = 0;

    void waitStill(PresentationWindow &w)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!w.isAnimating(), 10000);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        m_doc = std::make_unique<Document>(std::move(store));
        m_story = *stories::findByName(m_doc->store(), QStringLiteral("From Istanbul 2022 to Istanbul 2025"));
    }

    void keysDriveTheSteps()
    {
        PresentationWindow w(m_doc.get(), &m_selection, m_story);
        w.resize(1920, 1080);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.stepCount(), 10);
        QCOMPARE(w.currentStep(), 0);
        // What a clicker sends.
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.currentStep(), 1);
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(w.currentStep(), 0);
        QTest::keyClick(&w, Qt::Key_PageUp); // stays at the start
        QCOMPARE(w.currentStep(), 0);
        for (Qt::Key k : { Qt::Key_Right, Qt::Key_Down, Qt::Key_Space, Qt::Key_Return, Qt::Key_Enter })
            QTest::keyClick(&w, k);
        QCOMPARE(w.currentStep(), 5);
        for (Qt::Key k : { Qt::Key_Left, Qt::Key_Up, Qt::Key_Backspace })
            QTest::keyClick(&w, k);
        QCOMPARE(w.currentStep(), 2);
        QTest::keyClick(&w, Qt::Key_End);
        QCOMPARE(w.currentStep(), 9);
        QTest::keyClick(&w, Qt::Key_PageDown); // stays at the end
        QCOMPARE(w.currentStep(), 9);
        QTest::keyClick(&w, Qt::Key_Home);
        QCOMPARE(w.currentStep(), 0);
        // A number then Enter jumps; Backspace corrects the number, not the step.
        QTest::keyClick(&w, Qt::Key_7);
        QTest::keyClick(&w, Qt::Key_3);
        QTest::keyClick(&w, Qt::Key_Backspace);
        QCOMPARE(w.typedNumber(), QStringLiteral("7"));
        QCOMPARE(w.currentStep(), 0);
        QTest::keyClick(&w, Qt::Key_Enter);
        QCOMPARE(w.currentStep(), 6);
        QTest::keyClick(&w, Qt::Key_1);
        QTest::keyClick(&w, Qt::Key_0);
        QTest::keyClick(&w, Qt::Key_Return);
        QCOMPARE(w.currentStep(), 9);
        QTest::keyClick(&w, Qt::Key_9);
        QTest::keyClick(&w, Qt::Key_9);
        QTest::keyClick(&w, Qt::Key_Return);
        QCOMPARE(w.currentStep(), 9);
    }

    void blackoutAndWhiteout()
    {
        PresentationWindow w(m_doc.get(), &m_selection, m_story);
        w.resize(1920, 1080);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_B);
        QCOMPARE(w.blank(), PresentationWindow::Blank::Black);
        QImage image = w.grab().toImage();
        QCOMPARE(QColor(image.pixel(960, 540)), QColor(Qt::black));
        QCOMPARE(QColor(image.pixel(100, 900)), QColor(Qt::black));
        QTest::keyClick(&w, Qt::Key_W);
        QCOMPARE(w.blank(), PresentationWindow::Blank::White);
        image = w.grab().toImage();
        QCOMPARE(QColor(image.pixel(960, 540)), QColor(Qt::white));
        QTest::keyClick(&w, Qt::Key_W);
        QCOMPARE(w.blank(), PresentationWindow::Blank::None);
        QTest::keyClick(&w, Qt::Key_B);
        QTest::keyClick(&w, Qt::Key_PageDown); // moving on lifts the blank
        QCOMPARE(w.blank(), PresentationWindow::Blank::None);
        QCOMPARE(w.currentStep(), 1);
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.isVisible());
    }

    void cameraGlidesToEachStep()
    {
        PresentationWindow w(m_doc.get(), &m_selection, m_story);
        w.resize(1920, 1080);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto story = m_doc->store().story(m_story);
        for (int step = 1; step < 4; ++step) {
            const TimelineViewport before = w.viewport();
            QTest::keyClick(&w, Qt::Key_Right);
            QVERIFY(w.isAnimating());
            QTRY_VERIFY_WITH_TIMEOUT(!w.isAnimating(), 10000);
            QVERIFY(!(w.viewport() == before));
            QCOMPARE(w.viewport(), w.targetViewport());
            const auto e = m_doc->store().event(story->steps[step].eventId);
            QVERIFY(w.viewport().from <= static_cast<double>(e->start.startSeconds()));
            QVERIFY(w.viewport().to >= static_cast<double>(e->start.endSeconds()));
        }
    }

    void frameHighlightsTheStep()
    {
        PresentationWindow w(m_doc.get(), &m_selection, m_story);
        w.resize(1920, 1080);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int step = 0; step < 3; ++step) {
            if (step > 0)
                QTest::keyClick(&w, Qt::Key_PageDown);
            waitStill(w);
            const QImage image = w.grab().toImage();
            QCOMPARE(image.size(), QSize(1920, 1080));
            const StorySlides &slides = w.slides();
            // The step's event is drawn, at full colour.
            QVERIFY(!slides.focusRect().isEmpty());
            QVERIFY(maxSaturation(image, slides.focusRect().toAlignedRect()) > 150);
            // The others are there, dimmed.
            int others = 0;
            for (const auto &m : slides.timelineFrame().marks) {
                if (m.rect.intersects(slides.focusRect().adjusted(-30, -30, 30, 30)))
                    continue;
                ++others;
                QVERIFY2(maxSaturation(image, m.rect.toAlignedRect()) < 120, qPrintable(QString::number(step)));
            }
            QVERIFY(others > 0);
            // The title reads from the back of the room: its ink is at least 40 px high.
            const QRect title = slides.titleRect().toAlignedRect();
            QVERIFY(title.height() >= 40);
            int top = -1;
            int bottom = -1;
            for (int y = title.top(); y <= std::min(title.bottom(), image.height() - 1); ++y) {
                for (int x = title.left(); x <= std::min(title.right(), image.width() - 1); ++x) {
                    if (qGray(image.pixel(x, y)) < 100) {
                        if (top < 0)
                            top = y;
                        bottom = y;
                        break;
                    }
                }
            }
            QVERIFY(top >= 0);
            QVERIFY2(bottom - top + 1 >= 40, qPrintable(QString::number(bottom - top + 1)));
        }
    }

    void everyActorOfTheStepShowsIt()
    {
        // Step 7's event (Trump, the United States, Zelensky) falls in a cluster on Zelensky's
        // lane: it is ringed there too, at its own time, and in every other lane of its actors.
        PresentationWindow w(m_doc.get(), &m_selection, m_story);
        w.resize(1920, 1080);
        w.setAnimationDuration(1);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int step = 0; step < w.stepCount(); ++step) {
            w.goTo(step);
            waitStill(w);
            (void)w.grab();
            const StorySlides &slides = w.slides();
            const StorySlides::Card &card = slides.card(step);
            const TimelineFrame &f = slides.timelineFrame();
            const double x = slides.focusRect().center().x();
            if (slides.focusRect().isEmpty() || x < f.lanesRect.left() || x > f.lanesRect.right())
                continue; // the event starts off the camera's window
            int lanes = 0;
            for (const TimelineFrame::Lane &lane : f.lanes) {
                const bool ofStep = std::any_of(card.actors.begin(), card.actors.end(),
                                                [&](const auto &a) { return a.name == lane.name; });
                if (!ofStep || !f.lanesRect.contains(lane.body.center()))
                    continue;
                ++lanes;
                QVERIFY2(slides.focusRect().contains(QPointF(x, lane.body.center().y())),
                         qPrintable(QStringLiteral("step %1, lane %2").arg(step + 1).arg(lane.name)));
            }
            QVERIFY(lanes >= 1);
        }
    }

    void highContrastAndFontScale()
    {
        PresentationWindow w(m_doc.get(), &m_selection, m_story);
        w.resize(1920, 1080);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const double normalTitle = [&] {
            (void)w.grab();
            return w.slides().titleRect().height();
        }();
        w.setStyle({ true, 1.3 });
        const QImage image = w.grab().toImage();
        QCOMPARE(QColor(image.pixel(5, 5)), QColor(Qt::black));
        QVERIFY(w.slides().titleRect().height() > normalTitle);
        QTest::keyClick(&w, Qt::Key_H);
        QVERIFY(!w.style().highContrast);
    }

    // The card of a claim says so, in words and in its mark, and cites every source with its quote.
    void cardShowsStatusAndEverySource()
    {
        const auto story = m_doc->store().story(m_story);
        StorySlides slides(m_doc->store(), *story); // reads only (see PresentationWindow)
        const int collapse = stepOf(slides, QStringLiteral("The Istanbul effort collapses"));
        QVERIFY(collapse >= 0);
        const StorySlides::Card &alleged = slides.card(collapse);
        QCOMPARE(alleged.status, ClaimStatus::Alleged);
        QString svg = slideSvg(slides, collapse);
        QVERIFY(svg.contains(QStringLiteral("Alleged")));
        QVERIFY(!slides.statusRect().isEmpty());
        QVERIFY(svg.contains(QStringLiteral("reportedly under pressure")));
        // The exchange cites the report and the public record: both, each with what it says.
        const int exchange = stepOf(slides, QStringLiteral("The 1,000-for-1,000"));
        const StorySlides::Card &card = slides.card(exchange);
        QCOMPARE(card.sources.size(), 2);
        QCOMPARE(card.date, QStringLiteral("23–25 May 2025"));
        svg = slideSvg(slides, exchange);
        QVERIFY(svg.contains(QStringLiteral("Interbellum News")));
        QVERIFY(svg.contains(QStringLiteral("Public record")));
        QVERIFY(svg.contains(QStringLiteral("observers hope")));
        QVERIFY(svg.contains(QStringLiteral("Confirmed")));
        QCOMPARE(slides.sourceRects().size(), 2);
        for (const QRectF &r : slides.sourceRects()) {
            QVERIFY(r.height() > 20);
            QVERIFY(QRectF(0, 0, 1920, 1080).contains(r));
        }
        // At 1280×720 too, every source of every step has its block inside the slide.
        for (int step = 0; step < slides.count(); ++step) {
            (void)slideImage(slides, step, QSize(1280, 720));
            QCOMPARE(slides.sourceRects().size(), slides.card(step).sources.size());
            for (const QRectF &r : slides.sourceRects())
                QVERIFY2(r.height() > 10 && r.bottom() <= 720, qPrintable(QStringLiteral("step %1").arg(step + 1)));
        }
        // The report's whole quote, not its first words: the last words of the longest quote show too.
        const int proposals = stepOf(slides, QStringLiteral("Both delegations"));
        if (proposals >= 0)
            QVERIFY(slideSvg(slides, proposals).contains(QStringLiteral("has been reached")));
    }

    // The step's title on the timeline stands out of the veil: darkest ink in light, white in high contrast.
    void focusLabelAtFullContrast()
    {
        const auto story = m_doc->store().story(m_story);
        StorySlides slides(m_doc->store(), *story); // reads only (see PresentationWindow)
        for (const bool high : { false, true }) {
            for (int step = 0; step < slides.count(); ++step) {
                const QImage image = slideImage(slides, step, QSize(1920, 1080), { high, 1.0 });
                const QRect label = slides.focusLabelRect().toAlignedRect().intersected(image.rect());
                if (slides.focusRect().isEmpty())
                    continue;
                QVERIFY2(!label.isEmpty(), qPrintable(QStringLiteral("step %1").arg(step + 1)));
                int darkest = 255;
                int lightest = 0;
                for (int y = label.top(); y <= label.bottom(); ++y) {
                    for (int x = label.left(); x <= label.right(); ++x) {
                        darkest = std::min(darkest, qGray(image.pixel(x, y)));
                        lightest = std::max(lightest, qGray(image.pixel(x, y)));
                    }
                }
                if (high)
                    QVERIFY2(lightest >= 240, qPrintable(QString::number(lightest)));
                else
                    QVERIFY2(darkest <= 60, qPrintable(QString::number(darkest)));
            }
        }
    }

    // + scales the whole slide: the lane names grow with the card, and are never cut.
    void plusScalesLaneNamesWhole()
    {
        PresentationWindow w(m_doc.get(), &m_selection, m_story);
        w.resize(1280, 720);
        w.setAnimationDuration(1);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto check = [&]() -> double {
            (void)w.grab();
            const StorySlides &slides = w.slides();
            QFont f(QStringLiteral("DejaVu Sans"));
            f.setPixelSize(static_cast<int>(slides.laneFontPixels() + 0.5));
            const QFontMetricsF fm(f);
            const TimelineFrame &frame = slides.timelineFrame();
            for (const TimelineFrame::Lane &lane : frame.lanes) {
                if (!frame.headersRect.contains(lane.header.center()))
                    continue;
                // The name and the fold arrow before it fit in the header.
                const double arrow = 20 * slides.laneFontPixels() / 14;
                if (fm.horizontalAdvance(lane.name) + arrow > lane.header.width())
                    return -1;
            }
            return slides.laneFontPixels();
        };
        for (int step = 0; step < w.stepCount(); ++step) {
            w.goTo(step);
            waitStill(w);
            QVERIFY2(check() > 720 * 0.014, qPrintable(QStringLiteral("step %1").arg(step + 1)));
        }
        const double before = check();
        const double titleBefore = w.slides().titleRect().height();
        QTest::keyClick(&w, Qt::Key_Plus);
        QTest::keyClick(&w, Qt::Key_Plus);
        const double after = check();
        QVERIFY2(after > before * 1.15, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QVERIFY(w.slides().titleRect().height() >= titleBefore);
        QTest::keyClick(&w, Qt::Key_Minus);
        QVERIFY(check() < after);
    }

    // With one screen, N shows the notes and the next step under the slide, and hides them again.
    void notesOnOneScreen()
    {
        PresentationWindow w(m_doc.get(), &m_selection, m_story);
        w.resize(1920, 1080);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.notesShown());
        QVERIFY(w.notesRect().isEmpty());
        const QImage plain = w.grab().toImage();
        QTest::keyClick(&w, Qt::Key_N);
        QVERIFY(w.notesShown());
        const QRectF notes = w.notesRect();
        QVERIFY(notes.height() > 250);
        QCOMPARE(notes.bottom(), 1080.0);
        const QImage withNotes = w.grab().toImage();
        // The slide is drawn whole above the notes: its title and timeline end where they begin.
        QVERIFY(w.slides().titleRect().bottom() < notes.top());
        QVERIFY(w.slides().timelineFrame().lanesRect.bottom() < notes.top());
        // The notes panel is painted (its own background and text), not the slide's card.
        const QColor panel = StorySlides::theme(w.style()).headerBackground;
        QCOMPARE(QColor(withNotes.pixel(5, static_cast<int>(notes.bottom()) - 3)), panel);
        QVERIFY(plain.copy(notes.toAlignedRect()) != withNotes.copy(notes.toAlignedRect()));
        // The note and the next step, as SVG text.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(1920, 400));
        {
            QPainter p(&svg);
            w.slides().paintNotes(p, QRectF(0, 0, 1920, 340), 0, w.style(), QStringLiteral("0:00"));
        }
        const QString text = QString::fromUtf8(buffer.data());
        QVERIFY(text.contains(QStringLiteral("Five weeks into")));
        QVERIFY(text.contains(QStringLiteral("NEXT")));
        QTest::keyClick(&w, Qt::Key_N);
        QVERIFY(!w.notesShown());
        QVERIFY(w.notesRect().isEmpty());
        QCOMPARE(w.grab().toImage(), plain);
    }

    void presenterViewShowsNoteNextAndTime()
    {
        PresentationWindow w(m_doc.get(), &m_selection, m_story);
        w.resize(1920, 1080);
        w.show();
        w.showPresenterView(nullptr);
        PresenterView *p = w.presenterView();
        QVERIFY(p);
        const auto story = m_doc->store().story(m_story);
        QCOMPARE(p->noteText(), story->steps[0].note);
        QVERIFY(p->nextText().contains(m_doc->store().event(story->steps[1].eventId)->title));
        QCOMPARE(p->elapsedText(), QStringLiteral("0:00"));
        QTest::keyClick(p, Qt::Key_PageDown); // keys on the presenter's screen drive the show
        QCOMPARE(w.currentStep(), 1);
        QCOMPARE(p->noteText(), story->steps[1].note);
        w.close();
        QVERIFY(!p->isVisible());
    }

    void withoutAStoryStepsThroughTheFilter()
    {
        Selection selection;
        EventFilter filter;
        filter.from = FuzzyDate::parse(QStringLiteral("2024"))->startSeconds();
        selection.setFilter(filter);
        PresentationWindow w(m_doc.get(), &selection, std::nullopt);
        QCOMPARE(w.stepCount(), static_cast<int>(m_doc->store().countEvents(filter)));
        QVERIFY(w.stepCount() > 1);
        for (int i = 1; i < w.stepCount(); ++i)
            QVERIFY(w.slides().card(i - 1).start <= w.slides().card(i).start);
    }

    void handoutPdfHasAPagePerStep()
    {
        QTemporaryDir dir;
        const auto story = m_doc->store().story(m_story);
        const QString pages = dir.filePath(QStringLiteral("steps.pdf"));
        QCOMPARE(StoryHandout::writePdf(m_doc->store(), *story, pages, StoryHandout::Layout::PagePerStep), QString());
        QCOMPARE(countPages(pages), 10);
        const QString list = dir.filePath(QStringLiteral("list.pdf"));
        QCOMPARE(StoryHandout::writePdf(m_doc->store(), *story, list, StoryHandout::Layout::List), QString());
        QCOMPARE(countPages(list), 1);
        QVERIFY(!StoryHandout::write(m_doc->store(), *story, QStringLiteral("docx"), list).isEmpty());
    }
};

QTEST_MAIN(TestPresent)
#include "tst_present.moc"
