#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace entente {

// Chooses the user interface language and installs its translations: Entente's own (compiled in
// under :/i18n) and Qt's (qtbase_LANG.qm from the system, when installed). The language's QLocale
// becomes the default, so dates, month names and numbers follow it everywhere.
class Translations
{
public:
    // The languages Entente speaks besides English, as codes ("uk", "ru", "tr").
    static QStringList available();
    // The language `code` names ("" for the system's), resolved to one Entente has: "en" when
    // none of the system's languages is translated.
    static QString resolve(const QString &code);
    // Installs the translations for `code` ("" for the system's language), replacing any
    // installed before, and sets the default QLocale. Returns the language now in use.
    static QString install(const QString &code);
    // The language in use since the last install(): "en" until then.
    static QString current();
};

} // namespace entente
