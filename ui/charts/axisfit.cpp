#include "axisfit.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLocale>
#include <QScopeGuard>
#include <QValueAxis>

#include <cmath>

namespace entente {

namespace {

// Qt Charts gives each label its share of the axis less 4 px of padding on either side, and
// measures text in a text item with half a pixel of margin: the room a label needs beyond its
// glyphs, with a few pixels to spare for rounding and leading.
constexpr qreal kLabelRoom = 8 + 1 + 3;
constexpr int kMostCountLabels = 7;
const char *const kCountMaxProperty = "ententeCountMax";

qreal textHeight(const QFont &font)
{
    return QFontMetricsF(font).height();
}

qreal widest(const QFont &font, const QStringList &texts)
{
    const QFontMetricsF metrics(font);
    qreal width = 0;
    for (const QString &text : texts)
        width = std::max(width, metrics.horizontalAdvance(text));
    return width;
}

// How many labels of `extent` (their height on a vertical axis, width on a horizontal one) fit
// side by side along `length`.
int labelsThatFit(qreal length, qreal extent)
{
    return static_cast<int>(std::floor(length / (extent + kLabelRoom)));
}

void fitCountAxis(const QChart *chart, QValueAxis *axis, qreal length, bool vertical)
{
    const QVariant stored = axis->property(kCountMaxProperty);
    if (!stored.isValid())
        return;
    const qint64 max = stored.toLongLong();
    // The widest number is the top one; on a vertical axis every number is one line high.
    int fitting = 0;
    for (int labels = kMostCountLabels; labels >= 2; --labels) {
        const double step = AxisFit::countStep(max, labels);
        const double top = std::max(step, std::ceil(static_cast<double>(max) / step) * step);
        const auto count = static_cast<int>(std::lround(top / step)) + 1;
        // Written as the chart writes it: "1,200,000" with its language's separators.
        const QString topText
            = chart->localizeNumbers() ? chart->locale().toString(static_cast<qint64>(top)) : QString::number(top);
        const qreal extent = vertical ? textHeight(axis->labelsFont()) : widest(axis->labelsFont(), { topText });
        if (count <= labelsThatFit(length, extent)) {
            fitting = labels;
            break;
        }
    }
    // Not even 0 and one step fit: no numbers rather than dots; the grid lines stay.
    axis->setLabelsVisible(fitting >= 2);
    AxisFit::setCount(axis, max, std::max(2, fitting));
}

void thinCategoryAxis(QCategoryAxis *axis, qreal length)
{
    const QStringList labels = axis->categoriesLabels();
    if (labels.size() < 2)
        return;
    const int fitting = std::max(1, labelsThatFit(length, widest(axis->labelsFont(), labels)) - 1);
    if (labels.size() <= fitting)
        return;
    // Every k-th label stays, at its own value: the buckets between lose only their names.
    const qsizetype k = (labels.size() + fitting - 1) / fitting;
    QList<std::pair<QString, qreal>> kept;
    for (qsizetype i = 0; i < labels.size(); i += k)
        kept.append({ labels.at(i), axis->endValue(labels.at(i)) });
    for (const QString &label : labels)
        axis->remove(label);
    for (const auto &[label, value] : std::as_const(kept))
        axis->append(label, value);
}

void standCategoriesOnEnd(QBarCategoryAxis *axis, qreal length)
{
    const QStringList categories = axis->categories();
    if (categories.isEmpty())
        return;
    const qreal share = length / static_cast<qreal>(categories.size() + 1);
    const bool sideBySide = widest(axis->labelsFont(), categories) + kLabelRoom <= share;
    axis->setLabelsAngle(sideBySide ? 0 : -90);
}

void fitTitle(QAbstractAxis *axis, qreal length)
{
    if (axis->titleText().isEmpty())
        return;
    const qreal width = QFontMetricsF(axis->titleFont()).horizontalAdvance(axis->titleText());
    axis->setTitleVisible(width + kLabelRoom <= length);
}

} // namespace

double AxisFit::countStep(qint64 max, int labels)
{
    // A step of 1, 2, 2.5 or 5 times a power of ten giving at most `labels` - 1 intervals.
    const int intervals = std::max(1, labels - 1);
    const double raw = std::max(1.0, static_cast<double>(max) / intervals);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    // 2.5 only from 10 up: a count never steps by halves.
    double step = magnitude;
    for (double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (m == 2.5 && magnitude < 10)
            continue;
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    return step;
}

void AxisFit::setCount(QValueAxis *axis, qint64 max, int labels)
{
    const double step = countStep(max, std::min(labels, kMostCountLabels));
    const double top = std::max(step, std::ceil(static_cast<double>(max) / step) * step);
    axis->setProperty(kCountMaxProperty, max);
    // Only what changed: each change lays the chart out again.
    if (axis->min() != 0 || axis->max() != top)
        axis->setRange(0, top);
    if (axis->tickType() != QValueAxis::TicksDynamic)
        axis->setTickType(QValueAxis::TicksDynamic);
    if (axis->tickAnchor() != 0)
        axis->setTickAnchor(0);
    if (axis->tickInterval() != step)
        axis->setTickInterval(step);
    // Whole numbers; "%.0f", as Qt Charts takes a format it writes in the chart's language
    // (localizeNumbers) only with a precision, and draws nothing for a bare "%d".
    if (axis->labelFormat() != QLatin1String("%.0f"))
        axis->setLabelFormat(QStringLiteral("%.0f"));
    if (axis->minorTickCount() != 0)
        axis->setMinorTickCount(0);
}

void AxisFit::fit(QChart *chart)
{
    const QRectF plot = chart->plotArea();
    if (plot.isEmpty())
        return;
    // A change below lays the chart out again at once, which calls here again: once is enough.
    static thread_local bool fitting = false;
    if (fitting)
        return;
    fitting = true;
    const auto done = qScopeGuard([] { fitting = false; });
    for (QAbstractAxis *axis : chart->axes()) {
        const bool vertical = axis->orientation() == Qt::Vertical;
        const qreal length = vertical ? plot.height() : plot.width();
        // A QCategoryAxis is a QValueAxis too: asked first.
        if (auto *category = qobject_cast<QCategoryAxis *>(axis)) {
            if (!vertical)
                thinCategoryAxis(category, length);
        } else if (auto *value = qobject_cast<QValueAxis *>(axis)) {
            fitCountAxis(chart, value, length, vertical);
        } else if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis); bars && !vertical) {
            standCategoriesOnEnd(bars, length);
        }
        fitTitle(axis, length);
    }
}

void AxisFit::keepFitted(QChart *chart)
{
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart] { fit(chart); });
}

} // namespace entente
