#include "statuschart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace entente {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("entente::StatusChart", text, disambiguation, n);
}

} // namespace

StatusChart::StatusChart(QList<StatusCount> data, ChartStyle style, QSizeF size)
    : m_data(std::move(data))
    , m_style(style)
    , m_size(size)
{ }

std::optional<ClaimStatus> StatusChart::statusAt(int index) const
{
    if (index < 0 || index >= m_data.size())
        return std::nullopt;
    return m_data.at(index).status;
}

std::unique_ptr<QChart> StatusChart::create() const
{
    auto chart = std::make_unique<QChart>();
    m_style.apply(chart.get());
    qint64 total = 0;
    qint64 max = 0;
    for (const StatusCount &s : m_data) {
        total += s.events;
        max = std::max(max, s.events);
    }
    chart->setTitle(tr("Claim status of %n event(s)", nullptr, static_cast<int>(total)));

    // One set per status, each holding a value only in its own column: a stacked series then
    // draws one bar per column, and each bar can have its own pattern.
    auto *series = new QStackedBarSeries;
    QStringList categories;
    for (qsizetype i = 0; i < m_data.size(); ++i) {
        const StatusCount &s = m_data.at(i);
        categories.append(claimStatusLabel(s.status));
        auto *set = new QBarSet(claimStatusLabel(s.status));
        for (qsizetype j = 0; j < m_data.size(); ++j)
            set->append(j == i ? static_cast<qreal>(s.events) : 0.0);
        const QBrush brush = m_style.statusBrush(s.status);
        set->setBrush(brush);
        set->setPen(QPen(brush.color(), 1.5));
        set->setLabelColor(m_style.textColour());
        set->setLabelFont(m_style.labelFont());
        series->append(set);
    }
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    // Counts above the bars: inside a patterned bar they would be hard to read.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);
    chart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    m_style.styleAxis(x);
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);

    auto *y = new QValueAxis;
    m_style.setUpCountAxis(y, max + std::max<qint64>(1, max / 10), tr("Events"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    // The names under the bars, each in its share of the plot (the value axis and margins take
    // ~70 px, Qt Charts ~14 px a label); too narrow for that, a legend beside the plot names the
    // patterns instead, whole.
    const QFontMetricsF metrics(m_style.labelFont());
    qreal widest = 0;
    for (const QString &name : std::as_const(categories))
        widest = std::max(widest, metrics.horizontalAdvance(name));
    const qreal share = (m_size.width() - 70) / static_cast<qreal>(categories.size() + 1);
    const bool namesFit = categories.isEmpty() || widest + 14 <= share;
    x->setLabelsVisible(namesFit);
    chart->legend()->setVisible(!namesFit);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

} // namespace entente
