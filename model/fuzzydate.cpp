#include "fuzzydate.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QTime>

namespace entente {

namespace {

constexpr int kMinYear = -999999;
constexpr int kMaxYear = 999999;

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

FuzzyDate invalid()
{
    return {};
}

} // namespace

std::int64_t FuzzyDate::daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar with
    // astronomical years, negative ones included.
    const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (month + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int FuzzyDate::daysInMonth(int year, int month)
{
    static constexpr int kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

FuzzyDate FuzzyDate::fromParts(int year, int month, int day, std::optional<int> hour, std::optional<int> minute,
                               bool approximate)
{
    if (year < kMinYear || year > kMaxYear || month < 0 || month > 12 || day < 0)
        return invalid();
    FuzzyDate d;
    d.m_year = year;
    d.m_approximate = approximate;
    d.m_precision = Precision::Year;
    if (month == 0) {
        if (day != 0 || hour || minute)
            return invalid();
        d.m_valid = true;
        return d;
    }
    d.m_month = static_cast<std::uint8_t>(month);
    d.m_precision = Precision::Month;
    if (day == 0) {
        if (hour || minute)
            return invalid();
        d.m_valid = true;
        return d;
    }
    if (day > daysInMonth(year, month))
        return invalid();
    d.m_day = static_cast<std::uint8_t>(day);
    d.m_precision = Precision::Day;
    if (hour) {
        const int m = minute.value_or(0);
        if (*hour < 0 || *hour > 23 || m < 0 || m > 59)
            return invalid();
        d.m_hour = static_cast<std::uint8_t>(*hour);
        d.m_minute = static_cast<std::uint8_t>(m);
        d.m_precision = Precision::Minute;
    }
    d.m_valid = true;
    return d;
}

FuzzyDate FuzzyDate::year(int year, bool approximate)
{
    return fromParts(year, 0, 0, {}, {}, approximate);
}

FuzzyDate FuzzyDate::month(int year, int month, bool approximate)
{
    if (month < 1)
        return invalid();
    return fromParts(year, month, 0, {}, {}, approximate);
}

FuzzyDate FuzzyDate::day(int year, int month, int day, bool approximate)
{
    if (month < 1 || day < 1)
        return invalid();
    return fromParts(year, month, day, {}, {}, approximate);
}

FuzzyDate FuzzyDate::minute(int year, int month, int day, int hour, int minute, bool approximate)
{
    if (month < 1 || day < 1)
        return invalid();
    return fromParts(year, month, day, hour, minute, approximate);
}

std::optional<FuzzyDate> FuzzyDate::parse(QStringView text, QString *dropped)
{
    static const QRegularExpression kPattern(QStringLiteral(
        "^([+-]?\\d{1,6})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(:(\\d{2})(?:\\.\\d+)?)?Z?)?)?)?(~)?$"));
    if (dropped)
        dropped->clear();
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty() || trimmed.size() > 40)
        return std::nullopt;
    const auto match = kPattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    // A bare year needs four digits unless signed, so "12" is not taken for a year by accident.
    const QString yearText = match.captured(1);
    const bool isSigned = yearText.startsWith(u'-') || yearText.startsWith(u'+');
    if (!isSigned && yearText.size() < 4)
        return std::nullopt;
    const int y = yearText.toInt();
    const int m = match.hasCaptured(2) ? match.captured(2).toInt() : 0;
    const int d = match.hasCaptured(3) ? match.captured(3).toInt() : 0;
    std::optional<int> hour;
    std::optional<int> minute;
    if (match.hasCaptured(4)) {
        hour = match.captured(4).toInt();
        minute = match.captured(5).toInt();
    }
    // Seconds are checked (":99" is no second) and dropped: a date is as fine as the minute. A
    // caller that asks hears what was dropped, unless it was nothing (":00", ":00.000").
    if (match.hasCaptured(6)) {
        if (match.captured(7).toInt() > 59)
            return std::nullopt;
        static const QRegularExpression kZero(QStringLiteral("^:00(\\.0*)?$"));
        if (dropped && !kZero.match(match.captured(6)).hasMatch())
            *dropped = match.captured(6);
    }
    if (match.hasCaptured(2) && m == 0)
        return std::nullopt;
    if (match.hasCaptured(3) && d == 0)
        return std::nullopt;
    const FuzzyDate date = fromParts(y, m, d, hour, minute, match.hasCaptured(8));
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString FuzzyDate::parseError(QStringView text)
{
    auto tr = [](const char *t) { return QCoreApplication::translate("entente::FuzzyDate", t); };
    static const QRegularExpression kParts(
        QStringLiteral("^[+-]?\\d{1,6}(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?)?)?"));
    const QString t = text.trimmed().toString();
    const auto m = kParts.match(t);
    const struct
    {
        int group;
        int most;
        const char *what;
    } limits[] = { { 1, 12, QT_TRANSLATE_NOOP("entente::FuzzyDate", "month") },
                   { 2, 31, QT_TRANSLATE_NOOP("entente::FuzzyDate", "day") },
                   { 3, 23, QT_TRANSLATE_NOOP("entente::FuzzyDate", "hour") },
                   { 4, 59, QT_TRANSLATE_NOOP("entente::FuzzyDate", "minute") },
                   { 5, 59, QT_TRANSLATE_NOOP("entente::FuzzyDate", "second") } };
    for (const auto &limit : limits) {
        if (m.hasMatch() && m.hasCaptured(limit.group) && m.captured(limit.group).toInt() > limit.most)
            return tr("\"%1\" is not a date: there is no %3 %2").arg(t, m.captured(limit.group), tr(limit.what));
    }
    return tr("\"%1\" is not a date (write 2022, 2022-03, 2022-03-29 or 2022-03-29T14:30)").arg(t);
}

QString FuzzyDate::toIsoString() const
{
    if (!m_valid)
        return {};
    QString out;
    if (m_year < 0)
        out = u'-' + QString::number(-m_year).rightJustified(4, u'0');
    else
        out = QString::number(m_year).rightJustified(4, u'0');
    auto two = [](int v) { return QString::number(v).rightJustified(2, u'0'); };
    if (m_precision >= Precision::Month)
        out += u'-' + two(m_month);
    if (m_precision >= Precision::Day)
        out += u'-' + two(m_day);
    if (m_precision >= Precision::Minute)
        out += u'T' + two(m_hour) + u':' + two(m_minute);
    if (m_approximate)
        out += u'~';
    return out;
}

QString FuzzyDate::toDisplayString(const QLocale &locale) const
{
    if (!m_valid)
        return {};
    QString yearText;
    if (m_year <= 0)
        //: A year before the common era, e.g. "44 BCE"
        yearText = QCoreApplication::translate("entente::FuzzyDate", "%1 BCE").arg(locale.toString(1 - m_year));
    else
        yearText = QString::number(m_year);

    QString text;
    switch (m_precision) {
    case Precision::Year:
        text = yearText;
        break;
    case Precision::Month:
        text = locale.standaloneMonthName(m_month, QLocale::LongFormat) + u' ' + yearText;
        break;
    case Precision::Day:
    case Precision::Minute:
        if (m_year >= 1 && m_year <= 9999) {
            // QDate formats day-month order and month names the locale's way.
            const QDate date(m_year, m_month, m_day);
            QString format = locale.dateFormat(QLocale::LongFormat);
            // Drop the weekday: "Tuesday, 29 March 2022" is noise in a timeline.
            static const QRegularExpression kWeekday(QStringLiteral("dddd[,]?\\s*|\\s*[,]?dddd"));
            format.remove(kWeekday);
            text = locale.toString(date, format.trimmed());
        } else {
            text = QString::number(m_day) + u' ' + locale.monthName(m_month, QLocale::LongFormat) + u' ' + yearText;
        }
        if (m_precision == Precision::Minute)
            text += QStringLiteral(", ") + locale.toString(QTime(m_hour, m_minute), QLocale::ShortFormat);
        break;
    }
    if (m_approximate)
        //: An approximate date: "c. April 2022"
        text = QCoreApplication::translate("entente::FuzzyDate", "c. %1").arg(text);
    return text;
}

std::int64_t FuzzyDate::startSeconds() const
{
    const int month = m_month == 0 ? 1 : m_month;
    const int day = m_day == 0 ? 1 : m_day;
    const std::int64_t days = daysFromCivil(m_year, month, day);
    return days * 86400 + m_hour * 3600 + m_minute * 60;
}

std::int64_t FuzzyDate::endSeconds() const
{
    switch (m_precision) {
    case Precision::Year:
        return daysFromCivil(m_year + 1, 1, 1) * 86400;
    case Precision::Month:
        return m_month == 12 ? daysFromCivil(m_year + 1, 1, 1) * 86400 : daysFromCivil(m_year, m_month + 1, 1) * 86400;
    case Precision::Day:
        return (daysFromCivil(m_year, m_month, m_day) + 1) * 86400;
    case Precision::Minute:
        return startSeconds() + 60;
    }
    return startSeconds();
}

FuzzyDate FuzzyDate::truncated(Precision precision) const
{
    if (precision >= m_precision)
        return *this;
    FuzzyDate d = *this;
    d.m_precision = precision;
    if (precision < Precision::Minute)
        d.m_hour = d.m_minute = 0;
    if (precision < Precision::Day)
        d.m_day = 0;
    if (precision < Precision::Month)
        d.m_month = 0;
    return d;
}

std::strong_ordering FuzzyDate::operator<=>(const FuzzyDate &other) const
{
    if (const auto c = startSeconds() <=> other.startSeconds(); c != 0)
        return c;
    if (const auto c = m_precision <=> other.m_precision; c != 0)
        return c;
    if (const auto c = m_approximate <=> other.m_approximate; c != 0)
        return c;
    return m_valid <=> other.m_valid;
}

QString precisionName(FuzzyDate::Precision precision)
{
    switch (precision) {
    case FuzzyDate::Precision::Year:
        return QStringLiteral("year");
    case FuzzyDate::Precision::Month:
        return QStringLiteral("month");
    case FuzzyDate::Precision::Day:
        return QStringLiteral("day");
    case FuzzyDate::Precision::Minute:
        return QStringLiteral("minute");
    }
    return {};
}

std::optional<FuzzyDate::Precision> precisionFromName(QStringView name)
{
    for (auto p : { FuzzyDate::Precision::Year, FuzzyDate::Precision::Month, FuzzyDate::Precision::Day,
                    FuzzyDate::Precision::Minute }) {
        if (name.compare(precisionName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

} // namespace entente
