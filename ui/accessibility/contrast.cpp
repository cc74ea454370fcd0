#include "contrast.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace entente::Contrast {

namespace {

double channel(float c)
{
    return c <= 0.03928F ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

double luminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor adjusted(const QColor &colour, const QColor &background, const QColor &otherBackground, double minimum)
{
    const auto enough
        = [&](const QColor &c) { return ratio(c, background) >= minimum && ratio(c, otherBackground) >= minimum; };
    if (!colour.isValid() || enough(colour))
        return colour;
    const bool darken = luminance(background) > 0.18;
    QColor c = colour.toHsl();
    const float h = c.hslHueF();
    const float s = c.hslSaturationF();
    float l = c.lightnessF();
    // Steps of 1 % lightness: the first colour that passes, so the hue still reads as itself.
    for (int i = 0; i < 100 && !enough(c); ++i) {
        l = std::clamp(l + (darken ? -0.01F : 0.01F), 0.0F, 1.0F);
        c = QColor::fromHslF(h, s, l, colour.alphaF());
    }
    return c.toRgb();
}

QColor readable(const QColor &colour, const QColor &background, const QColor &otherBackground, double minimum)
{
    // Renderers ask this for every mark they draw: remember recent answers per thread in a small
    // direct-mapped table rather than recomputing luminances each time.
    struct Entry
    {
        QRgb colour = 0, background = 0, other = 0;
        double minimum = -1;
        QColor result;
    };
    thread_local std::array<Entry, 64> cache;
    const QRgb c = colour.rgba(), b = background.rgba(), o = otherBackground.rgba();
    Entry &e = cache[(c ^ (b * 31U) ^ (o * 131U) ^ static_cast<QRgb>(minimum * 8)) % cache.size()];
    if (e.minimum != minimum || e.colour != c || e.background != b || e.other != o || !colour.isValid())
        e = { c, b, o, minimum, adjusted(colour, background, otherBackground, minimum) };
    return e.result;
}

} // namespace entente::Contrast
