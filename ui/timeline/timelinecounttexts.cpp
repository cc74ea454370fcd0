#include "timelinecounttexts.h"

#include "timelinepainting.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace entente {

void TimelineCountTexts::setFont(const QFont &font, const QLocale &locale)
{
    if (font == m_font && locale == m_locale && m_raw.isValid())
        return;
    m_font = font;
    m_locale = locale;
    m_raw = QRawFont::fromFont(font);
    m_ascent = QFontMetricsF(font).ascent();
    m_laid.clear();
}

const TimelineCountTexts::Laid &TimelineCountTexts::laid(std::uint32_t count)
{
    auto it = m_laid.find(count);
    if (it != m_laid.end())
        return *it;
    if (m_laid.size() > 4096)
        m_laid.clear();
    Laid l;
    const QString text = timelinepaint::clusterText(count, m_locale);
    const QFontMetricsF fm(m_font);
    l.size = QSizeF(fm.horizontalAdvance(text), fm.height());
    l.glyphs = m_raw.isValid() ? m_raw.glyphIndexesForString(text) : QList<quint32>();
    const bool complete = !l.glyphs.isEmpty() && !l.glyphs.contains(0U);
    if (complete) {
        const QList<QPointF> advances = m_raw.advancesForGlyphIndexes(l.glyphs);
        double x = 0;
        for (const QPointF &a : advances) {
            l.offsets.append(QPointF(x, m_ascent));
            x += a.x();
        }
        l.size.setWidth(x);
    } else {
        l.glyphs.clear();
        l.fallback = QStaticText(text);
        l.fallback.setTextFormat(Qt::PlainText);
        l.fallback.prepare(QTransform(), m_font);
        l.size = l.fallback.size();
    }
    return *m_laid.insert(count, l);
}

QSizeF TimelineCountTexts::size(std::uint32_t count)
{
    return laid(count).size;
}

void TimelineCountTexts::add(std::uint32_t count, QPointF at, const QColor &colour)
{
    const QRgb rgb = colour.rgba();
    auto run = std::find_if(m_runs.begin(), m_runs.end(), [rgb](const Run &r) { return r.colour == rgb; });
    if (run == m_runs.end()) {
        m_runs.push_back({ rgb, {}, {}, {} });
        run = std::prev(m_runs.end());
    }
    const Laid &l = laid(count);
    if (l.glyphs.isEmpty()) {
        run->fallbacks.emplace_back(l.fallback, at);
        return;
    }
    run->glyphs.append(l.glyphs);
    for (const QPointF &offset : l.offsets)
        run->positions.append(at + offset);
}

void TimelineCountTexts::flush(QPainter &p)
{
    const QPen pen = p.pen();
    const QFont font = p.font();
    p.setFont(m_font);
    m_glyphRun.setRawFont(m_raw);
    for (Run &run : m_runs) {
        p.setPen(QColor::fromRgba(run.colour));
        if (!run.glyphs.isEmpty()) {
            m_glyphRun.setGlyphIndexes(run.glyphs);
            m_glyphRun.setPositions(run.positions);
            p.drawGlyphRun(QPointF(0, 0), m_glyphRun);
        }
        for (const auto &[text, at] : run.fallbacks)
            p.drawStaticText(at, text);
    }
    m_runs.clear();
    p.setPen(pen);
    p.setFont(font);
}

} // namespace entente
