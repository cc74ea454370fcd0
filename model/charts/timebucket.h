#pragma once

#include <QLocale>
#include <QString>

#include <cstdint>

namespace entente {

// The width of one bar of the time chart. Buckets follow the calendar (a month is a month, a
// quarter starts in January, April, July or October, a week starts on Monday) so the bars line
// up with what people mean by "March 2022", and they work before the common era too.
enum class TimeUnit : std::uint8_t { Day, Week, Month, Quarter, Year, Decade };

// The finest unit that keeps a span of `spanSeconds` to a readable number of bars: a few days
// get days, a few months weeks, two years months, ten years quarters, more years or decades.
TimeUnit chooseTimeUnit(std::int64_t spanSeconds);
// The next coarser unit (Decade stays Decade).
TimeUnit coarserUnit(TimeUnit unit);

// The start of the bucket holding `seconds` (seconds since 1970, proleptic Gregorian, UTC).
std::int64_t bucketStart(TimeUnit unit, std::int64_t seconds);
// The start of the bucket after the one starting at `start`.
std::int64_t nextBucket(TimeUnit unit, std::int64_t start);

// "24 Feb 2022", "Q1 2022", "Mar 2022", "2022", "1990s", "44 BCE": short, for an axis.
QString bucketLabel(TimeUnit unit, std::int64_t start, const QLocale &locale = QLocale());
// "month", "quarter", ...: the translated name of a unit, for an axis title.
QString timeUnitName(TimeUnit unit);

// The stable key of a unit ("day", "week", ...), which the SQL bucket function takes.
int timeUnitCode(TimeUnit unit);

} // namespace entente
