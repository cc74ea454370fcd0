#pragma once

#include <QColor>

namespace entente {

// WCAG 2.x contrast: relative luminance and the ratio between two colours, from 1:1 to 21:1.
// AA asks 4.5:1 for text, 3:1 for large text and for graphics that carry meaning (marks, lines).
namespace Contrast {

constexpr double kText = 4.5;
constexpr double kGraphics = 3.0;

double luminance(const QColor &colour);
double ratio(const QColor &a, const QColor &b);
// `colour` with its hue kept, darkened (on a light background) or lightened (on a dark one)
// just enough to reach `minimum` against both backgrounds; unchanged when it already does.
QColor readable(const QColor &colour, const QColor &background, const QColor &otherBackground, double minimum);

} // namespace Contrast

} // namespace entente
