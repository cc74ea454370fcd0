// TimelineRenderer: where the events' titles go. Painting is in timelinerenderer.cpp and
// timelinerenderermarks.cpp.
#include "timelinerenderer.h"

#include "timeline/labelplacer.h"

#include <QFontMetricsF>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace entente {

namespace {

// A shape a label keeps clear of, on one lane: a mark's symbol, a cluster, a narrow band.
struct Obstacle
{
    double left;
    double right;
    std::int64_t mark; // -1 for a cluster or a band
    double top = -1e300;
    double bottom = 1e300;
    bool operator<(const Obstacle &o) const { return left < o.left || (left == o.left && mark < o.mark); }
    bool across(double from, double to) const { return top < to && bottom > from; }
};
using Obstacles = QHash<int, std::vector<Obstacle>>; // by lane position, sorted by left

// Whether a label's span on its lane touches an obstacle. Obstacles are no wider than
// `widest`, so only those starting after label.left - widest can.
bool hits(const std::vector<Obstacle> &list, const QRectF &r, double widest)
{
    auto it = std::lower_bound(list.begin(), list.end(), Obstacle { r.left() - widest, 0, -2 });
    for (; it != list.end() && it->left < r.right(); ++it) {
        if (it->right > r.left() && it->across(r.top(), r.bottom()))
            return true;
    }
    return false;
}

// For each mark, the next shape to the right on its lane, the furthest reach of the shapes
// before it (the room on its left) and how far shapes that begin before it reach.
struct Reach
{
    std::vector<double> nextLeft;
    std::vector<double> previousRight;
    std::vector<double> coveredTo;
};

// Fills the obstacles of every lane and the reaches of every mark; returns the widest obstacle.
double collectObstacles(const TimelineFrame &f, double textHeight, Obstacles &perLane, Reach &reach)
{
    reach.nextLeft.assign(f.marks.size(), f.lanesRect.right());
    reach.previousRight.assign(f.marks.size(), f.lanesRect.left());
    reach.coveredTo.assign(f.marks.size(), -1e300);
    double widest = 0;
    for (std::size_t i = 0; i < f.marks.size(); ++i) {
        const QRectF shape = f.symbol(f.marks[i]);
        perLane[f.marks[i].lane].push_back(
            { shape.left(), shape.right(), static_cast<std::int64_t>(i), shape.top(), shape.bottom() });
        widest = std::max(widest, shape.width());
    }
    for (const auto &c : f.clusters) {
        perLane[c.lane].push_back({ c.rect.left(), c.rect.right(), -1, c.rect.top(), c.rect.bottom() });
        widest = std::max(widest, c.rect.width());
    }
    for (const auto &g : f.spans) {
        const QRectF shown = g.rect.intersected(f.lanesRect.adjusted(-1, -1e6, 1, 1e6));
        if (shown.width() < f.lanesRect.width() / 3) {
            perLane[g.lane].push_back({ shown.left(), shown.right(), -1, shown.top(), shown.bottom() });
            widest = std::max(widest, shown.width());
        }
    }
    for (auto &list : perLane) {
        std::sort(list.begin(), list.end());
        // Labels of one row of a lane (the marks at one height: the lane's middle, or a row of
        // events stacked in it) see what stands across that row's height.
        std::vector<double> rows;
        for (const Obstacle &o : list) {
            if (o.mark >= 0)
                rows.push_back(f.marks[static_cast<std::size_t>(o.mark)].centre.y());
        }
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (const double y : rows) {
            const double from = y - textHeight / 2;
            const double to = y + textHeight / 2;
            double coveredUpTo = -1e300;
            double furthest = f.lanesRect.left();
            std::int64_t waiting = -1; // a mark of this row whose next shape is still to come
            for (const Obstacle &o : list) {
                if (!o.across(from, to))
                    continue;
                if (waiting >= 0) // a day's symbol may lie past the right edge
                    reach.nextLeft[static_cast<std::size_t>(waiting)] = std::min(o.left, f.lanesRect.right());
                waiting = -1;
                const bool ofRow = o.mark >= 0 && f.marks[static_cast<std::size_t>(o.mark)].centre.y() == y;
                if (!ofRow) {
                    if (o.mark < 0)
                        coveredUpTo = std::max(coveredUpTo, o.right);
                    furthest = std::max(furthest, o.right);
                    continue;
                }
                const auto m = static_cast<std::size_t>(o.mark);
                reach.coveredTo[m] = coveredUpTo;
                reach.previousRight[m] = furthest;
                furthest = std::max(furthest, o.right);
                waiting = o.mark;
            }
        }
    }
    return widest;
}

// An event on several actors' lanes is labelled once, on the highest lane it fits in (where
// its connector starts), and the room it leaves on the others goes to their neighbours: placed
// again without the copies.
template<typename Text>
void labelOnce(const TimelineFrame &f, const LabelPlacer &placer, std::vector<LabelPlacer::Candidate> &candidates,
               std::vector<std::size_t> &markOf, std::vector<Text *> &texts, std::vector<LabelPlacer::Placed> &placed)
{
    auto topmost = [&](const std::vector<LabelPlacer::Placed> &list) {
        QHash<std::uint32_t, std::size_t> best; // row -> candidate
        for (const auto &p : list) {
            const std::uint32_t row = f.marks[markOf[p.candidate]].row;
            const auto it = best.find(row);
            if (it == best.end() || candidates[p.candidate].top < candidates[*it].top)
                best.insert(row, p.candidate);
        }
        return best;
    };
    const auto chosen = topmost(placed);
    std::vector<LabelPlacer::Candidate> kept;
    std::vector<std::size_t> keptMark;
    std::vector<Text *> keptText;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const auto it = chosen.find(f.marks[markOf[i]].row);
        if (it != chosen.end() && *it != i)
            continue;
        kept.push_back(candidates[i]);
        keptMark.push_back(markOf[i]);
        keptText.push_back(texts[i]);
    }
    candidates = std::move(kept);
    markOf = std::move(keptMark);
    texts = std::move(keptText);
    placed = placer.place(candidates);
    const auto once = topmost(placed);
    std::erase_if(placed, [&](const LabelPlacer::Placed &p) {
        return once.value(f.marks[markOf[p.candidate]].row) != p.candidate;
    });
}

} // namespace

void TimelineRenderer::layoutLabels(const RenderOptions &options)
{
    TimelineFrame &f = m_frame;
    if (!options.labels || !m_titles || f.marks.empty())
        return;
    const QFontMetricsF fm(options.font);
    const double textHeight = fm.height();
    const double s = f.scale;
    // Labels keep clear of the shapes drawn in their lane: every mark's symbol (the point of an
    // instant, the start of a range, the middle of an imprecise date's span), every cluster and
    // every band of like dates short enough to be read as a thing of its own (a band across
    // most of the window is ground, as bars are: labels sit on them, on a veil). For each mark,
    // the next shape to the right, the furthest reach of the shapes before it (the room on its
    // left) and how far shapes that begin before it reach (a cluster may lie over a bar's start).
    Reach reach;
    Obstacles perLane;
    const double widest = collectObstacles(f, textHeight, perLane, reach);
    const std::vector<double> &nextLeft = reach.nextLeft;
    const std::vector<double> &previousRight = reach.previousRight;
    const std::vector<double> &coveredTo = reach.coveredTo;
    std::vector<LabelPlacer::Candidate> candidates;
    std::map<std::pair<int, double>, int> rowKeys;
    std::vector<std::size_t> markOf;
    std::vector<LabelText *> texts;
    // A title cut to a word's worth ("The…") tells nothing the hover card does not, and covers
    // the lane: a cut label shows at least about seven letters. On the left of its mark, where
    // it ends up when the right is short, it takes a good part of the title or nothing.
    const LabelPlacer placer(12 * s, std::ceil(7 * fm.averageCharWidth()), 84 * s);
    const double leastRoom = (28 + 8) * s;
    if (m_labelGeneration != m_titles->generation() || m_labelFont != options.font || m_labelTexts.size() > 20'000) {
        m_labelTexts.clear();
        m_labelGeneration = m_titles->generation();
        m_labelFont = options.font;
    }
    for (std::size_t i = 0; i < f.marks.size(); ++i) {
        const TimelineFrame::Mark &m = f.marks[i];
        if (m.extra || m_laneLayout.laneHeight(m.lane) < textHeight + 2)
            continue;
        // A title starts just after its mark's symbol. A bar that began before the window keeps
        // its title at the window's left edge, and one whose start lies under a cluster has it
        // just after the cluster, on the bar.
        const QRectF shape = symbolRect(m);
        const double x = std::max({ shape.right() + 4 * s, f.lanesRect.left() + 4 * s, coveredTo[i] + 4 * s });
        // Or it ends just before the symbol, when the right is short of room.
        const double leftEnd = std::min(shape.left() - 4 * s, f.lanesRect.right() - 2);
        const double minLeft = std::max(previousRight[i], f.lanesRect.left());
        // Too little room on the right for a few letters: the left or nothing.
        const double maxRight = nextLeft[i] - x < leastRoom ? x : nextLeft[i];
        if (maxRight == x && leftEnd - minLeft < leastRoom)
            continue; // no room: do not even fetch the title
        LabelText &text = labelText(m_index->id(m.row), fm);
        if (text.text.isEmpty())
            continue;
        const double y = m.centre.y() - textHeight / 2;
        // Labels compete within their row of their lane: the lane's middle, or a stacked row.
        const auto key = std::pair(m.lane, m.centre.y());
        const auto row = rowKeys.try_emplace(key, static_cast<int>(rowKeys.size())).first->second;
        // The whole title where there is room for it: it is cut only where the next shape begins.
        candidates.push_back({ x, maxRight, text.width, y, textHeight, row, leftEnd, minLeft });
        markOf.push_back(i);
        texts.push_back(&text);
    }
    std::vector<LabelPlacer::Placed> placed = placer.place(candidates);
    if (options.publication && m_lanes && m_lanes->mode() == LaneMode::Actors)
        labelOnce(f, placer, candidates, markOf, texts, placed);
    // Whatever the placer did, a label never lies on another shape of its lane nor on another
    // label: checked here, so a change to the placement cannot break it unseen.
    std::sort(placed.begin(), placed.end(), [](const auto &a, const auto &b) { return a.rect.left() < b.rect.left(); });
    QHash<int, std::vector<Obstacle>> labelsOfLane;
    m_frameLabels.clear();
    for (const LabelPlacer::Placed &p : placed) {
        if (p.rect.top() < f.lanesRect.top() || p.rect.bottom() > f.lanesRect.bottom())
            continue; // on a lane scrolled half out of view: it would be cut through
        const int lane = f.marks[markOf[p.candidate]].lane;
        const QRectF veil = p.rect.adjusted(-2, 0, 2, 0); // the veil's edges
        const auto obstacles = perLane.constFind(lane);
        if (obstacles != perLane.cend() && hits(*obstacles, veil, widest))
            continue;
        std::vector<Obstacle> &others = labelsOfLane[lane];
        if (std::any_of(others.begin(), others.end(), [&veil](const Obstacle &o) {
                return o.right > veil.left() && o.left < veil.right() && o.across(veil.top(), veil.bottom());
            }))
            continue;
        LabelText &text = *texts[p.candidate];
        // Whole when it fits, else elided to whole pixels, so small moves reuse the layout.
        const int room = text.width <= p.rect.width() ? -1 : static_cast<int>(p.rect.width());
        if (room != text.elidedTo || text.shown.text().isEmpty()) {
            const QString shown = room < 0 ? text.text : fm.elidedText(text.text, Qt::ElideRight, room);
            text.elidedTo = room;
            text.shown = QStaticText(shown);
            text.shown.setTextFormat(Qt::PlainText);
            text.shown.setPerformanceHint(QStaticText::AggressiveCaching);
            text.shown.prepare(QTransform(), options.font);
        }
        const QString &shown = text.shown.text();
        if (shown.isEmpty() || shown == QStringLiteral("…"))
            continue;
        others.push_back({ veil.left(), veil.right(), -1, veil.top(), veil.bottom() });
        f.labels.push_back({ f.marks[markOf[p.candidate]].row, p.rect, shown });
        m_frameLabels.push_back(text.shown);
    }
}

TimelineRenderer::LabelText &TimelineRenderer::labelText(EventId id, const QFontMetricsF &fm)
{
    auto [it, added] = m_labelTexts.try_emplace(id);
    if (added) {
        it->second.text = m_titles->title(id).simplified();
        it->second.width = it->second.text.isEmpty() ? 0 : fm.horizontalAdvance(it->second.text);
    }
    return it->second;
}

} // namespace entente
