#include "timelinebuildstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace entente {

TimelineBuildStatus::TimelineBuildStatus(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("timelineBuildStatus"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(true);
    m_bar->setFixedWidth(140);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_cancelled)
            emit restartRequested();
        else
            emit cancelRequested();
    });
    showProgress(0);
}

void TimelineBuildStatus::showProgress(int percent)
{
    m_cancelled = false;
    m_label->setText(tr("Indexing events…"));
    m_bar->setValue(std::clamp(percent, 0, 100));
    m_bar->show();
    m_button->setText(tr("Cancel"));
    m_button->setToolTip(tr("Stop indexing; the timeline stays as it was"));
    adjustSize();
}

void TimelineBuildStatus::showCancelled()
{
    m_cancelled = true;
    m_label->setText(tr("Indexing cancelled: the timeline may be out of date."));
    m_bar->hide();
    m_button->setText(tr("Index again"));
    m_button->setToolTip(QString());
    adjustSize();
}

int TimelineBuildStatus::percent() const
{
    return m_bar->value();
}

} // namespace entente
