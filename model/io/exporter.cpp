#include "exporter.h"

#include "csvexporter.h"
#include "ententejsonexporter.h"
#include "graphexporter.h"
#include "icsexporter.h"
#include "store.h"
#include "timelinejsexporter.h"

namespace entente {

ExportError::ExportError(const QString &message)
    : std::runtime_error(message.toStdString())
{ }

void Exporter::forEachEvent(Store &store, const EventFilter &filter, const std::function<void(const Event &)> &each)
{
    const QList<EventId> ids = store.eventIds(filter);
    constexpr qsizetype kBlock = 2048;
    for (qsizetype i = 0; i < ids.size(); i += kBlock) {
        for (const Event &e : store.events(ids.mid(i, kBlock)))
            each(e);
    }
}

QStringList exportFormats()
{
    return { QStringLiteral("json"), QStringLiteral("csv"),     QStringLiteral("timelinejs"),
             QStringLiteral("gexf"), QStringLiteral("graphml"), QStringLiteral("ics") };
}

std::unique_ptr<Exporter> makeExporter(const QString &format)
{
    if (format == u"json")
        return std::make_unique<EntenteJsonExporter>();
    if (format == u"csv")
        return std::make_unique<CsvExporter>();
    if (format == u"timelinejs")
        return std::make_unique<TimelineJsExporter>();
    if (format == u"gexf")
        return std::make_unique<GraphExporter>(GraphExporter::Format::Gexf);
    if (format == u"graphml")
        return std::make_unique<GraphExporter>(GraphExporter::Format::GraphMl);
    if (format == u"ics")
        return std::make_unique<IcsExporter>();
    return nullptr;
}

} // namespace entente
