#include "entententranslator.h"

#include <cstring>

namespace entente {

namespace {

// Helper contexts whose strings lupdate also files under a class declared in the same file.
struct ContextAlias
{
    const char *context;
    const char *alias;
};

constexpr ContextAlias kAliases[] = {
    { "entente::Importer", "entente::ImportError" },
    { "entente::Importer", "entente::ImportSummary" },
    { "entente::ImportSink", "entente::ImportSink::Row" },
    { "entente::TimelineRenderer", "entente::timelinepaint" },
    { "entente::ImportSink", "entente::EventWriter" },
    // The shared timeline's classes live in entente::pg; their free functions in entente::pg too.
    { "entente::PgConnection", "entente::pg::PgConnection" },
    { "entente::PgConnection", "entente::pg::PgTarget" },
    { "entente::PgConnection", "entente::pg" },
    { "entente::PgCopy", "entente::pg::PgCopy" },
    { "entente::PgCopy", "entente::pg" },
    { "entente::PgMirror", "entente::pg::PgMirror" },
    { "entente::PgMirror", "entente::pg" },
    { "entente::PgSchema", "entente::pg::PgSchema" },
    { "entente::PgSchema", "entente::pg" },
    { "entente::PgListener", "entente::pg::PgListener" },
    { "entente::PgListener", "entente::pg" },
};

} // namespace

EntenteTranslator::EntenteTranslator(QObject *parent)
    : QTranslator(parent)
{ }

QString EntenteTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                     int n) const
{
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!text.isEmpty() || !context || std::strncmp(context, "entente", 7) != 0)
        return text;
    // A free function in namespace entente: lupdate names the namespace as the context.
    text = QTranslator::translate("entente", sourceText, disambiguation, n);
    for (const ContextAlias &a : kAliases) {
        if (!text.isEmpty())
            break;
        if (std::strcmp(context, a.context) == 0)
            text = QTranslator::translate(a.alias, sourceText, disambiguation, n);
    }
    return text;
}

} // namespace entente
