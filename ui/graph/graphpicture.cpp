// GraphRenderer: a picture for export, with the title, legend and credit around the graph, and
// the counts and captions they state. The graph itself is drawn in graphrenderer.cpp.
#include "graphrenderer.h"

#include "graphpaint.h"
#include "publish/publicationframe.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace entente {

using namespace graphpaint;

QString GraphRenderer::countsText(const GraphScene &scene) const
{
    int actors = 0, events = 0;
    for (int i = 0; i < scene.graph.nodeCount(); ++i) {
        if (scene.isVisible(i))
            ++(scene.graph.nodes.at(i).isActor ? actors : events);
    }
    if (scene.graph.mode == ActorGraph::Mode::Bipartite)
        return QCoreApplication::translate("entente::GraphRenderer", "%n actor(s), ", nullptr, actors)
            + QCoreApplication::translate("entente::GraphRenderer", "%n event(s)", nullptr, events);
    return QCoreApplication::translate("entente::GraphRenderer", "%n actor(s)", nullptr, actors);
}

QString GraphRenderer::metricCaption(const GraphScene &scene)
{
    if (scene.metric == GraphMetric::Betweenness && scene.metrics.betweennessIsApproximate())
        return QCoreApplication::translate("entente::GraphRenderer", "%1 (approximate: paths of up to %n step(s))",
                                           nullptr, scene.metrics.betweennessCutoff)
            .arg(graphMetricLabel(scene.metric));
    return graphMetricLabel(scene.metric);
}

QRectF GraphRenderer::paintLegend(QPainter &painter, const GraphScene &scene, const QRectF &target)
{
    const QString counts = scene.graph.mode == ActorGraph::Mode::Bipartite
        ? countsText(scene)
        : QCoreApplication::translate("entente::GraphRenderer", "%1; edge width: shared events").arg(countsText(scene));
    const QString text = QCoreApplication::translate("entente::GraphRenderer", "Size and colour: %1 · %2")
                             .arg(metricCaption(scene), counts);
    QFont font = m_style.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter.setFont(font);
    painter.setPen(m_style.mutedText);
    const QRectF box = QFontMetricsF(font).boundingRect(text);
    const QRectF placed(target.left() + 8, target.bottom() - box.height() - 6, box.width() + 2, box.height());
    painter.drawText(placed, Qt::AlignLeft | Qt::AlignVCenter, text);
    return placed;
}

void GraphRenderer::paintPicture(QPainter &painter, const GraphScene &scene, const QRectF &target,
                                 const Decorations &decorations)
{
    // Type follows the picture's height: 15 px at 1080, never below 11 px; in a published
    // picture the frame's label size.
    const double px = decorations.pictureHeight > 0 ? PublicationFrame::labelPixels(decorations.pictureHeight)
                                                    : std::clamp(target.height() / 72.0, 11.0, 22.0);
    QFont titleFont = m_style.font;
    titleFont.setPixelSize(static_cast<int>(std::lround(px * 1.9)));
    titleFont.setBold(true);
    QFont small = m_style.font;
    small.setPixelSize(static_cast<int>(std::lround(px * 0.9)));
    const QFontMetricsF titleMetrics(titleFont), smallMetrics(small);
    m_titleRect = m_legendRect = m_creditRect = QRectF();
    double top = target.top();
    double bottom = target.bottom();
    if (!decorations.title.isEmpty()) {
        m_titleRect = QRectF(target.left() + px, top + px * 0.6, target.width() - 2 * px, titleMetrics.height() * 1.3);
        top = m_titleRect.bottom();
    }
    if (!decorations.credit.isEmpty()) {
        m_creditRect = QRectF(target.left() + px, bottom - smallMetrics.height() - px * 0.5, target.width() - 2 * px,
                              smallMetrics.height());
        bottom = m_creditRect.top() - px * 0.3;
    }
    if (decorations.legend) {
        const double h = std::max(px * 2.2, smallMetrics.height() + 8);
        m_legendRect = QRectF(target.left(), bottom - h, target.width(), h);
        bottom = m_legendRect.top();
    }
    m_graphRect = QRectF(target.left(), top, target.width(), std::max(1.0, bottom - top));

    painter.save();
    painter.fillRect(target, m_style.background);
    // The strip below says what the key line would; without a legend neither is drawn.
    const bool keyLine = m_keyLine;
    m_keyLine = false;
    paint(painter, scene, fit(scene, m_graphRect), m_graphRect);
    m_keyLine = keyLine;
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (!m_titleRect.isNull()) {
        painter.setFont(titleFont);
        painter.setPen(m_style.text);
        painter.drawText(m_titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                         titleMetrics.elidedText(decorations.title, Qt::ElideRight, m_titleRect.width()));
    }
    if (!m_legendRect.isNull())
        paintLegendStrip(painter, scene, m_legendRect, px, decorations.pictureHeight <= 0, decorations.locale);
    if (!m_creditRect.isNull()) {
        painter.setFont(small);
        painter.setPen(m_style.mutedText);
        painter.drawText(m_creditRect, Qt::AlignLeft | Qt::AlignVCenter,
                         smallMetrics.elidedText(decorations.credit, Qt::ElideRight, m_creditRect.width()));
    }
    painter.restore();
}

void GraphRenderer::paintLegendStrip(QPainter &painter, const GraphScene &scene, const QRectF &strip, double px,
                                     bool counts, const QLocale &locale)
{
    QFont font = m_style.font;
    font.setPixelSize(static_cast<int>(std::lround(px)));
    const QFontMetricsF fm(font);
    painter.save();
    painter.setFont(font);
    QColor rule = m_style.mutedText;
    rule.setAlpha(90);
    painter.setPen(QPen(rule, 1));
    painter.drawLine(QLineF(strip.left() + px, strip.top() + 0.5, strip.right() - px, strip.top() + 0.5));
    const double cy = strip.center().y();
    const double baseline = cy + (fm.ascent() - fm.descent()) / 2;
    // The counts are the window's: a published picture's reader has the picture itself.
    const QString countsLine = counts ? countsText(scene) : QString();
    const double countsWidth = fm.horizontalAdvance(countsLine);
    const double right = strip.right() - px * 2 - countsWidth;
    painter.setPen(m_style.mutedText);
    painter.drawText(QPointF(strip.right() - px - countsWidth, baseline), countsLine);
    double x = strip.left() + px;
    const double gap = px * 1.6;
    auto text = [&](const QString &t, bool check = true) {
        const double w = fm.horizontalAdvance(t);
        if (check && x + w > right)
            return false;
        painter.setPen(m_style.text);
        painter.drawText(QPointF(x, baseline), t);
        x += w;
        return true;
    };
    auto disc = [&](const QColor &fill, double r) {
        painter.setPen(QPen(m_style.background, 1));
        painter.setBrush(fill);
        painter.drawEllipse(QPointF(x + r, cy), r, r);
        x += 2 * r + px * 0.4;
    };
    const GraphMetric sizeBy = sizeMetric(scene.metric);
    const bool haveMetrics = !scene.metrics.degree.isEmpty();
    // Node kinds and what sets the size.
    const QColor actorColour = scene.metric == GraphMetric::Community || !haveMetrics
        ? QColor(kCommunityPalette[0])
        : QColor::fromHsvF(static_cast<float>(105.0 / 360.0), 0.62f, 0.86f);
    disc(actorColour, px * 0.35);
    disc(actorColour, px * 0.6);
    const QString sizeCaption = sizeBy == scene.metric ? metricCaption(scene) : graphMetricLabel(sizeBy);
    if (!text(QCoreApplication::translate("entente::GraphRenderer", "Actor, sized by %1").arg(sizeCaption.toLower())))
        return painter.restore();
    x += gap;
    if (scene.graph.mode == ActorGraph::Mode::Bipartite) {
        disc(m_style.event, px * 0.25);
        if (!text(QCoreApplication::translate("entente::GraphRenderer", "Event")))
            return painter.restore();
        x += gap;
    }
    // Colour: categories for communities, a ramp from low to high otherwise.
    if (haveMetrics && scene.metric == GraphMetric::Community) {
        if (!text(QCoreApplication::translate("entente::GraphRenderer", "Community: ")))
            return painter.restore();
        const int shown = std::min<int>(scene.metrics.communityCount, static_cast<int>(std::size(kCommunityPalette)));
        for (int c = 0; c < shown; ++c) {
            const QString number = QString::number(c + 1);
            if (x + px + fm.horizontalAdvance(number) > right)
                break;
            disc(QColor(kCommunityPalette[c]), px * 0.4);
            text(number, false);
            x += px * 0.6;
        }
        x += gap;
    } else if (haveMetrics) {
        const QString low = QCoreApplication::translate("entente::GraphRenderer", "Colour: low");
        const QString high = QCoreApplication::translate("entente::GraphRenderer", "high");
        const double ramp = px * 6;
        if (x + fm.horizontalAdvance(low) + ramp + fm.horizontalAdvance(high) + px > right)
            return painter.restore();
        text(low, false);
        x += px * 0.4;
        QLinearGradient gradient(QPointF(x, cy), QPointF(x + ramp, cy));
        for (int i = 0; i <= 6; ++i) {
            const double t = i / 6.0;
            gradient.setColorAt(t, QColor::fromHsvF(static_cast<float>((210.0 - 210.0 * t) / 360.0), 0.62f, 0.86f));
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(gradient);
        painter.drawRoundedRect(QRectF(x, cy - px * 0.3, ramp, px * 0.6), px * 0.3, px * 0.3);
        x += ramp + px * 0.4;
        text(high, false);
        x += gap;
    }
    // Actors only: what an edge's width says.
    if (scene.graph.mode == ActorGraph::Mode::Actors && !scene.graph.edges.isEmpty()) {
        double most = 1;
        for (const ActorGraph::Edge &e : scene.graph.edges)
            most = std::max(most, e.weight);
        const double sample = px * 2;
        if (x + sample * 2 + px > right)
            return painter.restore();
        for (const double w : { 1.0, most }) {
            ActorGraph::Edge e;
            e.weight = w;
            painter.setPen(QPen(m_style.text, edgeWidth(scene.graph, e), Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QLineF(x, cy, x + sample, cy));
            x += sample + px * 0.5;
        }
        text(QCoreApplication::translate("entente::GraphRenderer", "Edge width: shared events (1 to %1)")
                 .arg(locale.toString(static_cast<int>(most))));
    }
    painter.restore();
}

} // namespace entente
