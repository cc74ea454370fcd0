// Tabbing onto the timeline or the graph shows a focus frame in the palette's highlight colour,
// in the light and the dark theme: the view drawn with focus and without differ on the border,
// and there the focused one is the highlight colour.
#include "accessibility/focusframe.h"
#include "appearance.h"
#include "document.h"
#include "graph/graphcanvas.h"
#include "graph/graphview.h"
#include "sampledataset.h"
#include "selection.h"
#include "store/store.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace entente;

namespace {

// The pixels on the outermost kFocusFrameWidth rows and columns of `image`.
QList<QRgb> border(const QImage &image)
{
    QList<QRgb> out;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool edge = x < kFocusFrameWidth || y < kFocusFrameWidth || x >= image.width() - kFocusFrameWidth
                || y >= image.height() - kFocusFrameWidth;
            if (edge)
                out.append(image.pixel(x, y));
        }
    }
    return out;
}

int countOf(const QList<QRgb> &pixels, QColor colour)
{
    return static_cast<int>(std::count_if(pixels.begin(), pixels.end(), [colour](QRgb p) {
        const QColor c(p);
        return std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
            + std::abs(c.blue() - colour.blue())
            < 12;
    }));
}

} // namespace

class TestFocusFrame : public QObject
{
    Q_OBJECT

private:
    // Grabs `view` without focus (the line edit has it), then with focus reached by Tab (or
    // given as Tab would), and checks the border.
    void checkFrame(QWidget *view, QLineEdit *before, bool byTab)
    {
        before->setFocus(Qt::OtherFocusReason);
        QVERIFY(QTest::qWaitFor([before] { return before->hasFocus(); }, 2000));
        const QImage off = view->grab().toImage();
        if (byTab)
            QTest::keyClick(before, Qt::Key_Tab);
        else
            view->setFocus(Qt::TabFocusReason);
        QVERIFY(QTest::qWaitFor([view] { return view->hasFocus(); }, 2000));
        const QImage on = view->grab().toImage();
        if (const QString shots = qEnvironmentVariable("ENTENTE_SHOTS"); !shots.isEmpty())
            on.save(shots
                    + QStringLiteral("/focus-%1-%2.png")
                          .arg(QString::fromLatin1(view->metaObject()->className() + 9),
                               QString::fromLatin1(QTest::currentDataTag())));
        const QColor highlight = view->palette().color(QPalette::Active, QPalette::Highlight);
        const QList<QRgb> edgeOff = border(off);
        const QList<QRgb> edgeOn = border(on);
        QCOMPARE(edgeOn.size(), edgeOff.size());
        int changed = 0;
        for (qsizetype i = 0; i < edgeOn.size(); ++i)
            changed += edgeOn.at(i) != edgeOff.at(i) ? 1 : 0;
        // Nearly the whole border changes, and is the highlight colour.
        QVERIFY2(changed > edgeOn.size() * 8 / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(changed).arg(edgeOn.size())));
        QVERIFY2(countOf(edgeOn, highlight) > edgeOn.size() * 9 / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(countOf(edgeOn, highlight)).arg(edgeOn.size())));
        QVERIFY(countOf(edgeOff, highlight) < edgeOff.size() / 10);
        // Inside the frame, the picture is the view's own.
        QCOMPARE(on.pixel(on.width() / 2, on.height() / 2), off.pixel(off.width() / 2, off.height() / 2));
    }

private slots:
    void timelineAndGraph_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void timelineAndGraph()
    {
        QFETCH(bool, dark);
        const QPalette before = QApplication::palette();
        QApplication::setPalette(Appearance::palette(dark ? Appearance::Theme::Dark : Appearance::Theme::Light));
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        Document document(std::move(store));
        Selection selection;
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *line = new QLineEdit(&window);
        auto *timeline = new TimelineView(&document, &selection, &window);
        timeline->setTheme(dark ? TimelineTheme::Kind::Dark : TimelineTheme::Kind::Light);
        auto *graph = new GraphView(&document, &selection, &window);
        graph->setDark(dark);
        layout->addWidget(line);
        layout->addWidget(timeline, 1);
        layout->addWidget(graph, 1);
        window.resize(900, 900);
        QSignalSpy laidOut(graph, &GraphView::layoutFinished);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!laidOut.isEmpty() || laidOut.wait(10000));
        QVERIFY(QTest::qWaitFor([graph] { return !graph->canvas()->isAnimating(); }, 5000));
        QVERIFY(QTest::qWaitFor([timeline] { return !timeline->isAnimating(); }, 5000));
        // The timeline follows the line edit in the tab order.
        checkFrame(timeline, line, true);
        checkFrame(graph->canvas(), line, false);
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestFocusFrame)
#include "tst_focusframe.moc"
