#pragma once

#include "storyslides.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>

class QPainter;

namespace entente {

// The card under a slide's timeline, as a teacher would make it by hand: the title, the claim
// status in its mark and in words beside the date, the actors, the summary, and in a column of
// its own every source with the quote that supports the event, the type made smaller when the
// sources are long and each quote shortened only when even that does not fit.
class SlideCard
{
    Q_DECLARE_TR_FUNCTIONS(entente::SlideCard)

public:
    struct Layout
    {
        QRectF title; // the title's text as drawn
        QRectF status; // the mark and the status word
        QList<QRectF> sources; // each source's block (credit and quote)
    };

    // Paints `card` into `rect`, `unit` pixels to a point of the 1920×1080 design, the accent
    // (the event's colour on the timeline) down its left edge.
    static Layout paint(QPainter &painter, const QRectF &rect, const StorySlides::Card &card,
                        const TimelineTheme &theme, double unit, const QColor &accent);

    // The slides' type: DejaVu Sans at a pixel size.
    static QFont font(double pixels, bool bold = false);
    // Word-wrapped text cut to `rect`, ending in "…" when it does not fit; `used` gets the
    // rectangle the text takes.
    static void drawWrapped(QPainter &p, const QRectF &rect, const QString &text, QRectF *used = nullptr);
    // The height `text` takes wrapped to `width` in `font`.
    static double wrappedHeight(const QFont &font, double width, const QString &text);

private:
    static QList<QRectF> paintSources(QPainter &painter, const QRectF &rect, const StorySlides::Card &card,
                                      const TimelineTheme &theme, double unit);
};

} // namespace entente
