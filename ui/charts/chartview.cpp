#include "chartview.h"

#include <QAbstractSeries>
#include <QMouseEvent>
#include <QRubberBand>

namespace entente {

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
}

QRect ChartView::plotRectInViewport() const
{
    if (!chart())
        return {};
    const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
    return mapFromScene(plot).boundingRect();
}

bool ChartView::inPlot(const QPoint &viewportPos) const
{
    return plotRectInViewport().contains(viewportPos);
}

qreal ChartView::valueAt(const QPoint &viewportPos) const
{
    if (!chart() || chart()->series().isEmpty())
        return 0;
    const QPointF inChart = chart()->mapFromScene(mapToScene(viewportPos));
    return chart()->mapToValue(inChart, chart()->series().constFirst()).x();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (m_rangeSelection && event->button() == Qt::LeftButton && inPlot(event->position().toPoint())) {
        m_dragging = true;
        m_origin = event->position().toPoint();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const QRect plot = plotRectInViewport();
        const int x = std::clamp(event->position().toPoint().x(), plot.left(), plot.right());
        if (std::abs(x - m_origin.x()) >= kDragThreshold) {
            if (!m_band)
                m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
            m_band->setGeometry(
                QRect(QPoint(std::min(x, m_origin.x()), plot.top()), QPoint(std::max(x, m_origin.x()), plot.bottom())));
            m_band->show();
        }
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        if (m_band)
            m_band->hide();
        const QPoint end = event->position().toPoint();
        if (std::abs(end.x() - m_origin.x()) >= kDragThreshold) {
            const qreal a = valueAt(m_origin);
            const qreal b = valueAt(end);
            emit rangeSelected(std::min(a, b), std::max(a, b));
        } else {
            emit plotClicked(valueAt(m_origin));
        }
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

} // namespace entente
