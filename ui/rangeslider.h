#pragma once

#include <QWidget>

namespace entente {

// A slider with two handles over [minimum, maximum] (here: seconds since the epoch), for the
// filter's date range. Keyboard: Left/Right move the focused handle, Tab moves between handles.
class RangeSlider final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangeSlider)

public:
    explicit RangeSlider(QWidget *parent = nullptr);

    void setRange(qint64 minimum, qint64 maximum);
    void setValues(qint64 lower, qint64 upper);
    qint64 minimum() const { return m_min; }
    qint64 maximum() const { return m_max; }
    qint64 lower() const { return m_lower; }
    qint64 upper() const { return m_upper; }
    // True when the handles cover the whole range, so no date filter applies.
    bool isFull() const { return m_lower <= m_min && m_upper >= m_max; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // Emitted while dragging and on key presses.
    void valuesChanged(qint64 lower, qint64 upper);
    // Emitted when a drag ends or a key moved a handle: the moment to refilter.
    void valuesCommitted(qint64 lower, qint64 upper);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    enum Handle { None, Lower, Upper };
    double xOf(qint64 value) const;
    qint64 valueAt(double x) const;
    QRectF handleRect(Handle h) const;
    void moveHandle(Handle h, qint64 value);

    qint64 m_min = 0;
    qint64 m_max = 1;
    qint64 m_lower = 0;
    qint64 m_upper = 1;
    Handle m_dragging = None;
    Handle m_focus = Lower;
};

} // namespace entente
