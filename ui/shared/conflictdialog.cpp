#include "conflictdialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStringList>

namespace entente {

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const QString &reason, QString *lastDialog)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("entente::ConflictDialog", text); };
    const QString heading = tr("Someone else changed this since you read it.");
    const QString reload = tr("Reload Their Version");
    const QString apply = tr("Apply Mine Anyway");
    if (lastDialog)
        *lastDialog = heading + u'\n' + reason + u'\n' + QStringList { reload, apply, tr("Cancel") }.join(u'|');
    if (qEnvironmentVariableIsSet("ENTENTE_NO_DIALOGS"))
        return Choice::Cancel;
    QMessageBox box(QMessageBox::Warning, tr("Edit Not Saved"), heading, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("conflictBox"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(reason + u"\n\n" + tr("Reload shows their version; apply anyway replaces it with yours."));
    QPushButton *reloadButton = box.addButton(reload, QMessageBox::AcceptRole);
    QPushButton *applyButton = box.addButton(apply, QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(reloadButton);
    box.exec();
    if (box.clickedButton() == reloadButton)
        return Choice::Reload;
    if (box.clickedButton() == applyButton)
        return Choice::ApplyAnyway;
    return Choice::Cancel;
}

} // namespace entente
