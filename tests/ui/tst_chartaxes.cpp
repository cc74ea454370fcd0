// The charts' axis text at the sizes a dock gives them, down to the smallest: every tick label
// drawn whole (Qt Charts cuts one with too little room to "..."), counts thinned instead, and at
// least two numbers left on the count axis.
#include "charts/chartspanel.h"
#include "charts/chartview.h"
#include "document.h"
#include "sampledataset.h"
#include "selection.h"

#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QTest>
#include <QValueAxis>

using namespace entente;

class TestChartAxes : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        auto store = Store::createInMemory();
        SampleDataset::write(*store);
        m_doc = std::make_unique<Document>(std::move(store));
        m_selection = std::make_unique<Selection>();
        m_panel = std::make_unique<ChartsPanel>(m_doc.get(), m_selection.get());
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_selection.reset();
        m_doc.reset();
    }

    void noElidedTickText_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<int>("stack");
        QTest::addColumn<QSize>("size"); // the chart view's; 0 is the smallest it can be
        const QList<std::pair<const char *, QSize>> sizes {
            { "smallest", QSize(0, 0) },
            { "docked at 1366x768", QSize(1366, 175) },
            { "docked at 1920x1080", QSize(1920, 230) },
            { "narrow and low", QSize(0, 200) },
            { "on the side", QSize(420, 480) },
        };
        for (const auto &[tag, size] : sizes) {
            QTest::addRow("activity by kind, %s", tag) << QStringLiteral("activity") << 0 << size;
            QTest::addRow("activity by actor, %s", tag) << QStringLiteral("activity") << 1 << size;
            QTest::addRow("actors, %s", tag) << QStringLiteral("actors") << 0 << size;
            QTest::addRow("status, %s", tag) << QStringLiteral("status") << 0 << size;
        }
    }

    // Every text the chart draws (axis numbers and names, titles) is whole; the count axis
    // still shows at least two numbers.
    void noElidedTickText()
    {
        QFETCH(QString, chart);
        QFETCH(int, stack);
        QFETCH(QSize, size);
        show(chart, stack, size);
        ChartView *view = m_panel->view();
        QChart *c = m_panel->chart();
        if (qEnvironmentVariableIsSet("ENTENTE_CHART_LOOK"))
            view->grab().save(qEnvironmentVariable("ENTENTE_CHART_LOOK") + QStringLiteral("/axes-")
                              + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u',')
                              + QStringLiteral(".png"));
        const QString cut = cutText();
        QVERIFY2(cut.isEmpty(),
                 qPrintable(QStringLiteral("\"%1\" at %2x%3").arg(cut).arg(view->width()).arg(view->height())));
        int texts = 0;
        for (QGraphicsItem *item : view->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            texts += text && text->isVisible() && !text->toPlainText().isEmpty() ? 1 : 0;
        }
        QVERIFY(texts >= 4);
        for (QAbstractAxis *axis : c->axes()) {
            auto *count = qobject_cast<QValueAxis *>(axis);
            if (!count || axis->type() != QAbstractAxis::AxisTypeValue)
                continue;
            QVERIFY(count->labelsVisible());
            QVERIFY2(count->max() / count->tickInterval() >= 1, qPrintable(QString::number(count->max())));
            // As many numbers as the plot has room for: never more than seven.
            QVERIFY(count->max() / count->tickInterval() + 1 <= 7);
        }
    }

    // Every height from the smallest to a roomy dock, narrow and wide: no text ever cut.
    void noElidedTextAtAnyHeight()
    {
        for (const int width : { 0, 1366 }) {
            for (int height = 170; height <= 340; height += 10) {
                for (const auto &[chart, stack] : { std::pair("activity", 0), std::pair("activity", 1),
                                                    std::pair("actors", 0), std::pair("status", 0) }) {
                    show(QString::fromLatin1(chart), stack, QSize(width, height));
                    const QString cut = cutText();
                    QVERIFY2(cut.isEmpty(),
                             qPrintable(QStringLiteral("%1 at %2x%3: \"%4\"")
                                            .arg(QString::fromLatin1(chart))
                                            .arg(m_panel->view()->width())
                                            .arg(height)
                                            .arg(cut)));
                }
            }
        }
    }

    // A low chart's title stands in the panel's bar, so the plot keeps its line; a taller one
    // carries it again.
    void lowChartTitleInTheBar()
    {
        show(QStringLiteral("activity"), 0, QSize(1366, 175));
        QCOMPARE(m_panel->chart()->title(), QString());
        QVERIFY(m_panel->caption().startsWith(QStringLiteral("Events per")));
        show(QStringLiteral("activity"), 0, QSize(1366, 400));
        QVERIFY(m_panel->caption().isEmpty());
        QVERIFY(m_panel->chart()->title().startsWith(QStringLiteral("Events per")));
        // No room in the bar beside the chooser: the title is the drawing's tooltip.
        show(QStringLiteral("status"), 0, QSize(0, 0));
        QVERIFY(m_panel->caption().isEmpty());
        QVERIFY(m_panel->view()->toolTip().startsWith(QStringLiteral("Claim status of")));
    }

private:
    // Shows `chart` with its view at `size` (at least the smallest a chart can be), laid out.
    void show(const QString &chart, int stack, QSize size)
    {
        ChartView *view = m_panel->view();
        const QSize smallest = ChartsPanel::kSmallestChart;
        const QSize wanted(std::max(size.width(), smallest.width()), std::max(size.height(), smallest.height()));
        // The panel at the size that gives its chart `wanted` (the panel's own bar on top).
        m_panel->resize(m_panel->size() + wanted - view->size());
        QTRY_COMPARE(view->size(), wanted);
        m_panel->setChartName(chart);
        m_panel->setStackBy(stack == 0 ? StackBy::Kind : StackBy::Actor);
        m_panel->refresh(); // a document in memory: rebuilt at once, for the view's size
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    // The first visible text of the chart that Qt Charts cut short, or nothing.
    QString cutText() const
    {
        for (QGraphicsItem *item : m_panel->view()->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible())
                continue;
            const QString plain = text->toPlainText();
            if (plain.contains(QLatin1String("...")) || plain.contains(QChar(0x2026)))
                return plain;
        }
        return {};
    }

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<ChartsPanel> m_panel;
};

QTEST_MAIN(TestChartAxes)
#include "tst_chartaxes.moc"
