#pragma once

#include "claimstatus.h"
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

#include <vector>

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
        ClaimStatus status = ClaimStatus::Confirmed;
        int kind = 0; // the mark's shape, as on the timeline
        struct ActorChip
        {
            QString name;
            QColor colour;
        };
        QList<ActorChip> actors;
        QString summary;
        // Every source the event cites, in its order: a publication as who, what and when
        // ("Interbellum News, “…”, date") with the quote that supports the event; a source that
        // is no publication (the public record: no date, no link) as its name and what it says.
        struct SourceLine
        {
            QString credit;
            QString note; // what a source that is not a publication (the public record) says
            QString quote;
            QString grade = QString(); // the Admiralty grade, "B2", or empty
        };
        QList<SourceLine> sources;
        QString note;
        QList<ActorId> highlighted; // the step's camera: these actors' lanes stay at full colour
        double start = 0; // seconds since 1970, for the time cursor
        double end = 0;
        qint64 row = -1; // the event's row in the timeline index
    };

    StorySlides(const Store &store, const Story &story);

    const Story &story() const { return m_story; }
    int count() const { return static_cast<int>(m_cards.size()); }
    const Card &card(int step) const { return m_cards.at(step); }
    TimelineViewport camera(int step) const { return m_cameras.at(step); }

    // Draws step `step` into `rect` with the timeline at `viewport` (the camera, or a frame of
    // the animation towards it). The layout is designed at 1920×1080 and scales with the rect;
    // the style's font scale enlarges all of it, the timeline's lanes and labels as the card.
    void paint(QPainter &painter, const QRectF &rect, int step, const TimelineViewport &viewport,
               const SlideStyle &style);
    // The teacher's notes for step `step` in `rect` (the lower part of a single screen): the
    // note, what comes next, the progress and `elapsed`.
    void paintNotes(QPainter &painter, const QRectF &rect, int step, const SlideStyle &style,
                    const QString &elapsed) const;

    // The layout of the last paint, for hit tests and checks, in the painter's coordinates.
    const TimelineFrame &timelineFrame() const { return m_frame; }
    QRectF titleRect() const { return m_titleRect; }
    QRectF focusRect() const { return m_focusRect; } // the highlighted event's mark; empty if off view
    QRectF focusLabelRect() const { return m_focusLabelRect; } // its title on the timeline
    QColor focusColour() const { return m_focusColour; }
    // The card's status line (the mark and the word) and each source's block, as drawn.
    QRectF statusRect() const { return m_statusRect; }
    const QList<QRectF> &sourceRects() const { return m_sourceRects; }
    // The lanes the step highlights, as drawn (header and body), for checks.
    const QList<QRectF> &highlightedLanes() const { return m_highlightedLanes; }
    // The lane names' pixel size in the last paint.
    double laneFontPixels() const { return m_laneFontPixels; }

    static TimelineTheme theme(const SlideStyle &style);

private:
    void paintFocus(QPainter &painter, const Card &card, const TimelineTheme &theme, double px);
    void paintFocusLabel(QPainter &painter, const Card &card, const TimelineTheme &theme, const QFont &font, double px);
    QColor actorColour(ActorId id, const TimelineTheme &theme) const;
    void buildLanes(int step);

    Story m_story;
    TimelineIndex m_index;
    // The lanes of the step drawn last: the actors with an event in its window, in the order of
    // the whole file (built when the step changes, so a story of every event costs no more).
    TimelineLanes m_lanes;
    int m_lanesStep = -1;
    QList<int> m_laneOrder;
    TimelineTitles m_titles;
    TimelineRenderer m_renderer;
    QList<Card> m_cards;
    QList<TimelineViewport> m_cameras;
    TimelineFrame m_frame; // the renderer's frame mapped to the painter's coordinates
    QRectF m_titleRect;
    QRectF m_focusRect;
    QRectF m_focusLabelRect;
    QList<QRectF> m_focusRings; // the rings drawn, in the timeline's own coordinates
    QColor m_focusColour;
    QRectF m_statusRect;
    QList<QRectF> m_sourceRects;
    QList<QRectF> m_highlightedLanes;
    double m_laneFontPixels = 0;
};

} // namespace entente
