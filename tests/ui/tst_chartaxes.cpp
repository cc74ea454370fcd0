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
        ChartView *view = m_panel->view();
        const QSize smallest = ChartsPanel::kSmallestChart;
        const QSize wanted(std::max(size.width(), smallest.width()), std::max(size.height(), smallest.height()));
        // The panel at the size that gives its chart `wanted` (the panel's own bar on top).
        m_panel->resize(m_panel->size() + wanted - view->size());
        QTRY_COMPARE(view->size(), wanted);
        m_panel->setChartName(chart);
        m_panel->setStackBy(stack == 0 ? StackBy::Kind : StackBy::Actor);
        m_panel->refresh();
        QTest::qWait(200); // the rebuild after a resize waits for the splitter to stop
        QCoreApplication::processEvents();
        QChart *c = m_panel->chart();
        QVERIFY(c);
        QVERIFY(!c->plotArea().isEmpty());
        if (qEnvironmentVariableIsSet("ENTENTE_CHART_LOOK"))
            view->grab().save(qEnvironmentVariable("ENTENTE_CHART_LOOK") + QStringLiteral("/axes-")
                              + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u',')
                              + QStringLiteral(".png"));
        int texts = 0;
        for (QGraphicsItem *item : view->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible() || text->toPlainText().isEmpty())
                continue;
            ++texts;
            const QString plain = text->toPlainText();
            QVERIFY2(!plain.contains(QLatin1String("...")) && !plain.contains(QChar(0x2026)),
                     qPrintable(QStringLiteral("\"%1\" at %2x%3").arg(plain).arg(wanted.width()).arg(wanted.height())));
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

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<ChartsPanel> m_panel;
};

QTEST_MAIN(TestChartAxes)
#include "tst_chartaxes.moc"
