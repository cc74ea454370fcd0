#pragma once

#include "sourcegrade.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelinetitles.h"
#include "timeline/timelineviewport.h"
#include "timelineclusterbatch.h"
#include "timelinecounttexts.h"
#include "timelineframe.h"
#include "timelinelanelayout.h"
#include "timelinemarksprites.h"
#include "timelinespanbatch.h"
#include "timelinetheme.h"

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QRectF>
#include <QStaticText>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class QPainter;
class QFontMetricsF;

namespace entente {

// What to draw besides the events, and how.
struct RenderOptions
{
    RenderOptions();

    TimelineTheme theme = TimelineTheme::light();
    QLocale locale;
    QFont font; // pixel-sized, so every device draws the same layout
    std::optional<std::int64_t> today; // the "today" marker; the current time when unset
    bool showToday = true;
    bool densityStrip = true;
    bool legend = true;
    bool labels = true;
    QString title; // a title row above the timeline (exports)
    QString credit; // a small credit line below it (exports)
    // A picture for readers (exports, presentations): no screen furniture (count, overview
    // strip, fold arrows, selection, hover), each event labelled once, empty lanes left out, the
    // lanes sharing the height, and marks, rows, axis and legend sized from `font`.
    bool publication = false;
    std::optional<EventId> selected;
    std::optional<EventId> hovered;
    std::optional<int> draggedLane; // a lane header being dragged, drawn raised
    // The lane names' column; 0 for 14 % of the width, 90 to 170 px (on screen) or as wide as
    // the longest name (publication).
    double headerWidth = 0;
    // When set, each event's mark is drawn by its best source grade (Store::bestGrades): full
    // colour for A–B, lighter for C–D, faint for E–F and ungraded; the legend says so.
    std::shared_ptr<const QHash<EventId, Grade>> grades = nullptr;
};

// The three strengths a mark is drawn at by its grade: 0 for A–B (or a report graded 1–2 from
// an ungraded source), 1 for C–D (3–4), 2 for E–F (5–6) and none.
int gradeTier(const Grade &grade);
// `colour` mixed toward `background` as the tier says: opaque, so sprites and batches keep it.
QColor gradedColour(const QColor &colour, const QColor &background, int tier);

// Paints the timeline onto any QPainter: the widget, PNG, SVG and PDF export and the headless
// `entente render` all come through here, so there is one drawing path. It walks the lanes'
// row lists between the viewport's ends by binary search, and where marks would be closer than
// they are wide it draws one cluster with a count instead, so the work per frame follows the
// pixels, not the number of events.
class TimelineRenderer
{
public:
    TimelineRenderer(const TimelineIndex *index = nullptr, const TimelineLanes *lanes = nullptr,
                     TimelineTitles *titles = nullptr);
    void setData(const TimelineIndex *index, const TimelineLanes *lanes, TimelineTitles *titles);

    void paint(QPainter &painter, const QRectF &rect, const TimelineViewport &viewport, const RenderOptions &options);
    // Lays a frame out as paint() would, without painting (hit tests and checks). Bands' counts,
    // placed while painting, are left empty.
    void layout(const QRectF &rect, const TimelineViewport &viewport, const RenderOptions &options);
    // The layout of the last paint, for hit tests and checks.
    const TimelineFrame &frame() const { return m_frame; }

    // The rows a cluster of the last frame holds, in time order, at most `limit`.
    std::vector<std::uint32_t> clusterRows(const TimelineFrame::Cluster &cluster, std::size_t limit) const;

    // A viewport showing every event, with a margin.
    static TimelineViewport fitAll(const TimelineIndex &index, const TimelineLanes *lanes = nullptr);

    // Pixel sizes shared with the view's hit tests.
    static constexpr double kAxisHeight = 38;
    static constexpr double kStripHeight = 26;
    static constexpr double kLegendHeight = 26; // one row; each more row adds kLegendRowHeight
    static constexpr double kLegendRowHeight = 20;
    static constexpr double kCollapsedLaneHeight = TimelineLaneLayout::kCollapsedLaneHeight;
    static constexpr double kCountSpacing = 10; // at least between two bands' counts in a lane

private:
    void layoutRects(const QRectF &rect, const RenderOptions &options, const TimelineViewport &viewport);
    void layoutLabels(const RenderOptions &options);
    // In a picture for readers only the statuses and kinds of the events in view are explained.
    void legendInView(std::uint32_t &statuses, std::vector<bool> &kinds, const TimelineViewport &viewport) const;
    void paintHeaders(QPainter &painter, const RenderOptions &options);
    void paintLanes(QPainter &painter, const RenderOptions &options);
    void paintMarks(QPainter &painter, const RenderOptions &options);
    void paintConnectors(QPainter &painter, const RenderOptions &options);
    void paintSpans(QPainter &painter, const RenderOptions &options);
    void paintClusters(QPainter &painter, const RenderOptions &options, const QFont &countFont);
    void paintPointMarks(QPainter &painter, const RenderOptions &options);
    void paintLabels(QPainter &painter, const TimelineTheme &theme);
    const QColor &markColour(const TimelineTheme &theme, int lanePos, std::uint32_t row);
    void paintSpanCounts(QPainter &painter, const RenderOptions &options, const QFont &countFont);
    // The square a mark's symbol is drawn in: the point of an instant, the start of a range, the
    // middle of an imprecise date's span.
    QRectF symbolRect(const TimelineFrame::Mark &m) const { return m_frame.symbol(m); }

    const TimelineIndex *m_index = nullptr;
    const TimelineLanes *m_lanes = nullptr;
    TimelineTitles *m_titles = nullptr;
    TimelineFrame m_frame;
    TimelineLaneLayout m_laneLayout;
    std::vector<QColor> m_colourCache; // paintMarks' colours, by lane or by first actor
    // A label's text laid out once per event: measuring, eliding and shaping titles was most
    // of a frame at week scale. Dropped when the titles or the font change.
    struct LabelText
    {
        QString text; // the title, simplified
        double width = 0; // of the whole text
        int elidedTo = -1; // the width `shown` was elided to; -1 for the whole text
        QStaticText shown;
    };
    LabelText &labelText(EventId id, const QFontMetricsF &fm);
    std::unordered_map<EventId, LabelText> m_labelTexts; // node based: references stay valid
    std::uint64_t m_labelGeneration = 0;
    QFont m_labelFont;
    std::vector<QStaticText> m_frameLabels; // parallel to m_frame.labels
    // Lane names elided to the header's width, laid out once.
    const QStaticText &headerText(const QString &name, double width, const QFont &font, bool people);
    QHash<QString, QStaticText> m_headerTexts;
    QFont m_headerFont;
    double m_headerWidth = 0;
    bool m_headerPeople = true;
    // Cluster counts, laid out once: most frames repeat the same few hundred numbers.
    TimelineCountTexts m_countTexts;
    TimelineSpanBatch m_spanBatch;
    TimelineClusterBatch m_clusterBatch;
    TimelineMarkSprites m_sprites;
};

} // namespace entente
