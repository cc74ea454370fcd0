#pragma once

#include "eventfilter.h"
#include "presenterview.h"
#include "story.h"
#include "storyslides.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QScreen;
class QTimer;
class QVariantAnimation;

namespace entente {

class Document;
class Selection;

// Presents a story full screen: the timeline glides (eased, under 600 ms) to each step's
// window, the step's event is drawn at full colour with its card and the rest dimmed. Keys as
// presentation software and clickers use them: Right/Down/PageDown/Space/Enter next,
// Left/Up/PageUp/Backspace previous, Home/End, a number then Enter jumps, B and W blank the
// screen, N shows the teacher's notes and the next step under the slide (for one screen; the
// presenter view does it on a second), + and − scale the slide, H switches to high contrast,
// Esc leaves. Without a story it steps through the filtered events in date order.
class PresentationWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationWindow)

public:
    enum class Blank { None, Black, White };

    PresentationWindow(Document *document, Selection *selection, std::optional<StoryId> story,
                       QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // Shows full screen on `screen` (the primary one when null) and, when there is another
    // screen, the presenter view there.
    void start(QScreen *screen = nullptr);

    int currentStep() const { return m_step; }
    int stepCount() const { return m_slides->count(); }
    void goTo(int step);
    void next() { goTo(m_step + 1); }
    void previous() { goTo(m_step - 1); }

    // The window on screen now (moves during an animation) and where it is heading.
    TimelineViewport viewport() const { return m_viewport; }
    TimelineViewport targetViewport() const { return m_slides->camera(m_step); }
    bool isAnimating() const;
    void setAnimationDuration(int ms);

    Blank blank() const { return m_blank; }
    SlideStyle style() const { return m_style; }
    void setStyle(const SlideStyle &style);
    const StorySlides &slides() const { return *m_slides; }
    PresenterView *presenterView() const { return m_presenter; }
    // Opens the presenter view on `screen` (start() does it when a second screen exists).
    void showPresenterView(QScreen *screen);
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    // The notes under the slide on this screen (N).
    bool notesShown() const { return m_notes; }
    void setNotesShown(bool shown);
    // Where the slide and the notes are drawn in a window of `size`.
    QRectF slideRect() const;
    QRectF notesRect() const;
    QString typedNumber() const { return m_typed; }

signals:
    void stepChanged(int step);
    void finished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void animateTo(const TimelineViewport &target);

    std::unique_ptr<StorySlides> m_slides;
    int m_step = 0;
    TimelineViewport m_viewport;
    TimelineViewport m_animFrom;
    TimelineViewport m_animTo;
    QVariantAnimation *m_animation;
    Blank m_blank = Blank::None;
    SlideStyle m_style;
    QString m_typed; // digits typed towards a jump
    bool m_notes = false;
    QTimer *m_notesClock; // the time in the notes, once a second while they show
    QElapsedTimer m_clock;
    QPointer<PresenterView> m_presenter;
};

} // namespace entente
