#pragma once

#include "story.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timelinetitles.h"
#include "timeline/timelineviewport.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace entente {

class Store;

// How a slide looks: the presentation theme (ordinary, or high contrast for a washed-out
// projector) and a font scale on top of the size the slide is drawn at.
struct SlideStyle
{
    bool highContrast = false;
    double fontScale = 1;
};

// The slides of a story over one file: what each step shows (its card, its camera) and how a
// slide is drawn, on any QPainter. The presentation window, the presenter view and the PDF
// handout all draw through here, so the screen and the paper agree.
class StorySlides
{
    Q_DECLARE_TR_FUNCTIONS(entente::StorySlides)

public:
    // The card of a step: plain text only; nothing here is ever read as markup.
    struct Card
    {
        EventId eventId = 0;
        QString title;
        QString date; // as precise as the record knows it
        struct ActorChip
        {
            QString name;
            QColor colour;
        };
        QList<ActorChip> actors;
        QString summary;
        QString credit;
        QString note;
        QList<ActorId> highlighted; // the step's camera: these actors' lanes stay at full colour
        double start = 0; // seconds since 1970, for the time cursor
        double end = 0;
        qint64 row = -1; // the event's row in the timeline index
    };

    StorySlides(Store &store, const Story &story);

    const Story &story() const { return m_story; }
    int count() const { return static_cast<int>(m_cards.size()); }
    const Card &card(int step) const { return m_cards.at(step); }
    TimelineViewport camera(int step) const { return m_cameras.at(step); }

    // Draws step `step` into `rect` with the timeline at `viewport` (the camera, or a frame of
    // the animation towards it). The layout is designed at 1920×1080 and scales with the rect.
    void paint(QPainter &painter, const QRectF &rect, int step, const TimelineViewport &viewport,
               const SlideStyle &style);

    // The layout of the last paint, for hit tests and checks.
    const TimelineFrame &timelineFrame() const { return m_renderer.frame(); }
    QRectF titleRect() const { return m_titleRect; }
    QRectF focusRect() const { return m_focusRect; } // the highlighted event's mark; empty if off view
    QColor focusColour() const { return m_focusColour; }
    // The lanes the step highlights, as drawn (header and body), for checks.
    const QList<QRectF> &highlightedLanes() const { return m_highlightedLanes; }

    static TimelineTheme theme(const SlideStyle &style);

private:
    void paintFocus(QPainter &painter, const Card &card, const TimelineTheme &theme, double unit);
    double paintCard(QPainter &painter, const QRectF &rect, const Card &card, const TimelineTheme &theme, double unit);
    QColor actorColour(ActorId id, const TimelineTheme &theme) const;

    Story m_story;
    TimelineIndex m_index;
    TimelineLanes m_lanes;
    TimelineTitles m_titles;
    TimelineRenderer m_renderer;
    QList<Card> m_cards;
    QList<TimelineViewport> m_cameras;
    QRectF m_titleRect;
    QRectF m_focusRect;
    QColor m_focusColour;
    QList<QRectF> m_highlightedLanes;
};

} // namespace entente
