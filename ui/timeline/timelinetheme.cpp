#include "timelinetheme.h"

#include "accessibility/contrast.h"

namespace entente {

const QList<QColor> &TimelineTheme::okabeIto()
{
    // Okabe & Ito (2008), "Color Universal Design"; black is left out, it is the text colour.
    static const QList<QColor> colours = {
        QColor(0x00, 0x72, 0xB2), // blue
        QColor(0xE6, 0x9F, 0x00), // orange
        QColor(0x00, 0x9E, 0x73), // bluish green
        QColor(0xCC, 0x79, 0xA7), // reddish purple
        QColor(0x56, 0xB4, 0xE9), // sky blue
        QColor(0xD5, 0x5E, 0x00), // vermillion
        QColor(0xF0, 0xE4, 0x42), // yellow
        QColor(0x99, 0x99, 0x99), // grey
    };
    return colours;
}

TimelineTheme TimelineTheme::light()
{
    TimelineTheme t;
    t.kind = Kind::Light;
    t.background = QColor(0xff, 0xff, 0xff);
    t.laneStripe = QColor(0xf5, 0xf6, 0xf8);
    t.headerBackground = QColor(0xee, 0xf0, 0xf3);
    t.text = QColor(0x1d, 0x22, 0x2a);
    t.mutedText = QColor(0x5f, 0x66, 0x70);
    t.grid = QColor(0xdd, 0xe1, 0xe6);
    t.axisBackground = QColor(0xfa, 0xfa, 0xfb);
    t.today = QColor(0xB5, 0x4D, 0x00); // the "Today" label is white on it: 5.2:1
    t.selection = QColor(0x1d, 0x22, 0x2a);
    t.hover = QColor(0x00, 0x72, 0xB2);
    t.strip = QColor(0x8a, 0x94, 0xa3);
    t.stripWindow = QColor(0x00, 0x72, 0xB2);
    t.connector = QColor(0x6b, 0x73, 0x80);
    t.markOutlineFill = QColor(0xff, 0xff, 0xff);
    return t;
}

TimelineTheme TimelineTheme::dark()
{
    TimelineTheme t;
    t.kind = Kind::Dark;
    t.background = QColor(0x1b, 0x1e, 0x23);
    t.laneStripe = QColor(0x22, 0x26, 0x2c);
    t.headerBackground = QColor(0x26, 0x2a, 0x31);
    t.text = QColor(0xe6, 0xe8, 0xeb);
    t.mutedText = QColor(0xa0, 0xa6, 0xb0);
    t.grid = QColor(0x34, 0x39, 0x41);
    t.axisBackground = QColor(0x20, 0x23, 0x29);
    t.today = QColor(0xff, 0x8c, 0x42);
    t.selection = QColor(0xff, 0xff, 0xff);
    t.hover = QColor(0x56, 0xB4, 0xE9);
    t.strip = QColor(0x7d, 0x86, 0x94);
    t.stripWindow = QColor(0x56, 0xB4, 0xE9);
    t.connector = QColor(0x9a, 0xa2, 0xad);
    t.markOutlineFill = QColor(0x1b, 0x1e, 0x23);
    return t;
}

std::optional<TimelineTheme::Kind> TimelineTheme::kindFromKey(QStringView key)
{
    if (key == u"light")
        return Kind::Light;
    if (key == u"dark")
        return Kind::Dark;
    return std::nullopt;
}

QColor TimelineTheme::laneColour(int n, const QColor &own) const
{
    // Marks and lane labels are drawn in this colour: it keeps 3:1 against the lanes (WCAG AA
    // for graphics), so Okabe–Ito's orange, sky blue and yellow darken a little on white.
    return Contrast::readable(paletteColour(n, own), background, laneStripe, Contrast::kGraphics);
}

QColor TimelineTheme::paletteColour(int n, const QColor &own) const
{
    if (own.isValid())
        return own;
    const QList<QColor> &p = okabeIto();
    const QColor base = p[n % p.size()];
    const int round = (n / p.size()) % 3;
    if (round == 1)
        return base.lighter(135);
    if (round == 2)
        return base.darker(135);
    // The blue reads poorly on a dark background; lighten the darkest colours there.
    return kind == Kind::Dark && base.lightness() < 100 ? base.lighter(150) : base;
}

QColor TimelineTheme::eraColour(int n, const QColor &own) const
{
    QColor c = own.isValid() ? own : okabeIto()[(n + 2) % okabeIto().size()];
    c.setAlphaF(kind == Kind::Dark ? 0.16F : 0.10F);
    return c;
}

} // namespace entente
