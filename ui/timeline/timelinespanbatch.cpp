#include "timelinespanbatch.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace entente {

void TimelineSpanBatch::add(const QColor &colour, ClaimStatus status, const QRectF &rect, bool softLeft, bool softRight,
                            bool faint, int depth)
{
    if (rect.width() <= 0)
        return;
    depth = std::clamp(depth, 1, 40);
    Piece piece { colour.rgb(), status,       faint,       rect.top(),   rect.height(),
                  rect.left(),  rect.right(), rect.left(), rect.right(), depth };
    // The ends fade over up to a quarter of the span: the date lies somewhere in there.
    const double fade = std::min(0.25 * rect.width(), 14.0);
    QColor fill = colour;
    fill.setAlphaF(static_cast<float>(1 - std::pow(1 - alphaOf(status, faint), depth)));
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

const QImage &TimelineSpanBatch::rampImage(const QColor &colour, bool fadeIn)
{
    const quint64 key = (quint64(colour.rgba()) << 1) | (fadeIn ? 1U : 0U);
    auto it = m_rampImages.find(key);
    if (it == m_rampImages.end()) {
        if (m_rampImages.size() > 512)
            m_rampImages.clear();
        // Wide enough that, shrunk to the at most 14 pixels of a fade, it shows no steps.
        constexpr int width = 32;
        QImage image(width, 1, QImage::Format_ARGB32_Premultiplied);
        for (int x = 0; x < width; ++x) {
            const double share = (x + 0.5) / width;
            QColor c = colour;
            c.setAlphaF(static_cast<float>(colour.alphaF() * (fadeIn ? share : 1 - share)));
            image.setPixelColor(x, 0, c);
        }
        it = m_rampImages.insert(key, image);
    }
    return *it;
}

void TimelineSpanBatch::flush(QPainter &p, const TimelineTheme &theme)
{
    // Bars are axis-aligned: filled on whole pixels, without antialiasing, which is three to
    // four times faster on the raster engine. The pieces of a sweep meet at the same rounded
    // edges, so they still join without seams.
    const bool antialiased = p.testRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::Antialiasing, false);
    for (const Ramp &r : m_ramps)
        p.drawImage(r.rect, rampImage(r.colour, r.fadeIn));
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
                edges.emplace_back(m_pieces[i].fillLeft, m_pieces[i].depth);
                edges.emplace_back(m_pieces[i].fillRight, -m_pieces[i].depth);
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
    p.setRenderHint(QPainter::Antialiasing, antialiased);
    m_pieces.clear();
    m_ramps.clear();
}

} // namespace entente
