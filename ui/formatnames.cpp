#include "formatnames.h"

#include <QCoreApplication>

#include <array>

namespace entente {

namespace {

struct Format
{
    const char *key;
    const char *name;
    const char *pattern;
};

constexpr std::array kFormats {
    Format { "json", QT_TRANSLATE_NOOP("entente::FormatNames", "Entente JSON"), "*.json" },
    Format { "csv", QT_TRANSLATE_NOOP("entente::FormatNames", "CSV"), "*.csv" },
    Format { "timelinejs", QT_TRANSLATE_NOOP("entente::FormatNames", "TimelineJS JSON"), "*.json" },
    Format { "timelinejs-csv", QT_TRANSLATE_NOOP("entente::FormatNames", "TimelineJS spreadsheet"), "*.csv" },
    Format { "acled", QT_TRANSLATE_NOOP("entente::FormatNames", "ACLED CSV"), "*.csv" },
    Format { "timeline", QT_TRANSLATE_NOOP("entente::FormatNames", "Timeline (thetimelineproj)"), "*.timeline" },
    Format { "gdelt", QT_TRANSLATE_NOOP("entente::FormatNames", "GDELT events"), "*.CSV *.zip" },
    Format { "ucdp", QT_TRANSLATE_NOOP("entente::FormatNames", "UCDP GED CSV"), "*.csv *.zip" },
    Format { "gexf", QT_TRANSLATE_NOOP("entente::FormatNames", "GEXF for Gephi"), "*.gexf" },
    Format { "graphml", QT_TRANSLATE_NOOP("entente::FormatNames", "GraphML"), "*.graphml" },
    Format { "ics", QT_TRANSLATE_NOOP("entente::FormatNames", "iCalendar"), "*.ics" },
};

const Format *find(const QString &key)
{
    for (const Format &f : kFormats) {
        if (key == QLatin1String(f.key))
            return &f;
    }
    return nullptr;
}

} // namespace

QString FormatNames::name(const QString &format)
{
    const Format *f = find(format);
    return f ? QCoreApplication::translate("entente::FormatNames", f->name) : format;
}

QString FormatNames::fileFilter(const QString &format)
{
    const Format *f = find(format);
    return f ? QStringLiteral("%1 (%2)").arg(name(format), QLatin1String(f->pattern)) : format;
}

} // namespace entente
