#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>

namespace entente {

// A date as precise as the record knows it. "March 2022" is a month, not the 1st of March:
// it keeps its precision and covers the whole month. Years use astronomical numbering
// (1 BCE is year 0, 44 BCE is year -43), as ISO 8601 and TimelineJS do.
class FuzzyDate
{
public:
    enum class Precision : std::uint8_t { Year, Month, Day, Minute };

    FuzzyDate() = default;
    static FuzzyDate year(int year, bool approximate = false);
    static FuzzyDate month(int year, int month, bool approximate = false);
    static FuzzyDate day(int year, int month, int day, bool approximate = false);
    static FuzzyDate minute(int year, int month, int day, int hour, int minute, bool approximate = false);
    // Builds a date of the precision the fields give (0 meaning "not known"); invalid when a
    // field is out of range.
    static FuzzyDate fromParts(int year, int month, int day, std::optional<int> hour = {},
                               std::optional<int> minute = {}, bool approximate = false);

    // ISO 8601 with reduced precision, as EDTF writes it: "2022", "2022-03", "2022-03-29",
    // "2022-03-29T14:30", "-0043-03-15"; a trailing "~" marks an approximate date. Seconds
    // (00-59, with an optional fraction) and a trailing "Z" are accepted and dropped; `dropped`,
    // when given, receives the seconds dropped (":15.123"), or nothing when they were zero.
    // Returns nullopt for anything else.
    static std::optional<FuzzyDate> parse(QStringView text, QString *dropped = nullptr);
    // Why parse() refused `text`, as the end of a sentence: "\"2022-03-29T14:30:99\" is not a
    // date: there is no second 99".
    static QString parseError(QStringView text);
    QString toIsoString() const;

    // "2022", "March 2022", "c. April 2022", "29 March 2022", "29 March 2022, 14:30",
    // "44 BCE", in the given locale's month names and order.
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    bool isValid() const { return m_valid; }
    Precision precision() const { return m_precision; }
    bool isApproximate() const { return m_approximate; }
    void setApproximate(bool approximate) { m_approximate = approximate; }
    int yearNumber() const { return m_year; }
    int monthNumber() const { return m_month; }
    int dayNumber() const { return m_day; }
    int hourNumber() const { return m_hour; }
    int minuteNumber() const { return m_minute; }

    // The span the date covers on the time axis, in seconds since 1970-01-01T00:00 UTC
    // (proleptic Gregorian): [startSeconds, endSeconds). A month covers the whole month.
    std::int64_t startSeconds() const;
    std::int64_t endSeconds() const;

    // The same date at a coarser precision (never finer).
    FuzzyDate truncated(Precision precision) const;

    bool operator==(const FuzzyDate &other) const = default;
    // Orders by start, then by precision (coarser first).
    std::strong_ordering operator<=>(const FuzzyDate &other) const;

    static std::int64_t daysFromCivil(int year, int month, int day);
    static int daysInMonth(int year, int month);

private:
    std::int32_t m_year = 0;
    std::uint8_t m_month = 0;
    std::uint8_t m_day = 0;
    std::uint8_t m_hour = 0;
    std::uint8_t m_minute = 0;
    Precision m_precision = Precision::Year;
    bool m_approximate = false;
    bool m_valid = false;
};

QString precisionName(FuzzyDate::Precision precision);
std::optional<FuzzyDate::Precision> precisionFromName(QStringView name);

} // namespace entente
