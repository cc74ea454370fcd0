#pragma once

#include "publish/pictureexportdialog.h"

namespace entente {

// The picture export dialog for the graph as it is shown (mode, measure, focus, time slider).
class GraphExportDialog final : public PictureExportDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphExportDialog)

public:
    using Spec = PictureSpec;
    explicit GraphExportDialog(const QString &title, QWidget *parent = nullptr);
    ~GraphExportDialog() override;
};

} // namespace entente
