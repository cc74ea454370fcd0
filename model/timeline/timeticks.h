#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <cstdint>
#include <functional>

namespace entente {

// The calendar units an axis can step by, coarsest first.
enum class TickUnit : std::uint8_t {
    Century,
    HalfCentury,
    TwoDecades,
    Decade,
    FiveYears,
    TwoYears,
    Year,
    Quarter,
    Month,
    HalfMonth,
    Day,
    SixHours,
    ThreeHours,
    Hour,
};

struct Tick
{
    std::int64_t seconds = 0;
    double x = 0; // pixels from the axis' left edge
    QString label; // empty for a tick too close to its neighbour to be labelled
};

// The ticks of a time axis: the finest calendar unit whose labels fit side by side, labelled in
// the locale's month names; and a coarser context row ("2022" above months, "March 2022" above
// days) so a label never needs to repeat the year.
struct TickSet
{
    TickUnit unit = TickUnit::Year;
    QList<Tick> major;
    QList<Tick> context;
};

class TimeTicks
{
public:
    using Measure = std::function<double(const QString &)>;

    // `from`/`to` in seconds since 1970 (doubles, so a zoom can go below a second); `width` in
    // pixels; `measure` gives a label's width in pixels; labels keep `gap` pixels apart.
    static TickSet generate(double from, double to, double width, const Measure &measure, const QLocale &locale,
                            double gap = 12);

    // The ticks of one unit in [from, to), unlabelled.
    static QList<std::int64_t> ticks(TickUnit unit, double from, double to);
    static QString label(TickUnit unit, std::int64_t seconds, const QLocale &locale);
    static QString contextLabel(TickUnit unit, std::int64_t seconds, const QLocale &locale);

    // Calendar arithmetic on seconds since 1970 (proleptic Gregorian, astronomical years).
    struct Civil
    {
        int year = 1970;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
    };
    static Civil civil(std::int64_t seconds);
    static std::int64_t seconds(int year, int month = 1, int day = 1, int hour = 0);
    static QString yearText(int year);
};

} // namespace entente
