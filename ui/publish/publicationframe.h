#pragma once

#include "publication.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStringList>

#include <vector>

class QPainter;

namespace entente {

// The frame every published picture is painted into: a headline and an optional description
// above the view, notes and a source line below it, with the byline and the date. Type scales
// with the picture: the headline is 4.6 % of its height (the cap height over 3.3 %), every line
// of text at least 1.7 %, so a social card and an A4 page at 300 dpi read alike.
class PublicationFrame
{
public:
    struct Colours
    {
        QColor background;
        QColor text;
        QColor muted;
        static Colours light();
        static Colours dark();
    };

    // Text sizes in layout pixels for a picture `height` tall.
    static double headlinePixels(double height);
    static double subtitlePixels(double height);
    static double smallPixels(double height); // notes, source line, byline
    // What a view inside the frame should set its labels at: 1.75 % of the picture (the
    // smallest labels views draw from it, at 0.8 of it, stay over 1.4 %).
    static double labelPixels(double height);

    // Lays the frame out in `target` for `publication` and returns the rectangle left for the
    // view. The source line is the publication's credit, else `sourceLine` (the publishers of
    // the events shown: "Sources: TASS and Reuters").
    QRectF layout(const Publication &publication, const QString &sourceLine, const QRectF &target,
                  const Colours &colours);
    // Fills the background and paints the texts laid out by layout().
    void paint(QPainter &painter) const;

    // Where the last layout() put each part, for the view and for checks.
    QRectF bounds() const { return m_bounds; }
    QRectF viewRect() const { return m_view; }
    QRectF headlineRect() const { return m_headline.rect; }
    QRectF subtitleRect() const { return m_subtitle.rect; }
    QRectF notesRect() const { return m_notes.rect; }
    QRectF sourceRect() const { return m_source.rect; }
    QRectF bylineRect() const { return m_byline.rect; }
    QFont headlineFont() const { return m_headline.font; }
    QFont smallFont() const { return m_source.font; }
    QStringList headlineLines() const { return m_headline.lines; }

    // The byline and the date as printed: "Graphic: Olena · 6 December 2026".
    static QString bylineText(const Publication &publication);
    // Breaks `text` into at most `maxLines` lines of `width`, the last one elided.
    static QStringList wrap(const QString &text, const QFont &font, double width, int maxLines);

private:
    struct Block
    {
        QFont font;
        QColor colour;
        QStringList lines;
        QRectF rect;
        Qt::Alignment align = Qt::AlignLeft;
        double lineHeight = 0;
    };
    static Block block(const QString &text, const QFont &font, const QColor &colour, double width, int maxLines);
    static void paintBlock(QPainter &painter, const Block &b);

    QRectF m_bounds;
    QRectF m_view;
    Colours m_colours;
    Block m_headline;
    Block m_subtitle;
    Block m_notes;
    Block m_source;
    Block m_byline;
};

} // namespace entente
