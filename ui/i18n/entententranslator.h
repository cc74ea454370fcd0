#pragma once

#include <QTranslator>

namespace entente {

// Entente's own translations. Several files translate through a small file-local helper,
// `tr(text)` → QCoreApplication::translate("entente::Importer", text), called from free
// functions or other classes; lupdate files those strings under the enclosing scope ("entente",
// "entente::ImportSummary", …) rather than the helper's context. When a message is not found in
// the context it is asked for, this translator also looks in those scopes, so the .ts files can
// stay exactly as lupdate writes them.
class EntenteTranslator final : public QTranslator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntenteTranslator)

public:
    explicit EntenteTranslator(QObject *parent = nullptr);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace entente
