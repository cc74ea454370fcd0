#include "timelineclusterbatch.h"

#include <QPainter>

#include <algorithm>

namespace entente {

bool TimelineClusterBatch::add(const TimelineTheme &theme, const QColor &colour, const QRectF &rect, double strength)
{
    QColor fill = colour;
    const double alpha = 0.25 + 0.6 * strength;
    fill.setAlphaF(static_cast<float>(alpha));
    const QRect box = rect.toRect();
    m_fills.push_back({ fill.rgba64(), box });
    // The outline as four thin boxes: filled, an opaque colour is a plain store of pixels, where
    // a pen's outline went through the line stroker (half the time of all clusters).
    const quint64 edge = colour.rgba64();
    const int w = box.width();
    const int h = box.height();
    m_outlines.push_back({ edge, QRect(box.left(), box.top(), w, 1) });
    if (h > 1)
        m_outlines.push_back({ edge, QRect(box.left(), box.bottom(), w, 1) });
    if (h > 2) {
        m_outlines.push_back({ edge, QRect(box.left(), box.top() + 1, 1, h - 2) });
        if (w > 1)
            m_outlines.push_back({ edge, QRect(box.right(), box.top() + 1, 1, h - 2) });
    }
    // The count goes on the blend of fill and background: light text on a dark blend.
    const QColor &bg = theme.background;
    const double lum = (colour.redF() * alpha + bg.redF() * (1 - alpha)) * 0.299
        + (colour.greenF() * alpha + bg.greenF() * (1 - alpha)) * 0.587
        + (colour.blueF() * alpha + bg.blueF() * (1 - alpha)) * 0.114;
    return lum <= 0.55;
}

void TimelineClusterBatch::flush(QPainter &p)
{
    auto byColour = [](const Box &a, const Box &b) { return a.rgba < b.rgba; };
    // Runs of one colour, each drawn with a single call.
    auto draw = [this, &p](std::vector<Box> &boxes, auto &&setColour) {
        for (std::size_t i = 0; i < boxes.size();) {
            std::size_t j = i;
            m_run.clear();
            for (; j < boxes.size() && boxes[j].rgba == boxes[i].rgba; ++j)
                m_run.push_back(boxes[j].rect);
            setColour(QColor(QRgba64::fromRgba64(boxes[i].rgba)));
            p.drawRects(m_run.data(), static_cast<int>(m_run.size()));
            i = j;
        }
    };
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    std::sort(m_fills.begin(), m_fills.end(), byColour);
    p.setPen(Qt::NoPen);
    draw(m_fills, [&p](const QColor &c) { p.setBrush(c); });
    std::sort(m_outlines.begin(), m_outlines.end(), byColour);
    draw(m_outlines, [&p](const QColor &c) { p.setBrush(c); });
    p.restore();
    m_fills.clear();
    m_outlines.clear();
}

} // namespace entente
