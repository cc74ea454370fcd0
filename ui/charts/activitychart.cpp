#include "activitychart.h"

#include "charts/attributegroups.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::ActivityChart", text);
}

} // namespace

ActivityChart::ActivityChart(ActivityData data, ChartStyle style, QSizeF size, QLocale locale)
    : m_data(std::move(data))
    , m_style(style)
    , m_size(size)
    , m_locale(std::move(locale))
{
    foldToFitTheLegend();
}

void ActivityChart::foldToFitTheLegend()
{
    // Qt Charts puts the legend on one line and cuts every name to "..." when they do not all
    // fit: the smallest series join "Other" until they do (a marker and its gaps take ~34 px).
    const QFontMetricsF metrics(m_style.labelFont());
    auto needed = [&] {
        qreal width = 0;
        for (const ActivityData::Series &s : std::as_const(m_data.series))
            width += metrics.horizontalAdvance(s.name) + 34;
        return width;
    };
    const qreal available = m_size.width() - 40;
    QList<ActivityData::Series> &series = m_data.series;
    while (series.size() > 2 && needed() > available) {
        const bool hasOther = series.constLast().other;
        const qsizetype smallest = series.size() - (hasOther ? 2 : 1);
        ActivityData::Series folded = series.takeAt(smallest);
        if (!hasOther) {
            ActivityData::Series other;
            other.name = tr("Other");
            other.other = true;
            other.counts.fill(0, folded.counts.size());
            series.append(other);
        }
        ActivityData::Series &other = series.last();
        for (qsizetype i = 0; i < folded.counts.size() && i < other.counts.size(); ++i)
            other.counts[i] += folded.counts.at(i);
        other.total += folded.total;
    }
}

qsizetype ActivityChart::labelStep() const
{
    const qsizetype n = m_data.starts.size();
    if (n == 0)
        return 1;
    const QFontMetricsF metrics(m_style.labelFont());
    qreal widest = 0;
    for (qsizetype i = 0; i < n; ++i)
        widest = std::max(widest, metrics.horizontalAdvance(bucketLabel(m_data.unit, m_data.starts.at(i), m_locale)));
    // The plot is the chart less the value axis and margins; a label wants a gap on each side.
    const qreal plotWidth = std::max<qreal>(100, m_size.width() - 110);
    const qreal perLabel = widest + 24;
    const auto fitting = std::max<qsizetype>(1, static_cast<qsizetype>(plotWidth / perLabel));
    return (n + fitting - 1) / fitting;
}

std::unique_ptr<QChart> ActivityChart::create() const
{
    auto chart = std::make_unique<QChart>();
    m_style.apply(chart.get());
    const QString unit = timeUnitName(m_data.unit);
    if (m_data.stackBy == StackBy::Kind)
        chart->setTitle(tr("Events per %1, by kind").arg(unit));
    else if (m_data.stackBy == StackBy::Actor)
        chart->setTitle(tr("Events per %1, by actor").arg(unit));
    else
        chart->setTitle(tr("Events per %1, by %2").arg(unit, AttributeGroups::name(m_data.stackBy)));

    auto *series = new QStackedBarSeries;
    qsizetype colour = 0;
    for (const ActivityData::Series &s : m_data.series) {
        auto *set = new QBarSet(s.name);
        for (qint64 c : s.counts)
            set->append(static_cast<qreal>(c));
        const QColor fill = s.other ? m_style.otherColour() : m_style.seriesColour(colour++);
        set->setColor(fill);
        set->setBorderColor(fill.darker(130));
        series->append(set);
    }
    series->setBarWidth(0.85);
    chart->addSeries(series);

    // A value axis with labels at chosen buckets (bucket i is centred on x = i) rather than a
    // QBarCategoryAxis, which labels every bucket and cuts each label to its bar's width.
    auto *x = new QCategoryAxis;
    m_style.styleAxis(x);
    x->setGridLineVisible(false);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype n = m_data.starts.size();
    x->setRange(-0.5, std::max<qreal>(0.5, static_cast<qreal>(n) - 0.5));
    x->setStartValue(-0.5);
    const qsizetype step = labelStep();
    for (qsizetype i = 0; i < n; i += step)
        x->append(bucketLabel(m_data.unit, m_data.starts.at(i), m_locale), static_cast<qreal>(i));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);

    qint64 max = 0;
    for (qsizetype i = 0; i < m_data.starts.size(); ++i)
        max = std::max(max, m_data.bucketTotal(i));
    auto *y = new QValueAxis;
    m_style.setUpCountAxis(y, max, m_data.stackBy == StackBy::Actor ? tr("Events × actors") : tr("Events"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    chart->legend()->setVisible(!m_data.series.isEmpty());
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace entente
