#include "focusframe.h"

#include <QPainter>
#include <QPalette>

namespace entente {

void paintFocusFrame(QPainter &painter, const QRect &rect, const QPalette &palette)
{
    painter.save();
    painter.resetTransform();
    painter.setClipping(false);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.color(QPalette::Active, QPalette::Highlight));
    // Four bars rather than a stroked rectangle: whole pixels on every side at any device ratio.
    const int w = kFocusFrameWidth;
    painter.drawRect(QRect(rect.left(), rect.top(), rect.width(), w));
    painter.drawRect(QRect(rect.left(), rect.bottom() - w + 1, rect.width(), w));
    painter.drawRect(QRect(rect.left(), rect.top() + w, w, rect.height() - 2 * w));
    painter.drawRect(QRect(rect.right() - w + 1, rect.top() + w, w, rect.height() - 2 * w));
    painter.restore();
}

} // namespace entente
