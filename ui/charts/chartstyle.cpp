#include "chartstyle.h"

#include "axisfit.h"

#include <QApplication>
#include <QChart>
#include <QGraphicsLayout>
#include <QLocale>
#include <QPalette>
#include <QValueAxis>

namespace entente {

ChartStyle::ChartStyle(Theme theme)
    : m_theme(theme)
{ }

std::optional<ChartStyle> ChartStyle::fromName(const QString &name)
{
    if (name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return ChartStyle(Theme::Light);
    if (name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return ChartStyle(Theme::Dark);
    return std::nullopt;
}

ChartStyle ChartStyle::fromApplicationPalette()
{
    const QColor window = QApplication::palette().color(QPalette::Window);
    return ChartStyle(window.lightness() < 128 ? Theme::Dark : Theme::Light);
}

QString ChartStyle::name() const
{
    return m_theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

const QList<QColor> &ChartStyle::okabeIto()
{
    static const QList<QColor> colours {
        QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42),
        QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x00, 0x00, 0x00),
    };
    return colours;
}

QColor ChartStyle::seriesColour(qsizetype index) const
{
    // Seven colours for seven series; "Other" gets grey (and black would vanish on dark).
    return okabeIto().at(index % 7);
}

QColor ChartStyle::otherColour() const
{
    return m_theme == Theme::Dark ? QColor(0x8C, 0x8C, 0x8C) : QColor(0xA6, 0xA6, 0xA6);
}

QBrush ChartStyle::statusBrush(ClaimStatus status) const
{
    // Confirmed is solid; the less certain a claim, the sparser its pattern. The colours are
    // Okabe–Ito too, and the bars carry their names, so neither colour nor pattern stands alone.
    switch (status) {
    case ClaimStatus::Confirmed:
        return QBrush(okabeIto().at(2), Qt::SolidPattern);
    case ClaimStatus::Reported:
        return QBrush(okabeIto().at(4), Qt::Dense3Pattern);
    case ClaimStatus::Alleged:
        return QBrush(okabeIto().at(0), Qt::BDiagPattern);
    case ClaimStatus::Disputed:
        return QBrush(okabeIto().at(6), Qt::CrossPattern);
    case ClaimStatus::Denied:
        return QBrush(okabeIto().at(5), Qt::DiagCrossPattern);
    }
    return {};
}

QColor ChartStyle::textColour() const
{
    return m_theme == Theme::Dark ? QColor(0xEE, 0xEE, 0xEE) : QColor(0x20, 0x20, 0x20);
}

QColor ChartStyle::gridColour() const
{
    return m_theme == Theme::Dark ? QColor(0x55, 0x55, 0x55) : QColor(0xDD, 0xDD, 0xDD);
}

QFont ChartStyle::labelFont() const
{
    QFont f = QApplication::font();
    f.setPointSizeF(9);
    return f;
}

QFont ChartStyle::titleFont() const
{
    QFont f = QApplication::font();
    f.setPointSizeF(12);
    f.setBold(true);
    return f;
}

void ChartStyle::apply(QChart *chart) const
{
    chart->setTheme(m_theme == Theme::Dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // Exports and the headless renderer must not catch a bar half-way through an animation.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitleFont(titleFont());
    chart->setTitleBrush(textColour());
    chart->legend()->setFont(labelFont());
    chart->legend()->setLabelColor(textColour());
    chart->setMargins(QMargins(8, 8, 16, 8));
    chart->setBackgroundRoundness(0);
    // Counts as the reader's language writes them: "359,142", not "359142" (a picture sets its
    // own language's locale).
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    // The chart's background fills its whole rectangle: no transparent frame around exports.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // Axis text is thinned to fit whatever size the chart is drawn at, never cut to "...".
    AxisFit::keepFitted(chart);
}

void ChartStyle::styleAxis(QAbstractAxis *axis) const
{
    axis->setLabelsFont(labelFont());
    axis->setLabelsColor(textColour());
    axis->setTitleBrush(textColour());
    QFont title = labelFont();
    title.setBold(true);
    axis->setTitleFont(title);
    axis->setGridLineColor(gridColour());
    axis->setLinePenColor(gridColour());
}

void ChartStyle::setUpCountAxis(QValueAxis *axis, qint64 max, const QString &title) const
{
    styleAxis(axis);
    // At most about six intervals; AxisFit takes fewer when the chart is too small for them.
    AxisFit::setCount(axis, max, 7);
    axis->setTitleText(title);
}

} // namespace entente
