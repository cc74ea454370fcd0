#pragma once

#include <QString>

class QWidget;

namespace entente {

// An edit to a shared timeline refused because someone changed the same record since this
// window read it (StoreError Conflict): says who and when (the store's sentence), and offers to
// reload their version or to apply this edit anyway over it.
class ConflictDialog
{
public:
    enum class Choice { Reload, ApplyAnyway, Cancel };
    // `lastDialog` receives heading, reason and buttons ("|" between them), also when
    // ENTENTE_NO_DIALOGS keeps the dialog from showing (the answer is then Cancel).
    static Choice ask(QWidget *parent, const QString &reason, QString *lastDialog = nullptr);
};

} // namespace entente
