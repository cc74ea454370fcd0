#include "rangeslider.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOption>

#include <algorithm>

namespace entente {

namespace {
constexpr double kHandle = 12.0;
constexpr double kMargin = kHandle / 2 + 2;
} // namespace

RangeSlider::RangeSlider(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Date range"));
}

QSize RangeSlider::sizeHint() const
{
    return { 200, 22 };
}

QSize RangeSlider::minimumSizeHint() const
{
    return { 80, 22 };
}

void RangeSlider::setRange(qint64 minimum, qint64 maximum)
{
    m_min = minimum;
    m_max = std::max(maximum, minimum + 1);
    m_lower = std::clamp(m_lower, m_min, m_max);
    m_upper = std::clamp(m_upper, m_min, m_max);
    update();
}

void RangeSlider::setValues(qint64 lower, qint64 upper)
{
    m_lower = std::clamp(std::min(lower, upper), m_min, m_max);
    m_upper = std::clamp(std::max(lower, upper), m_min, m_max);
    update();
}

double RangeSlider::xOf(qint64 value) const
{
    const double w = width() - 2 * kMargin;
    return kMargin + w * static_cast<double>(value - m_min) / static_cast<double>(m_max - m_min);
}

qint64 RangeSlider::valueAt(double x) const
{
    const double w = std::max(1.0, width() - 2 * kMargin);
    const double f = std::clamp((x - kMargin) / w, 0.0, 1.0);
    return m_min + static_cast<qint64>(f * static_cast<double>(m_max - m_min));
}

QRectF RangeSlider::handleRect(Handle h) const
{
    const double x = xOf(h == Lower ? m_lower : m_upper);
    return { x - kHandle / 2, height() / 2.0 - kHandle / 2, kHandle, kHandle };
}

void RangeSlider::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const double y = height() / 2.0;
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::Mid));
    p.drawRoundedRect(QRectF(kMargin, y - 2, width() - 2 * kMargin, 4), 2, 2);
    p.setBrush(pal.color(QPalette::Highlight));
    p.drawRect(QRectF(xOf(m_lower), y - 2, xOf(m_upper) - xOf(m_lower), 4));
    for (Handle h : { Lower, Upper }) {
        p.setBrush(pal.color(QPalette::Button));
        p.setPen(QPen(hasFocus() && m_focus == h ? pal.color(QPalette::Highlight) : pal.color(QPalette::Dark),
                      hasFocus() && m_focus == h ? 2 : 1));
        p.drawEllipse(handleRect(h));
    }
}

void RangeSlider::mousePressEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    // The nearer handle follows the pointer.
    m_dragging = std::abs(x - xOf(m_lower)) <= std::abs(x - xOf(m_upper)) ? Lower : Upper;
    if (m_lower == m_upper)
        m_dragging = x < xOf(m_lower) ? Lower : Upper;
    m_focus = m_dragging;
    moveHandle(m_dragging, valueAt(x));
}

void RangeSlider::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging != None)
        moveHandle(m_dragging, valueAt(event->position().x()));
}

void RangeSlider::mouseReleaseEvent(QMouseEvent *)
{
    if (m_dragging != None)
        emit valuesCommitted(m_lower, m_upper);
    m_dragging = None;
}

void RangeSlider::moveHandle(Handle h, qint64 value)
{
    if (h == Lower)
        m_lower = std::clamp(value, m_min, m_upper);
    else
        m_upper = std::clamp(value, m_lower, m_max);
    update();
    emit valuesChanged(m_lower, m_upper);
}

void RangeSlider::keyPressEvent(QKeyEvent *event)
{
    const qint64 step = std::max<qint64>(1, (m_max - m_min) / 50);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Down:
        moveHandle(m_focus, (m_focus == Lower ? m_lower : m_upper) - step);
        break;
    case Qt::Key_Right:
    case Qt::Key_Up:
        moveHandle(m_focus, (m_focus == Lower ? m_lower : m_upper) + step);
        break;
    case Qt::Key_Home:
        moveHandle(m_focus, m_min);
        break;
    case Qt::Key_End:
        moveHandle(m_focus, m_max);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    emit valuesCommitted(m_lower, m_upper);
}

bool RangeSlider::focusNextPrevChild(bool next)
{
    // Tab goes from the lower handle to the upper one before leaving the slider.
    if (next && m_focus == Lower) {
        m_focus = Upper;
        update();
        return true;
    }
    if (!next && m_focus == Upper) {
        m_focus = Lower;
        update();
        return true;
    }
    m_focus = next ? Lower : Upper;
    return QWidget::focusNextPrevChild(next);
}

} // namespace entente
