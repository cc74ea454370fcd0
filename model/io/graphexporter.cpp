#include "graphexporter.h"

#include "graphxml.h"

#include "store/exportrows.h"
#include "store/store.h"
#include "textrule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamWriter>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::GraphExporter", text);
}

QString ymd(int year, int month, int day)
{
    return QStringLiteral("%1%2-%3-%4")
        .arg(year < 0 ? QStringLiteral("-") : QString())
        .arg(std::abs(year), 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

} // namespace

QString GraphExporter::firstDay(const FuzzyDate &d)
{
    return ymd(d.yearNumber(), d.precision() >= FuzzyDate::Precision::Month ? d.monthNumber() : 1,
               d.precision() >= FuzzyDate::Precision::Day ? d.dayNumber() : 1);
}

QString GraphExporter::lastDay(const FuzzyDate &d)
{
    const int month = d.precision() >= FuzzyDate::Precision::Month ? d.monthNumber() : 12;
    const int day
        = d.precision() >= FuzzyDate::Precision::Day ? d.dayNumber() : FuzzyDate::daysInMonth(d.yearNumber(), month);
    return ymd(d.yearNumber(), month, day);
}

void GraphExporter::writeFile(const Store &store, const EventFilter &filter, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ExportError(tr("%1 cannot be written: %2.").arg(path, file.errorString()));
    // Actors first (the nodes events point to), so collect the events' actors in one pass.
    QSet<ActorId> used;
    forEachEvent(store, filter, [&](const Event &e) {
        for (const EventActor &a : e.actors)
            used.insert(a.actorId);
    });
    QHash<QString, QPointF> positions;
    for (const ExportRows::NodePositionRow &p : ExportRows::nodePositions(store))
        positions.insert(p.node, QPointF(p.x, p.y));
    GraphXml x(&file, m_format == Format::Gexf, std::move(positions));
    x.begin(store.meta(QStringLiteral("title")));
    for (const Actor &a : store.actors()) {
        if (used.contains(a.id))
            x.node({ .id = QStringLiteral("a%1").arg(a.id),
                     .label = a.name,
                     .type = "actor",
                     .kind = actorKindKey(a.kind),
                     .status = {},
                     .start = {},
                     .end = {} });
    }
    forEachEvent(store, filter, [&](const Event &e) {
        x.node({ .id = QStringLiteral("e%1").arg(e.id),
                 .label = e.title,
                 .type = "event",
                 .kind = e.kind,
                 .status = claimStatusKey(e.status),
                 .start = firstDay(e.start),
                 .end = lastDay(e.end ? *e.end : e.start) });
    });
    x.beginEdges();
    qint64 edge = 0;
    forEachEvent(store, filter, [&](const Event &e) {
        for (const EventActor &a : e.actors)
            x.edge(++edge, a, e);
    });
    x.end();
    if (x.hasError() || !file.commit())
        throw ExportError(
            tr("%1 could not be written completely: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
}

} // namespace entente
