#include "graphmetricstable.h"

#include "graphmetricsmodel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QSortFilterProxyModel>

#include <array>

namespace entente {

namespace {

constexpr int kNameMinimum = 120; // pixels: below this a name says nothing
constexpr int kCellPadding = 14;

} // namespace

GraphMetricsTable::GraphMetricsTable(GraphMetricsModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the columns are fitted instead
    verticalHeader()->hide();
    // Rows a line of text high: the style's default is nearly twice that.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(GraphMetricsModel::Name, QHeaderView::Stretch);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setHighlightSections(false);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GraphMetricsTable::fitColumns);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &GraphMetricsTable::fitColumns);
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &GraphMetricsTable::fitColumns);
    setMetric(GraphMetric::Degree);
}

int GraphMetricsTable::columnOf(GraphMetric metric)
{
    switch (metric) {
    case GraphMetric::Degree:
        return GraphMetricsModel::Degree;
    case GraphMetric::WeightedDegree:
        return GraphMetricsModel::WeightedDegree;
    case GraphMetric::Betweenness:
        return GraphMetricsModel::Betweenness;
    case GraphMetric::Community:
        return GraphMetricsModel::Community;
    }
    return GraphMetricsModel::Degree;
}

void GraphMetricsTable::setMetric(GraphMetric metric)
{
    m_metric = metric;
    sortByColumn(columnOf(metric), metric == GraphMetric::Community ? Qt::AscendingOrder : Qt::DescendingOrder);
    fitColumns();
}

int GraphMetricsTable::wantedWidth(int column) const
{
    // The header's text (with the style's padding and room for the sort arrow), or the widest
    // value, whichever is wider.
    const QString header = m_model->headerData(column, Qt::Horizontal).toString();
    const bool sorted = horizontalHeader()->sortIndicatorSection() == column;
    int width = QFontMetrics(horizontalHeader()->font()).horizontalAdvance(header) + kCellPadding + (sorted ? 16 : 0);
    const QFontMetrics cellMetrics(font());
    const int rows = std::min(m_model->rowCount(), 500);
    for (int row = 0; row < rows; ++row)
        width = std::max(width,
                         cellMetrics.horizontalAdvance(m_model->index(row, column).data().toString()) + kCellPadding);
    return width;
}

void GraphMetricsTable::fitColumns()
{
    QHeaderView *header = horizontalHeader();
    const int metricColumn = columnOf(m_metric);
    // The order columns give way in when the width runs short.
    std::array<int, 5> yielding { GraphMetricsModel::Kind, GraphMetricsModel::Community, GraphMetricsModel::Betweenness,
                                  GraphMetricsModel::WeightedDegree, GraphMetricsModel::Degree };
    const int available = viewport()->width();
    int used = kNameMinimum;
    QList<int> shown;
    for (int column = GraphMetricsModel::Kind; column < GraphMetricsModel::ColumnCount; ++column)
        shown.append(column);
    QHash<int, int> widths;
    for (int column : std::as_const(shown)) {
        widths.insert(column, wantedWidth(column));
        used += widths.value(column);
    }
    for (int column : yielding) {
        if (used <= available)
            break;
        if (column == metricColumn)
            continue;
        shown.removeAll(column);
        used -= widths.value(column);
    }
    for (int column = GraphMetricsModel::Kind; column < GraphMetricsModel::ColumnCount; ++column) {
        const bool show = shown.contains(column);
        header->setSectionHidden(column, !show);
        if (show)
            header->resizeSection(column, widths.value(column));
    }
}

void GraphMetricsTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

} // namespace entente
