#include "timelineexportdialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QRadioButton>

namespace entente {

TimelineExportDialog::TimelineExportDialog(const QString &title, QWidget *parent)
    : PictureExportDialog(tr("Export Timeline"), title, QStringLiteral("timeline.png"), parent)
    , m_window(new QRadioButton(tr("The window in view"), this))
    , m_whole(new QRadioButton(tr("The whole span"), this))
{
    m_window->setChecked(true);
    auto *span = new QHBoxLayout;
    span->addWidget(m_window);
    span->addWidget(m_whole);
    form()->insertRow(2, tr("Show:"), span);
}

TimelineExportDialog::~TimelineExportDialog() = default;

TimelineExport::Spec TimelineExportDialog::spec() const
{
    TimelineExport::Spec s;
    s.picture = PictureExportDialog::spec();
    return s;
}

bool TimelineExportDialog::wholeSpan() const
{
    return m_whole->isChecked();
}

} // namespace entente
