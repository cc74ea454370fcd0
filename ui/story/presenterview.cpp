#include "presenterview.h"

#include "presentationwindow.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>

namespace entente {

namespace {

QLabel *label(QWidget *parent, int pixels, bool bold, const QString &colour)
{
    auto *l = new QLabel(parent);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    l->setFont(f);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText); // notes and titles are the user's text, never markup
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    l->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    return l;
}

} // namespace

PresenterView::PresenterView(PresentationWindow *presentation, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_presentation(presentation)
    , m_tick(new QTimer(this))
{
    setWindowTitle(tr("Presenter view"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0x1b, 0x1e, 0x23));
    setPalette(pal);
    m_progress = label(this, 36, true, QStringLiteral("#e6e8eb"));
    m_elapsed = label(this, 36, true, QStringLiteral("#ffe000"));
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_title = label(this, 34, true, QStringLiteral("#ffffff"));
    m_note = label(this, 30, false, QStringLiteral("#ffffff"));
    m_next = label(this, 24, false, QStringLiteral("#a0a6b0"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(40, 32, 40, 32);
    grid->setVerticalSpacing(24);
    grid->addWidget(m_progress, 0, 0);
    grid->addWidget(m_elapsed, 0, 1);
    grid->addWidget(m_title, 1, 0, 1, 2);
    grid->addWidget(m_note, 2, 0, 1, 2);
    grid->addWidget(m_next, 3, 0, 1, 2);
    grid->setRowStretch(2, 1);
    connect(m_presentation, &PresentationWindow::stepChanged, this, &PresenterView::refresh);
    connect(m_tick, &QTimer::timeout, this, &PresenterView::refresh);
    m_tick->setSingleShot(true);
    refresh();
}

QString PresenterView::noteText() const
{
    return m_note->text();
}

QString PresenterView::nextText() const
{
    return m_next->text();
}

QString PresenterView::clockText(qint64 seconds)
{
    return tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString PresenterView::elapsedText() const
{
    return m_elapsed->text();
}

void PresenterView::refresh()
{
    // The next tick comes just after the clock's next whole second, so the time shown is never
    // a second behind, however late this refresh ran.
    const qint64 ms = m_presentation->elapsedMs();
    m_tick->start(static_cast<int>(1000 - ms % 1000) + 5);
    const StorySlides &slides = m_presentation->slides();
    const int step = m_presentation->currentStep();
    if (slides.count() == 0) {
        m_progress->setText(tr("No steps"));
        return;
    }
    m_progress->setText(tr("Step %1 / %2").arg(step + 1).arg(slides.count()));
    m_elapsed->setText(clockText(ms / 1000));
    const StorySlides::Card &card = slides.card(step);
    // The claim status beside the date, as on the card: the teacher says "alleged" too.
    m_title->setText(card.title + QStringLiteral("  ·  ") + claimStatusLabel(card.status) + QStringLiteral("  ·  ")
                     + card.date);
    m_note->setText(card.note.isEmpty() ? tr("(No note for this step.)") : card.note);
    m_next->setText(step + 1 < slides.count() ? tr("Next: %1").arg(slides.card(step + 1).title)
                                              : tr("Next: the end of the story."));
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    // The presenter may have this screen focused: its keys drive the presentation all the same.
    QKeyEvent copy(event->type(), event->key(), event->modifiers(), event->text());
    QCoreApplication::sendEvent(m_presentation, &copy);
}

} // namespace entente
