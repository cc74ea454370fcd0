#pragma once

#include <QChartView>

QT_BEGIN_NAMESPACE
class QRubberBand;
QT_END_NAMESPACE

namespace entente {

// A chart view that can report a horizontal drag across its plot (in the x axis's values)
// instead of zooming, and a plain click on the plot. Qt Charts' own rubber band zooms the
// chart, which is not what dragging across the time chart means here.
class ChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    explicit ChartView(QWidget *parent = nullptr);

    // When on, a drag across the plot emits rangeSelected and a click emits plotClicked.
    void setRangeSelection(bool on) { m_rangeSelection = on; }
    bool rangeSelection() const { return m_rangeSelection; }

    // The x value (the axis's own units) under a point of the viewport.
    qreal valueAt(const QPoint &viewportPos) const;

    // Drags shorter than this many pixels are clicks.
    static constexpr int kDragThreshold = 6;

signals:
    void rangeSelected(qreal fromX, qreal toX);
    void plotClicked(qreal x);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    bool inPlot(const QPoint &viewportPos) const;
    QRect plotRectInViewport() const;

    bool m_rangeSelection = false;
    bool m_dragging = false;
    QPoint m_origin;
    QRubberBand *m_band = nullptr;
};

} // namespace entente
