#include "timebucket.h"

#include "fuzzydate.h"

#include <QCoreApplication>

namespace entente {

namespace {

constexpr std::int64_t kDay = 86400;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

struct Civil
{
    std::int64_t year;
    int month;
    int day;
};

// Howard Hinnant's civil_from_days, the inverse of FuzzyDate::daysFromCivil.
Civil civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return { yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

std::int64_t secondsOf(std::int64_t year, int month, int day)
{
    return FuzzyDate::daysFromCivil(static_cast<int>(year), month, day) * kDay;
}

QString yearText(std::int64_t year)
{
    // Astronomical year 0 is 1 BCE.
    if (year <= 0)
        return QCoreApplication::translate("entente::TimeBucket", "%1 BCE").arg(1 - year);
    return QString::number(year);
}

} // namespace

TimeUnit chooseTimeUnit(std::int64_t spanSeconds)
{
    const std::int64_t days = spanSeconds / kDay;
    if (days <= 31)
        return TimeUnit::Day;
    if (days <= 183)
        return TimeUnit::Week;
    if (days <= 2 * 366)
        return TimeUnit::Month;
    if (days <= 10 * 366)
        return TimeUnit::Quarter;
    if (days <= 80 * 366)
        return TimeUnit::Year;
    return TimeUnit::Decade;
}

TimeUnit coarserUnit(TimeUnit unit)
{
    return unit == TimeUnit::Decade ? unit : static_cast<TimeUnit>(static_cast<int>(unit) + 1);
}

std::int64_t bucketStart(TimeUnit unit, std::int64_t seconds)
{
    const std::int64_t days = floorDiv(seconds, kDay);
    switch (unit) {
    case TimeUnit::Day:
        return days * kDay;
    case TimeUnit::Week:
        // 1970-01-01 was a Thursday: Monday-based weeks start 3 days earlier.
        return (floorDiv(days + 3, 7) * 7 - 3) * kDay;
    case TimeUnit::Month: {
        const Civil c = civilFromDays(days);
        return secondsOf(c.year, c.month, 1);
    }
    case TimeUnit::Quarter: {
        const Civil c = civilFromDays(days);
        return secondsOf(c.year, (c.month - 1) / 3 * 3 + 1, 1);
    }
    case TimeUnit::Year:
        return secondsOf(civilFromDays(days).year, 1, 1);
    case TimeUnit::Decade:
        return secondsOf(floorDiv(civilFromDays(days).year, 10) * 10, 1, 1);
    }
    return seconds;
}

std::int64_t nextBucket(TimeUnit unit, std::int64_t start)
{
    const Civil c = civilFromDays(floorDiv(start, kDay));
    switch (unit) {
    case TimeUnit::Day:
        return start + kDay;
    case TimeUnit::Week:
        return start + 7 * kDay;
    case TimeUnit::Month:
        return c.month == 12 ? secondsOf(c.year + 1, 1, 1) : secondsOf(c.year, c.month + 1, 1);
    case TimeUnit::Quarter:
        return c.month >= 10 ? secondsOf(c.year + 1, 1, 1) : secondsOf(c.year, c.month + 3, 1);
    case TimeUnit::Year:
        return secondsOf(c.year + 1, 1, 1);
    case TimeUnit::Decade:
        return secondsOf(c.year + 10, 1, 1);
    }
    return start;
}

QString bucketLabel(TimeUnit unit, std::int64_t start, const QLocale &locale)
{
    const Civil c = civilFromDays(floorDiv(start, kDay));
    switch (unit) {
    case TimeUnit::Day:
    case TimeUnit::Week:
        return QCoreApplication::translate("entente::TimeBucket", "%1 %2 %3", "day, month, year")
            .arg(c.day)
            .arg(locale.monthName(c.month, QLocale::ShortFormat), yearText(c.year));
    case TimeUnit::Month:
        return QCoreApplication::translate("entente::TimeBucket", "%1 %2", "month, year")
            .arg(locale.monthName(c.month, QLocale::ShortFormat), yearText(c.year));
    case TimeUnit::Quarter:
        return QCoreApplication::translate("entente::TimeBucket", "Q%1 %2", "quarter, year")
            .arg((c.month - 1) / 3 + 1)
            .arg(yearText(c.year));
    case TimeUnit::Year:
        return yearText(c.year);
    case TimeUnit::Decade:
        // Astronomical decades do not line up with BCE years: name both ends.
        if (c.year <= 0)
            return QCoreApplication::translate("entente::TimeBucket", "%1 – %2", "first year, last year")
                .arg(yearText(c.year), yearText(c.year + 9));
        return QCoreApplication::translate("entente::TimeBucket", "%1s").arg(c.year);
    }
    return {};
}

QString timeUnitName(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return QCoreApplication::translate("entente::TimeBucket", "day");
    case TimeUnit::Week:
        return QCoreApplication::translate("entente::TimeBucket", "week");
    case TimeUnit::Month:
        return QCoreApplication::translate("entente::TimeBucket", "month");
    case TimeUnit::Quarter:
        return QCoreApplication::translate("entente::TimeBucket", "quarter");
    case TimeUnit::Year:
        return QCoreApplication::translate("entente::TimeBucket", "year");
    case TimeUnit::Decade:
        return QCoreApplication::translate("entente::TimeBucket", "decade");
    }
    return {};
}

int timeUnitCode(TimeUnit unit)
{
    return static_cast<int>(unit);
}

} // namespace entente
