#pragma once

#include "publish/pictureexportdialog.h"
#include "timelineexport.h"

class QRadioButton;

namespace entente {

// The picture export dialog for the timeline, with one question more: the window in view or
// the whole span.
class TimelineExportDialog final : public PictureExportDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineExportDialog)

public:
    explicit TimelineExportDialog(const QString &title, QWidget *parent = nullptr);
    ~TimelineExportDialog() override;

    TimelineExport::Spec spec() const;
    bool wholeSpan() const;

private:
    QRadioButton *m_window;
    QRadioButton *m_whole;
};

} // namespace entente
