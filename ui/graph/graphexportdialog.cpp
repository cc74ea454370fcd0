#include "graphexportdialog.h"

namespace entente {

GraphExportDialog::GraphExportDialog(const QString &title, QWidget *parent)
    : PictureExportDialog(tr("Export Graph"), title, QStringLiteral("graph.png"), parent)
{ }

GraphExportDialog::~GraphExportDialog() = default;

} // namespace entente
