#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>
#include <optional>

namespace entente {

// The Admiralty (NATO) system analysts grade their sources by: how reliable the source has been
// (A–F, a property of the source), and how credible this piece of information is (1–6, a property
// of one source's report of one event). Both are optional; "B2" reads "usually reliable, probably
// true". F and 6 mean "cannot be judged": neither good nor bad, they sort last.
enum class Reliability : std::uint8_t { A, B, C, D, E, F };
enum class Credibility : std::uint8_t { Confirmed = 1, Probable, Possible, Doubtful, Improbable, CannotBeJudged };

inline constexpr std::array kAllReliabilities
    = { Reliability::A, Reliability::B, Reliability::C, Reliability::D, Reliability::E, Reliability::F };
inline constexpr std::array kAllCredibilities
    = { Credibility::Confirmed, Credibility::Probable,   Credibility::Possible,
        Credibility::Doubtful,  Credibility::Improbable, Credibility::CannotBeJudged };

// The letter stored in files ("A"…"F"), and back (one letter, either case, spaces around it).
QString reliabilityKey(Reliability r);
std::optional<Reliability> reliabilityFromKey(QStringView key);
// "Usually reliable", translated.
QString reliabilityLabel(Reliability r);

// 1…6, and back (nullopt outside that range).
int credibilityNumber(Credibility c);
std::optional<Credibility> credibilityFromNumber(qint64 number);
// "Probably true", translated.
QString credibilityLabel(Credibility c);

// A source's grade for one event as read and written in CSV and shown: "B2", "B" (only the
// source graded), "2" (only the report), or "" (neither).
struct Grade
{
    std::optional<Reliability> reliability;
    std::optional<Credibility> credibility;

    bool isEmpty() const { return !reliability && !credibility; }
    QString text() const;
    // "usually reliable, probably true", translated; empty when ungraded.
    QString description() const;
    // Reads text(); nullopt for anything else ("G", "B7", "2B").
    static std::optional<Grade> parse(QStringView text);
    bool operator==(const Grade &) const = default;
};

// Whether `r` is at least as good as `threshold` (A is best). F, "cannot be judged", meets only
// an F threshold.
inline bool meets(Reliability r, Reliability threshold)
{
    return r <= threshold;
}
inline bool meets(Credibility c, Credibility threshold)
{
    return c <= threshold;
}

} // namespace entente
