#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace entente {

// The small panel over the timeline while its index is built in the background: how far the
// build is, and a button to cancel it; after a cancel, a button to build again.
class TimelineBuildStatus final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineBuildStatus)

public:
    explicit TimelineBuildStatus(QWidget *parent = nullptr);

    void showProgress(int percent);
    void showCancelled();
    int percent() const;
    bool isCancelled() const { return m_cancelled; }
    QPushButton *button() const { return m_button; }

signals:
    void cancelRequested();
    void restartRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_button;
    bool m_cancelled = false;
};

} // namespace entente
