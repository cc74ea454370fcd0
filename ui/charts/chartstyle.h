#pragma once

#include "claimstatus.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace entente {

// How the charts look: Qt Charts' light or dark theme, the Okabe–Ito palette for series (safe
// for the common colour-vision deficiencies) and, for claim statuses, a pattern as well as a
// colour so no status is told by colour alone.
class ChartStyle
{
public:
    enum class Theme { Light, Dark };

    explicit ChartStyle(Theme theme = Theme::Light);
    // "light" or "dark"; nullopt for anything else.
    static std::optional<ChartStyle> fromName(const QString &name);
    // The theme matching the application's palette.
    static ChartStyle fromApplicationPalette();

    Theme theme() const { return m_theme; }
    QString name() const;

    // The i-th series colour (Okabe–Ito, black left out because it vanishes on the dark theme).
    QColor seriesColour(qsizetype index) const;
    // The colour of the folded "Other" series.
    QColor otherColour() const;
    QBrush statusBrush(ClaimStatus status) const;
    QColor textColour() const;
    QColor gridColour() const;

    // Applies the theme, fonts and margins to a new chart.
    void apply(QChart *chart) const;
    QFont labelFont() const;
    QFont titleFont() const;

    // Styles an axis's labels, line and grid for the theme.
    void styleAxis(QAbstractAxis *axis) const;
    // A count axis from 0 with whole-number ticks (never "0.5 events").
    void setUpCountAxis(QValueAxis *axis, qint64 max, const QString &title) const;

    static const QList<QColor> &okabeIto();

private:
    Theme m_theme;
};

} // namespace entente
