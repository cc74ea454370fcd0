#pragma once

#include <QWidget>

class QLabel;
class QTimer;

namespace entente {

class PresentationWindow;

// The presenter's screen (a laptop beside the projector): the teacher's note for this step,
// what comes next and the time since the start, in type readable at arm's length.
class PresenterView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterView)

public:
    explicit PresenterView(PresentationWindow *presentation, QWidget *parent = nullptr);

    QString noteText() const;
    QString nextText() const;
    QString elapsedText() const;
    // How the time since the start is written: minutes and two-digit seconds ("12:05").
    static QString clockText(qint64 seconds);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();

    PresentationWindow *m_presentation;
    QLabel *m_progress;
    QLabel *m_title;
    QLabel *m_note;
    QLabel *m_next;
    QLabel *m_elapsed;
    QTimer *m_tick;
};

} // namespace entente
