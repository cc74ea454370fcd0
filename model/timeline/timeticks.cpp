#include "timeticks.h"

#include "fuzzydate.h"

#include <QCoreApplication>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr double kYear = 365.2425 * kDay;

// Years per step for the year-based units; 0 for the others.
int yearStep(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Century:
        return 100;
    case TickUnit::HalfCentury:
        return 50;
    case TickUnit::TwoDecades:
        return 20;
    case TickUnit::Decade:
        return 10;
    case TickUnit::FiveYears:
        return 5;
    case TickUnit::TwoYears:
        return 2;
    case TickUnit::Year:
        return 1;
    default:
        return 0;
    }
}

double approximateSeconds(TickUnit unit)
{
    if (const int years = yearStep(unit))
        return years * kYear;
    switch (unit) {
    case TickUnit::Quarter:
        return kYear / 4;
    case TickUnit::Month:
        return kYear / 12;
    case TickUnit::HalfMonth:
        return kYear / 24;
    case TickUnit::Day:
        return kDay;
    case TickUnit::SixHours:
        return 6 * 3600;
    case TickUnit::ThreeHours:
        return 3 * 3600;
    default:
        return 3600;
    }
}

int floorDiv(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// Drops labels that would touch the one before them; the first label always stays.
void thin(QList<Tick> &ticks, const TimeTicks::Measure &measure, double gap)
{
    double lastRight = -1e300;
    for (Tick &t : ticks) {
        if (t.label.isEmpty())
            continue;
        const double left = t.x + 3;
        if (left < lastRight + gap) {
            t.label.clear();
            continue;
        }
        lastRight = left + measure(t.label);
    }
}

} // namespace

TimeTicks::Civil TimeTicks::civil(std::int64_t seconds)
{
    // Howard Hinnant's civil_from_days.
    std::int64_t days = seconds >= 0 ? seconds / kDay : -((-seconds + kDay - 1) / kDay);
    const std::int64_t secOfDay = seconds - days * kDay;
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    Civil c;
    c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    c.year = static_cast<int>(yoe + era * 400 + (c.month <= 2 ? 1 : 0));
    c.hour = static_cast<int>(secOfDay / 3600);
    c.minute = static_cast<int>(secOfDay % 3600 / 60);
    return c;
}

std::int64_t TimeTicks::seconds(int year, int month, int day, int hour)
{
    // Normalise months past the end of the year so callers can step freely.
    year += floorDiv(month - 1, 12);
    month = (month - 1) - floorDiv(month - 1, 12) * 12 + 1;
    return FuzzyDate::daysFromCivil(year, month, 1) * kDay + std::int64_t(day - 1) * kDay + std::int64_t(hour) * 3600;
}

QString TimeTicks::yearText(int year)
{
    if (year > 0)
        return QString::number(year);
    return QCoreApplication::translate("entente::TimeTicks", "%1 BCE").arg(1 - year);
}

QList<std::int64_t> TimeTicks::ticks(TickUnit unit, double from, double to)
{
    QList<std::int64_t> out;
    if (!(to > from))
        return out;
    const auto first = static_cast<std::int64_t>(std::floor(from));
    const Civil c = civil(first);
    if (const int step = yearStep(unit)) {
        for (int y = floorDiv(c.year, step) * step;; y += step) {
            const std::int64_t s = seconds(y);
            if (s >= to)
                break;
            if (s >= from)
                out.append(s);
        }
        return out;
    }
    switch (unit) {
    case TickUnit::Quarter:
    case TickUnit::Month: {
        const int step = unit == TickUnit::Quarter ? 3 : 1;
        for (int m = (c.month - 1) / step * step + 1;; m += step) {
            const std::int64_t s = seconds(c.year, m);
            if (s >= to)
                break;
            if (s >= from)
                out.append(s);
        }
        return out;
    }
    case TickUnit::HalfMonth:
        for (int m = c.month;; ++m) {
            const std::int64_t s1 = seconds(c.year, m, 1);
            if (s1 >= to)
                break;
            if (s1 >= from)
                out.append(s1);
            const std::int64_t s16 = seconds(c.year, m, 16);
            if (s16 >= from && s16 < to)
                out.append(s16);
        }
        return out;
    default: {
        const auto step = static_cast<std::int64_t>(approximateSeconds(unit));
        const std::int64_t dayStart = seconds(c.year, c.month, c.day);
        for (std::int64_t s = dayStart; s < to; s += step) {
            if (s >= from)
                out.append(s);
        }
        return out;
    }
    }
}

QString TimeTicks::label(TickUnit unit, std::int64_t s, const QLocale &locale)
{
    const Civil c = civil(s);
    if (yearStep(unit))
        return yearText(c.year);
    switch (unit) {
    case TickUnit::Quarter:
    case TickUnit::Month:
        return locale.standaloneMonthName(c.month, QLocale::ShortFormat);
    case TickUnit::HalfMonth:
    case TickUnit::Day:
        return locale.toString(c.day);
    default:
        return locale.toString(QTime(c.hour, c.minute), QLocale::ShortFormat);
    }
}

QString TimeTicks::contextLabel(TickUnit unit, std::int64_t s, const QLocale &locale)
{
    const Civil c = civil(s);
    switch (unit) {
    case TickUnit::Quarter:
    case TickUnit::Month:
        return yearText(c.year);
    case TickUnit::HalfMonth:
    case TickUnit::Day:
        return FuzzyDate::month(c.year, c.month).toDisplayString(locale);
    case TickUnit::SixHours:
    case TickUnit::ThreeHours:
    case TickUnit::Hour:
        return FuzzyDate::day(c.year, c.month, c.day).toDisplayString(locale);
    default:
        return QString();
    }
}

TickSet TimeTicks::generate(double from, double to, double width, const Measure &measure, const QLocale &locale,
                            double gap)
{
    TickSet set;
    if (!(to > from) || width <= 0)
        return set;
    const double scale = width / (to - from);
    auto build = [&](TickUnit unit) {
        QList<Tick> out;
        for (std::int64_t s : ticks(unit, from, to))
            out.append({ s, (static_cast<double>(s) - from) * scale, label(unit, s, locale) });
        return out;
    };
    auto fits = [&](const QList<Tick> &ts) {
        for (qsizetype i = 1; i < ts.size(); ++i) {
            if (ts[i - 1].x + 3 + measure(ts[i - 1].label) + gap > ts[i].x + 3)
                return false;
        }
        return true;
    };
    // From the finest unit up: the first whose labels all fit wins. Units that would give more
    // ticks than pixels are skipped without generating them.
    bool found = false;
    for (int u = static_cast<int>(TickUnit::Hour); u >= 0; --u) {
        const auto unit = static_cast<TickUnit>(u);
        if ((to - from) / approximateSeconds(unit) > width / 8)
            continue;
        QList<Tick> candidate = build(unit);
        set.unit = unit;
        if (fits(candidate)) {
            set.major = std::move(candidate);
            found = true;
            break;
        }
    }
    if (!found) {
        // Wider than centuries can label: keep every century tick, label those with room.
        set.unit = TickUnit::Century;
        set.major = build(TickUnit::Century);
        thin(set.major, measure, gap);
    }
    const TickUnit contextUnit = set.unit <= TickUnit::Year ? set.unit
        : set.unit <= TickUnit::Month                       ? TickUnit::Year
        : set.unit <= TickUnit::Day                         ? TickUnit::Month
                                                            : TickUnit::Day;
    if (contextUnit != set.unit) {
        // The period the left edge falls in is named at the edge, so the context never scrolls away.
        const Civil c = civil(static_cast<std::int64_t>(std::floor(from)));
        const std::int64_t edge = contextUnit == TickUnit::Year ? seconds(c.year)
            : contextUnit == TickUnit::Month                    ? seconds(c.year, c.month)
                                                                : seconds(c.year, c.month, c.day);
        set.context.append({ edge, 0, contextLabel(set.unit, edge, locale) });
        for (std::int64_t s : ticks(contextUnit, from, to)) {
            if (s == edge)
                continue;
            set.context.append({ s, (static_cast<double>(s) - from) * scale, contextLabel(set.unit, s, locale) });
        }
        // A boundary close to the edge hides the pinned edge label rather than overlapping it.
        if (set.context.size() > 1 && set.context[1].x < 3 + measure(set.context[0].label) + gap)
            set.context.removeFirst();
        thin(set.context, measure, gap);
    }
    return set;
}

} // namespace entente
