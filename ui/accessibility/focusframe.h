#pragma once

class QPainter;
class QPalette;
class QRect;

namespace entente {

// The keyboard focus marker of the views that draw themselves (timeline, graph): a frame of
// kFocusFrameWidth pixels just inside `rect`, in the palette's highlight colour, so tabbing onto
// a view shows where the keys now go in the light and the dark theme alike.
inline constexpr int kFocusFrameWidth = 2;
void paintFocusFrame(QPainter &painter, const QRect &rect, const QPalette &palette);

} // namespace entente
