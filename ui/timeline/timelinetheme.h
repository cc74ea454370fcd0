#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace entente {

// The colours of the timeline. Actor colours come from the Okabe–Ito palette, which stays
// distinguishable for the common forms of colour blindness; past eight actors it repeats with
// a lighter and a darker variant.
struct TimelineTheme
{
    enum class Kind { Light, Dark };

    Kind kind = Kind::Light;
    QColor background;
    QColor laneStripe; // every other lane
    QColor headerBackground;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axisBackground;
    QColor today;
    QColor selection;
    QColor hover;
    QColor strip;
    QColor stripWindow;
    QColor connector;
    QColor markOutlineFill; // the inside of outline-only marks

    static TimelineTheme light();
    static TimelineTheme dark();
    static TimelineTheme named(Kind kind) { return kind == Kind::Dark ? dark() : light(); }
    static std::optional<Kind> kindFromKey(QStringView key);

    // The colour for the n-th lane (or an explicit colour when the record has one).
    QColor laneColour(int n, const QColor &own = QColor()) const;
    // The same before the contrast adjustment: the palette's own colour.
    QColor paletteColour(int n, const QColor &own = QColor()) const;
    // A colour for the n-th era band.
    QColor eraColour(int n, const QColor &own = QColor()) const;

    static const QList<QColor> &okabeIto();
};

} // namespace entente
