#include "presentationwindow.h"

#include "document.h"
#include "presenterview.h"
#include "selection.h"
#include "story/storysteps.h"

#include <QCloseEvent>
#include <QEasingCurve>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QTimer>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

// Under the 600 ms the eye accepts as one movement, long enough to see where the story went.
constexpr int kAnimationMs = 550;

} // namespace

PresentationWindow::PresentationWindow(Document *document, Selection *selection, std::optional<StoryId> story,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_slides(std::make_unique<StorySlides>(
          document->store(),
          stories::forPresentation(document->store(), story, selection ? selection->filter() : EventFilter())))
    , m_animation(new QVariantAnimation(this))
    , m_notesClock(new QTimer(this))
{
    m_notesClock->setInterval(1000);
    connect(m_notesClock, &QTimer::timeout, this, [this] { update(notesRect().toAlignedRect()); });
    setAttribute(Qt::WA_DeleteOnClose, false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);
    setWindowTitle(
        tr("%1 — Presentation").arg(m_slides->story().name.isEmpty() ? tr("Filtered events") : m_slides->story().name));
    if (stepCount() > 0)
        m_viewport = m_slides->camera(0);
    m_animation->setDuration(kAnimationMs);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        // Interpolate the span on a log scale: zooming from a decade to a week then reads as
        // steady, not as a plunge at the end.
        const double t = value.toDouble();
        const double fromSpan = m_animFrom.span();
        const double toSpan = m_animTo.span();
        const double span = fromSpan * std::pow(toSpan / fromSpan, t);
        const double fromCentre = (m_animFrom.from + m_animFrom.to) / 2;
        const double toCentre = (m_animTo.from + m_animTo.to) / 2;
        const double centre = fromCentre + (toCentre - fromCentre) * t;
        m_viewport = { centre - span / 2, centre + span / 2, 0 };
        if (t >= 1.0)
            m_viewport = m_animTo;
        update();
    });
}

PresentationWindow::~PresentationWindow()
{
    delete m_presenter;
}

void PresentationWindow::start(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    m_clock.start();
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
    const auto screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        for (QScreen *other : screens) {
            if (other != screen) {
                showPresenterView(other);
                break;
            }
        }
    }
}

void PresentationWindow::showPresenterView(QScreen *screen)
{
    if (!m_presenter)
        m_presenter = new PresenterView(this);
    if (!m_clock.isValid())
        m_clock.start();
    if (screen) {
        m_presenter->setScreen(screen);
        m_presenter->setGeometry(screen->availableGeometry());
    }
    m_presenter->showMaximized();
}

bool PresentationWindow::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void PresentationWindow::setAnimationDuration(int ms)
{
    m_animation->setDuration(std::clamp(ms, 1, kAnimationMs));
}

void PresentationWindow::setStyle(const SlideStyle &style)
{
    m_style = style;
    update();
}

void PresentationWindow::setNotesShown(bool shown)
{
    m_notes = shown;
    if (m_notes) {
        if (!m_clock.isValid())
            m_clock.start();
        m_notesClock->start();
    } else {
        m_notesClock->stop();
    }
    update();
}

QRectF PresentationWindow::slideRect() const
{
    // With the notes, the slide keeps the upper two thirds, whole, and the notes take the rest.
    const QRectF all(rect());
    return m_notes ? QRectF(all.left(), all.top(), all.width(), std::round(all.height() * 0.68)) : all;
}

QRectF PresentationWindow::notesRect() const
{
    if (!m_notes)
        return {};
    const QRectF slide = slideRect();
    return QRectF(slide.left(), slide.bottom(), slide.width(), height() - slide.height());
}

void PresentationWindow::goTo(int step)
{
    m_typed.clear();
    m_blank = Blank::None;
    const int target = std::clamp(step, 0, std::max(0, stepCount() - 1));
    if (target == m_step || stepCount() == 0) {
        update();
        return;
    }
    m_step = target;
    animateTo(m_slides->camera(m_step));
    emit stepChanged(m_step);
}

void PresentationWindow::animateTo(const TimelineViewport &target)
{
    m_animation->stop();
    m_animFrom = m_viewport;
    m_animTo = target;
    m_animation->start();
    update();
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_blank != Blank::None) {
        painter.fillRect(rect(), m_blank == Blank::Black ? Qt::black : Qt::white);
        return;
    }
    m_slides->paint(painter, slideRect(), m_step, m_viewport, m_style);
    if (m_notes) {
        m_slides->paintNotes(painter, notesRect(), m_step, m_style, PresenterView::clockText(elapsedMs() / 1000));
    }
    if (!m_typed.isEmpty()) {
        // The number being typed, where the progress is, so a jump is seen before Enter.
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(std::max(12, height() * 40 / 1080));
        f.setBold(true);
        painter.setFont(f);
        const QString text = tr("Go to %1").arg(m_typed);
        const QRectF box(width() * 0.5 - width() * 0.12, height() * 0.02, width() * 0.24, height() * 0.06);
        painter.fillRect(box, QColor(0, 0, 0, 200));
        painter.setPen(Qt::white);
        painter.drawText(box, Qt::AlignCenter, text);
    }
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        if (m_typed.size() < 4)
            m_typed += QChar(u'0' + (key - Qt::Key_0));
        update();
        return;
    }
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_typed.isEmpty()) {
            goTo(m_typed.toInt() - 1);
            return;
        }
        next();
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        return;
    case Qt::Key_Backspace:
        if (!m_typed.isEmpty()) {
            m_typed.chop(1);
            update();
            return;
        }
        previous();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        previous();
        return;
    case Qt::Key_Home:
        goTo(0);
        return;
    case Qt::Key_End:
        goTo(stepCount() - 1);
        return;
    case Qt::Key_B:
    case Qt::Key_Period: // what many clickers send for "black screen"
        m_blank = m_blank == Blank::Black ? Blank::None : Blank::Black;
        update();
        return;
    case Qt::Key_W:
    case Qt::Key_Comma:
        m_blank = m_blank == Blank::White ? Blank::None : Blank::White;
        update();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_style.fontScale = std::min(2.0, m_style.fontScale + 0.1);
        update();
        return;
    case Qt::Key_Minus:
        m_style.fontScale = std::max(0.6, m_style.fontScale - 0.1);
        update();
        return;
    case Qt::Key_N:
        setNotesShown(!m_notes);
        return;
    case Qt::Key_H:
        m_style.highContrast = !m_style.highContrast;
        update();
        return;
    case Qt::Key_Escape:
        if (!m_typed.isEmpty()) {
            m_typed.clear();
            update();
            return;
        }
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        next();
    else if (event->button() == Qt::RightButton)
        previous();
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    if (m_presenter)
        m_presenter->close();
    emit finished();
    QWidget::closeEvent(event);
}

} // namespace entente
