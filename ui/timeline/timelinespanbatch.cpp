#include "timelinespanbatch.h"

#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace entente {

void TimelineSpanBatch::add(const QColor &colour, ClaimStatus status, const QRectF &rect, bool softLeft, bool softRight,
                            bool faint)
{
    if (rect.width() <= 0)
        return;
    Piece piece { colour.rgb(), status,       faint,       rect.top(),  rect.height(),
                  rect.left(),  rect.right(), rect.left(), rect.right() };
    // The ends fade over up to a quarter of the span: the date lies somewhere in there.
    const double fade = std::min(0.25 * rect.width(), 14.0);
    QColor fill = colour;
    fill.setAlphaF(static_cast<float>(alphaOf(status, faint)));
    if (softLeft) {
        m_ramps.push_back({ fill, QRectF(rect.left(), rect.top(), fade, rect.height()), true });
        piece.fillLeft += fade;
    }
    if (softRight) {
        m_ramps.push_back({ fill, QRectF(rect.right() - fade, rect.top(), fade, rect.height()), false });
        piece.fillRight -= fade;
    }
    m_pieces.push_back(piece);
}

void TimelineSpanBatch::flush(QPainter &p, const TimelineTheme &theme)
{
    for (const Ramp &r : m_ramps) {
        QColor clear = r.colour;
        clear.setAlphaF(0);
        QLinearGradient g(r.rect.topLeft(), r.rect.topRight());
        g.setColorAt(0, r.fadeIn ? clear : r.colour);
        g.setColorAt(1, r.fadeIn ? r.colour : clear);
        p.fillRect(r.rect, g);
    }
    auto key = [](const Piece &a) { return std::tie(a.rgb, a.status, a.faint, a.top, a.height); };
    std::sort(m_pieces.begin(), m_pieces.end(), [&key](const Piece &a, const Piece &b) {
        return key(a) < key(b) || (key(a) == key(b) && a.left < b.left);
    });
    std::vector<std::pair<double, int>> edges;
    for (std::size_t first = 0; first < m_pieces.size();) {
        std::size_t last = first + 1;
        while (last < m_pieces.size() && key(m_pieces[last]) == key(m_pieces[first]))
            ++last;
        const Piece &style = m_pieces[first];
        const QColor colour = QColor::fromRgb(style.rgb);
        const double alpha = alphaOf(style.status, style.faint);
        // The fills: a sweep over the solid parts, one rectangle per stretch of equal depth.
        edges.clear();
        for (std::size_t i = first; i < last; ++i) {
            if (m_pieces[i].fillRight > m_pieces[i].fillLeft) {
                edges.emplace_back(m_pieces[i].fillLeft, 1);
                edges.emplace_back(m_pieces[i].fillRight, -1);
            }
        }
        std::sort(edges.begin(), edges.end());
        int depth = 0;
        for (std::size_t e = 0; e < edges.size(); ++e) {
            depth += edges[e].second;
            if (depth <= 0 || e + 1 >= edges.size() || edges[e + 1].first <= edges[e].first)
                continue;
            QColor fill = colour;
            fill.setAlphaF(static_cast<float>(1 - std::pow(1 - alpha, std::min(depth, 40))));
            p.fillRect(QRectF(edges[e].first, style.top, edges[e + 1].first - edges[e].first, style.height), fill);
        }
        // Decorations: once over each stretch the pieces cover together (sorted by left).
        if (!style.faint && style.status != ClaimStatus::Confirmed) {
            double left = m_pieces[first].left;
            double right = m_pieces[first].right;
            auto decorate = [&](double l, double r) {
                const QRectF rect(l, style.top, r - l, style.height);
                switch (style.status) {
                case ClaimStatus::Confirmed:
                    break;
                case ClaimStatus::Reported:
                    p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 1), colour);
                    p.fillRect(QRectF(rect.left(), rect.bottom() - 1, rect.width(), 1), colour);
                    break;
                case ClaimStatus::Alleged:
                    p.fillRect(rect, QBrush(colour, Qt::BDiagPattern));
                    break;
                case ClaimStatus::Disputed:
                    p.fillRect(rect, QBrush(colour, Qt::DiagCrossPattern));
                    break;
                case ClaimStatus::Denied:
                    p.fillRect(QRectF(rect.left(), rect.center().y() - 0.5, rect.width(), 1), theme.text);
                    break;
                }
            };
            for (std::size_t i = first + 1; i < last; ++i) {
                if (m_pieces[i].left > right) {
                    decorate(left, right);
                    left = m_pieces[i].left;
                }
                right = std::max(right, m_pieces[i].right);
            }
            decorate(left, right);
        }
        first = last;
    }
    m_pieces.clear();
    m_ramps.clear();
}

} // namespace entente
