#pragma once

#include <QColor>
#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QLocale>
#include <QPointF>
#include <QRawFont>
#include <QSizeF>
#include <QStaticText>

#include <cstdint>
#include <vector>

class QPainter;

namespace entente {

// The counts on clusters and bands ("12", "3.4k"), laid out once per number and drawn together.
// Zoomed out over a million events a frame shows thousands of counts; drawing each as its own
// text was a fifth of the frame. Their glyphs are gathered into one run per colour and drawn in
// a single call each. A number whose glyphs the font lacks is drawn as text on its own instead.
class TimelineCountTexts
{
public:
    // The font and the locale the numbers are written in; a change forgets what was laid out.
    void setFont(const QFont &font, const QLocale &locale);
    // The size of the count's text.
    QSizeF size(std::uint32_t count);
    // Queues the count with its text's top left at `at`.
    void add(std::uint32_t count, QPointF at, const QColor &colour);
    // Draws everything queued, then forgets it.
    void flush(QPainter &p);

private:
    struct Laid
    {
        QList<quint32> glyphs;
        QList<QPointF> offsets; // from the text's top left to each glyph's baseline origin
        QSizeF size;
        QStaticText fallback; // set when the raw font lacks a glyph
    };
    struct Run
    {
        QRgb colour = 0;
        QList<quint32> glyphs;
        QList<QPointF> positions;
        std::vector<std::pair<QStaticText, QPointF>> fallbacks;
    };
    const Laid &laid(std::uint32_t count);

    QFont m_font;
    QLocale m_locale;
    QRawFont m_raw;
    double m_ascent = 0;
    QHash<std::uint32_t, Laid> m_laid;
    std::vector<Run> m_runs;
    QGlyphRun m_glyphRun;
};

} // namespace entente
