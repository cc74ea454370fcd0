#include "formatregistry.h"

#include "acledimporter.h"
#include "csvexporter.h"
#include "csvimporter.h"
#include "ententejsonexporter.h"
#include "ententejsonimporter.h"
#include "formatprobe.h"
#include "gdeltimporter.h"
#include "graphexporter.h"
#include "icsexporter.h"
#include "timelineimporter.h"
#include "timelinejscsvimporter.h"
#include "timelinejsexporter.h"
#include "timelinejsimporter.h"
#include "ucdpimporter.h"

#include <QCoreApplication>

namespace entente {

namespace {

using Match = FormatInfo::Match;
using Option = FormatInfo::Option;

// Factories for the table: readWith<CsvImporter>, writeWith<GraphExporter, GraphExporter::Format::Gexf>.
template<typename T, auto... arguments> std::unique_ptr<Importer> readWith()
{
    return std::make_unique<T>(arguments...);
}

template<typename T, auto... arguments> std::unique_ptr<Exporter> writeWith()
{
    return std::make_unique<T>(arguments...);
}

// Entente JSON says what it is ("format": "entente", "format_version").
Match sniffEntenteJson(const FormatProbe &p)
{
    if (p.looksLikeJson() && (p.head().contains("\"format_version\"") || p.head().contains("\"entente\"")))
        return Match::ByContent;
    return Match::No;
}

// TimelineJS JSON has no marker of its own: any other JSON, or a .json file of no known shape.
Match sniffTimelineJs(const FormatProbe &p)
{
    if (p.looksLikeJson())
        return Match::ByShape;
    return p.looksLikeText() && p.suffix() == u"json" ? Match::ByExtension : Match::No;
}

// The TimelineJS spreadsheet, by its column names.
Match sniffTimelineJsSheet(const FormatProbe &p)
{
    const QByteArray &header = p.firstLine();
    if (p.looksLikeText() && header.contains("headline") && header.contains("year") && header.contains("display date"))
        return Match::ByContent;
    return Match::No;
}

// ACLED's export, by its column names.
Match sniffAcled(const FormatProbe &p)
{
    if (p.looksLikeText() && p.firstLine().contains("event_date") && p.firstLine().contains("actor1"))
        return Match::ByContent;
    return Match::No;
}

// GDELT has no header and comes zipped, UCDP GED often zipped: the probe looks into the archive
// once for both.
template<const char16_t *kId> Match sniffDataset(const FormatProbe &p)
{
    return p.dataset() == QStringView(kId) ? Match::ByContent : Match::No;
}
constexpr char16_t kGdelt[] = u"gdelt";
constexpr char16_t kUcdp[] = u"ucdp";

// Our CSV: any text whose first line has a comma, or a .csv file.
Match sniffCsv(const FormatProbe &p)
{
    if (!p.looksLikeText())
        return Match::No;
    if (p.firstLine().contains(','))
        return Match::ByShape;
    return p.suffix() == u"csv" ? Match::ByExtension : Match::No;
}

// thetimelineproj's XML has a <timeline> root.
Match sniffTimeline(const FormatProbe &p)
{
    if (p.looksLikeXml())
        return p.head().contains("<timeline") ? Match::ByContent : Match::No;
    return p.looksLikeText() && p.suffix() == u"timeline" ? Match::ByExtension : Match::No;
}

// The table: one entry per format, in the order lists show them. To add a format, write its
// importer (and/or exporter) and add an entry: its id, its name (in the context
// "entente::FormatNames", where ui/formatnames.cpp had them, so translations carry over), its
// extensions, and what it can do: a sniff function and readWith<TheImporter> for a format Entente
// reads, writeWith<TheExporter> for one it writes, and its options. Nothing else lists formats.
QList<FormatInfo> makeFormats()
{
    return {
        { .id = QStringLiteral("json"),
          .name = QT_TRANSLATE_NOOP("entente::FormatNames", "Entente JSON"),
          .extensions = { QStringLiteral("json") },
          .sniff = sniffEntenteJson,
          .reader = readWith<EntenteJsonImporter>,
          .writer = writeWith<EntenteJsonExporter>,
          .options = {} },
        { .id = QStringLiteral("csv"),
          .name = QT_TRANSLATE_NOOP("entente::FormatNames", "CSV"),
          .extensions = { QStringLiteral("csv") },
          .sniff = sniffCsv,
          .reader = readWith<CsvImporter>,
          .writer = writeWith<CsvExporter>,
          .options = Option::ColumnMap },
        { .id = QStringLiteral("timelinejs"),
          .name = QT_TRANSLATE_NOOP("entente::FormatNames", "TimelineJS JSON"),
          .extensions = { QStringLiteral("json") },
          .sniff = sniffTimelineJs,
          .reader = readWith<TimelineJsImporter>,
          .writer = writeWith<TimelineJsExporter>,
          .options = Option::GroupAsTag },
        { .id = QStringLiteral("timelinejs-csv"),
          .name = QT_TRANSLATE_NOOP("entente::FormatNames", "TimelineJS spreadsheet"),
          .extensions = { QStringLiteral("csv") },
          .sniff = sniffTimelineJsSheet,
          .reader = readWith<TimelineJsCsvImporter>,
          .options = Option::GroupAsTag },
        { .id = QStringLiteral("acled"),
          .name = QT_TRANSLATE_NOOP("entente::FormatNames", "ACLED CSV"),
          .extensions = { QStringLiteral("csv") },
          .sniff = sniffAcled,
          .reader = readWith<AcledImporter>,
          .options = {} },
        { .id = QStringLiteral("timeline"),
          .name = QT_TRANSLATE_NOOP("entente::FormatNames", "Timeline (thetimelineproj)"),
          .extensions = { QStringLiteral("timeline") },
          .sniff = sniffTimeline,
          .reader = readWith<TimelineImporter>,
          .options = {} },
        { .id = QStringLiteral("gdelt"),
          .name = QT_TRANSLATE_NOOP("entente::FormatNames", "GDELT events"),
          .extensions = { QStringLiteral("csv"), QStringLiteral("zip") },
          .sniff = sniffDataset<kGdelt>,
          .reader = readWith<GdeltImporter>,
          .options = {} },
        { .id = QStringLiteral("ucdp"),
          .name = QT_TRANSLATE_NOOP("entente::FormatNames", "UCDP GED CSV"),
          .extensions = { QStringLiteral("csv"), QStringLiteral("zip") },
          .sniff = sniffDataset<kUcdp>,
          .reader = readWith<UcdpImporter>,
          .options = {} },
        { .id = QStringLiteral("gexf"),
          .name = QT_TRANSLATE_NOOP("entente::FormatNames", "GEXF for Gephi"),
          .extensions = { QStringLiteral("gexf") },
          .writer = writeWith<GraphExporter, GraphExporter::Format::Gexf>,
          .options = Option::GraphLayout },
        { .id = QStringLiteral("graphml"),
          .name = QT_TRANSLATE_NOOP("entente::FormatNames", "GraphML"),
          .extensions = { QStringLiteral("graphml") },
          .writer = writeWith<GraphExporter, GraphExporter::Format::GraphMl>,
          .options = Option::GraphLayout },
        { .id = QStringLiteral("ics"),
          .name = QT_TRANSLATE_NOOP("entente::FormatNames", "iCalendar"),
          .extensions = { QStringLiteral("ics") },
          .writer = writeWith<IcsExporter>,
          .options = {} },
    };
}

} // namespace

QString FormatInfo::displayName() const
{
    return QCoreApplication::translate("entente::FormatNames", name);
}

QStringList FormatInfo::patterns() const
{
    QStringList out;
    for (const QString &extension : extensions)
        out.append(QStringLiteral("*.") + extension);
    return out;
}

QString FormatInfo::fileFilter() const
{
    return QStringLiteral("%1 (%2)").arg(displayName(), patterns().join(u' '));
}

const QList<FormatInfo> &FormatRegistry::formats()
{
    static const QList<FormatInfo> formats = makeFormats();
    return formats;
}

const FormatInfo *FormatRegistry::find(const QString &id)
{
    for (const FormatInfo &f : formats()) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QStringList FormatRegistry::readable()
{
    QStringList ids;
    for (const FormatInfo &f : formats()) {
        if (f.canRead())
            ids.append(f.id);
    }
    return ids;
}

QStringList FormatRegistry::writable()
{
    QStringList ids;
    for (const FormatInfo &f : formats()) {
        if (f.canWrite())
            ids.append(f.id);
    }
    return ids;
}

QString FormatRegistry::sniff(const QString &path)
{
    const FormatProbe probe(path);
    return probe.isReadable() ? sniff(probe) : QString();
}

QString FormatRegistry::sniff(const FormatProbe &probe)
{
    const FormatInfo *best = nullptr;
    Match bestMatch = Match::No;
    for (const FormatInfo &f : formats()) {
        if (!f.canRead() || !f.sniff)
            continue;
        const Match m = f.sniff(probe);
        if (m > bestMatch) {
            best = &f;
            bestMatch = m;
        }
    }
    return best ? best->id : QString();
}

QStringList FormatRegistry::readablePatterns()
{
    QStringList out;
    for (const FormatInfo &f : formats()) {
        if (!f.canRead())
            continue;
        for (const QString &pattern : f.patterns()) {
            if (!out.contains(pattern))
                out.append(pattern);
        }
    }
    return out;
}

QString FormatRegistry::describe(const QStringList &ids)
{
    QStringList parts;
    for (const QString &id : ids) {
        const FormatInfo *f = find(id);
        parts.append(f ? QStringLiteral("%1 = %2").arg(id, f->displayName()) : id);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace entente
