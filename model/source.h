#pragma once

#include "event.h"
#include "fuzzydate.h"
#include "sourcegrade.h"

#include <QString>

#include <optional>

namespace entente {

// Who reports: a publisher and a piece (an article, a statement), with where to read it.
struct Source
{
    SourceId id = 0;
    QString publisher;
    QString title;
    QString url;
    std::optional<FuzzyDate> published;
    QString author = QString(); // who wrote the piece, when the outlet names one
    // How reliable the source has been (Admiralty A–F); none when not graded.
    std::optional<Reliability> reliability = std::nullopt;

    bool operator==(const Source &) const = default;
};

} // namespace entente
