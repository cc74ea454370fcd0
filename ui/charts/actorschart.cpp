#include "actorschart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QSet>
#include <QValueAxis>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::ActorsChart", text);
}

} // namespace

ActorsChart::ActorsChart(ActorsData data, ChartStyle style, QSizeF size)
    : m_data(std::move(data))
    , m_style(style)
    , m_nameWidth(std::min<qreal>(kMaxNameWidth, size.width() * 0.3))
{
    // Each bar needs a line of label text and some air; the title and the value axis take the
    // rest of the height.
    // Qt Charts cuts a name with less room to "...": its line, 4 px of padding either side and
    // the margin of its text item, as AxisFit reckons.
    const qreal line = QFontMetricsF(m_style.labelFont()).height() + 16;
    const auto fitting = std::max<qsizetype>(1, static_cast<qsizetype>((size.height() - 90) / line));
    if (m_data.actors.size() > fitting) {
        m_data.otherActors += m_data.actors.size() - fitting;
        m_data.actors.resize(fitting);
    }
    // A name that is only a little wider than 30 % keeps its bars' room and is written whole: a
    // narrow chart may give names up to 45 %.
    const QFontMetricsF metrics(m_style.labelFont());
    qreal widest = 0;
    for (const ActorCount &a : std::as_const(m_data.actors))
        widest = std::max(widest, metrics.horizontalAdvance(a.name) + 2);
    m_nameWidth = std::max(m_nameWidth, std::min({ widest, size.width() * 0.45, qreal(kMaxNameWidth) }));
}

std::optional<ActorId> ActorsChart::actorAt(int index) const
{
    const qsizetype n = m_data.actors.size();
    if (index < 0 || index >= n)
        return std::nullopt;
    return m_data.actors.at(n - 1 - index).actor;
}

QStringList ActorsChart::categoryLabels() const
{
    const QFontMetrics metrics(m_style.labelFont());
    QStringList labels;
    QSet<QString> seen;
    // Bottom-up: the most active actor is the last category, drawn at the top.
    for (qsizetype i = m_data.actors.size() - 1; i >= 0; --i) {
        QString label = metrics.elidedText(m_data.actors.at(i).name, Qt::ElideRight, qRound(m_nameWidth));
        // Two long names may shorten to the same text; categories must stay distinct.
        while (seen.contains(label))
            label += QChar(0x200B);
        seen.insert(label);
        labels.append(label);
    }
    return labels;
}

std::unique_ptr<QChart> ActorsChart::create() const
{
    auto chart = std::make_unique<QChart>();
    m_style.apply(chart.get());
    chart->setTitle(m_data.otherActors > 0 ? tr("Events per actor (top %1 of %2)")
                                                 .arg(m_data.actors.size())
                                                 .arg(m_data.actors.size() + m_data.otherActors)
                                           : tr("Events per actor"));

    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Events"));
    qint64 max = 0;
    for (qsizetype i = m_data.actors.size() - 1; i >= 0; --i) {
        set->append(static_cast<qreal>(m_data.actors.at(i).events));
        max = std::max(max, m_data.actors.at(i).events);
    }
    const QColor fill = m_style.seriesColour(4);
    set->setColor(fill);
    set->setBorderColor(fill.darker(130));
    set->setLabelColor(m_style.textColour());
    set->setLabelFont(m_style.labelFont());
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);
    chart->addSeries(series);

    auto *y = new QBarCategoryAxis;
    y->append(categoryLabels());
    m_style.styleAxis(y);
    y->setGridLineVisible(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    auto *x = new QValueAxis;
    // Room past the longest bar for its count.
    m_style.setUpCountAxis(x, max + std::max<qint64>(1, max / 10), tr("Events"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);

    chart->legend()->setVisible(false);
    return chart;
}

} // namespace entente
