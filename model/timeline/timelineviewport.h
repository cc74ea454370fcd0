#pragma once

#include <algorithm>
#include <cstdint>

namespace entente {

// The window of time in view and the vertical scroll of the lanes. Times are doubles (seconds
// since 1970) so zooming and animation stay smooth below a second.
struct TimelineViewport
{
    double from = 0;
    double to = 86400;
    double laneScroll = 0; // pixels the lanes are scrolled up by

    double span() const { return to - from; }
    bool operator==(const TimelineViewport &) const = default;

    // Zooms by `factor` (< 1 zooms in) keeping the time at `anchor` (0..1 across the width) fixed.
    TimelineViewport zoomed(double factor, double anchor = 0.5) const
    {
        const double at = from + span() * anchor;
        const double newSpan = std::clamp(span() * factor, kMinSpan, kMaxSpan);
        return { at - newSpan * anchor, at - newSpan * anchor + newSpan, laneScroll };
    }
    TimelineViewport panned(double seconds) const { return { from + seconds, to + seconds, laneScroll }; }

    // An hour at the finest; 20,000 years at the coarsest.
    static constexpr double kMinSpan = 3600;
    static constexpr double kMaxSpan = 20000.0 * 365.2425 * 86400;
};

} // namespace entente
