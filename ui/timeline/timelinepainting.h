#pragma once

#include "timeline/timelineindex.h"
#include "timeline/timelinelanes.h"
#include "timelineframe.h"
#include "timelinetheme.h"

#include <QColor>
#include <QPointF>
#include <QRectF>

#include <cstdint>
#include <vector>

class QPainter;
class QFontMetricsF;

namespace entente {

struct RenderOptions;

// The drawing pieces of the timeline other than the lanes' events: marks by kind and status,
// the axis, the density strip, the legend. Free functions, called by TimelineRenderer only.
namespace timelinepaint {

// A mark: its shape tells the kind (circle, square, diamond, triangles, hexagon), its fill and
// outline the claim status (solid confirmed, outline reported, dashed alleged, dash-dot
// disputed, struck through denied).
void mark(QPainter &p, const TimelineTheme &theme, const QColor &colour, int kind, ClaimStatus status, QPointF centre,
          double size);
// The faint halo behind an approximate ("c.") date.
void halo(QPainter &p, const QColor &colour, QPointF centre, double size);
QString clusterText(std::uint32_t count, const QLocale &locale);
// The strip's count of the events shown, in the language's plural form: "1 event", "2 events".
QString eventCount(std::size_t count, const QLocale &locale);
// The overview's count in `width` pixels: whole, or shortened ("1.0M events") when it does not fit.
QString overviewCount(std::size_t count, const QLocale &locale, const QFontMetricsF &fm, double width);
// The line under a picture's lanes when some were left out: "12,212 more actors, with fewer
// events in view, are not shown", by what the lanes are (actors, kinds, claim statuses).
QString lanesLeftOut(int count, LaneMode mode, const QLocale &locale);

void axis(QPainter &p, const TimelineFrame &frame, const RenderOptions &options);
void grid(QPainter &p, const TimelineFrame &frame, const RenderOptions &options);
void strip(QPainter &p, const TimelineFrame &frame, const TimelineLanes &lanes, const RenderOptions &options);
// Which entries a legend explains: the claim statuses in a bit mask (bit n for status n), and
// the kinds by index (empty: all).
struct LegendContent
{
    std::uint32_t statuses = ~0U;
    std::vector<bool> kinds;
    bool grades = false; // marks are drawn by grade: the three strengths, named
};
// Lays the legend out across `width`: the claim statuses, then the kinds, wrapping between
// entries (never inside one) onto at most `maxRows` rows, the last ending in "+N more" when even
// those are too few. Sizes grow with frame.scale. Positions are relative to the legend's top
// left; returns the rows used.
int layoutLegend(TimelineFrame &frame, const QFontMetricsF &fm, const QStringList &kinds, double width,
                 const LegendContent &content = {}, int maxRows = 4);
void legend(QPainter &p, const TimelineFrame &frame, const RenderOptions &options);
// Era bands, their names along the bottom (recorded in frame.eraLabels).
// Era bands go under the grid and the marks; their names over the marks.
enum class EraPart { Bands, Names };
void eras(QPainter &p, TimelineFrame &frame, const TimelineIndex &index, const RenderOptions &options, EraPart part);
void today(QPainter &p, const TimelineFrame &frame, const RenderOptions &options);

} // namespace timelinepaint

} // namespace entente
