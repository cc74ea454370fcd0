#include "graphexporter.h"

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

struct Position
{
    double x = 0;
    double y = 0;
};

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
    QHash<QString, Position> positions;
    for (const ExportRows::NodePositionRow &p : ExportRows::nodePositions(store))
        positions.insert(p.node, { p.x, p.y });
    const bool gexf = m_format == Format::Gexf;
    QXmlStreamWriter x(&file);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    auto number = [](double v) { return QLocale::c().toString(v, 'g', QLocale::FloatingPointShortest); };
    auto attribute = [&](const char *id, const QString &value) {
        if (gexf) {
            x.writeEmptyElement(QStringLiteral("attvalue"));
            x.writeAttribute(QStringLiteral("for"), QLatin1String(id));
            x.writeAttribute(QStringLiteral("value"), TextRule::cleaned(value));
        } else {
            x.writeStartElement(QStringLiteral("data"));
            x.writeAttribute(QStringLiteral("key"), QLatin1String(id));
            x.writeCharacters(TextRule::cleaned(value));
            x.writeEndElement();
        }
    };
    auto declare = [&](const char *id, const char *forWhat, const char *type) {
        if (gexf) {
            x.writeEmptyElement(QStringLiteral("attribute"));
            x.writeAttribute(QStringLiteral("id"), QLatin1String(id));
            x.writeAttribute(QStringLiteral("title"), QLatin1String(id));
            x.writeAttribute(QStringLiteral("type"), QLatin1String(type));
        } else {
            x.writeEmptyElement(QStringLiteral("key"));
            x.writeAttribute(QStringLiteral("id"), QLatin1String(id));
            x.writeAttribute(QStringLiteral("for"), QLatin1String(forWhat));
            x.writeAttribute(QStringLiteral("attr.name"), QLatin1String(id));
            x.writeAttribute(QStringLiteral("attr.type"), QLatin1String(type));
        }
    };
    if (gexf) {
        x.writeStartElement(QStringLiteral("gexf"));
        x.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
        x.writeNamespace(QStringLiteral("http://gexf.net/1.3/viz"), QStringLiteral("viz"));
        x.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
        x.writeStartElement(QStringLiteral("meta"));
        x.writeTextElement(QStringLiteral("creator"), QStringLiteral("Entente"));
        x.writeTextElement(QStringLiteral("description"), TextRule::cleaned(store.meta(QStringLiteral("title"))));
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("graph"));
        x.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
        x.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("undirected"));
        x.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));
        x.writeAttribute(QStringLiteral("timerepresentation"), QStringLiteral("interval"));
        x.writeStartElement(QStringLiteral("attributes"));
        x.writeAttribute(QStringLiteral("class"), QStringLiteral("node"));
        declare("type", "node", "string");
        declare("kind", "node", "string");
        declare("status", "node", "string");
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("attributes"));
        x.writeAttribute(QStringLiteral("class"), QStringLiteral("edge"));
        declare("role", "edge", "string");
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("nodes"));
    } else {
        x.writeStartElement(QStringLiteral("graphml"));
        x.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
        declare("label", "node", "string");
        declare("type", "node", "string");
        declare("kind", "node", "string");
        declare("status", "node", "string");
        declare("start", "node", "string");
        declare("end", "node", "string");
        declare("role", "edge", "string");
        x.writeStartElement(QStringLiteral("graph"));
        x.writeAttribute(QStringLiteral("id"), QStringLiteral("entente"));
        x.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    }
    auto node = [&](const QString &id, const QString &label, const char *type, const QString &kind,
                    const QString &status, const QString &start, const QString &end) {
        x.writeStartElement(QStringLiteral("node"));
        x.writeAttribute(QStringLiteral("id"), id);
        if (gexf) {
            x.writeAttribute(QStringLiteral("label"), TextRule::cleaned(label));
            if (!start.isEmpty()) {
                x.writeAttribute(QStringLiteral("start"), start);
                x.writeAttribute(QStringLiteral("end"), end);
            }
            x.writeStartElement(QStringLiteral("attvalues"));
        } else {
            attribute("label", label);
        }
        attribute("type", QLatin1String(type));
        attribute("kind", kind);
        if (!status.isEmpty())
            attribute("status", status);
        if (gexf) {
            x.writeEndElement();
            if (positions.contains(id)) {
                x.writeEmptyElement(QStringLiteral("viz:position"));
                x.writeAttribute(QStringLiteral("x"), number(positions.value(id).x));
                x.writeAttribute(QStringLiteral("y"), number(positions.value(id).y));
                x.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
            }
        } else if (!start.isEmpty()) {
            attribute("start", start);
            attribute("end", end);
        }
        x.writeEndElement();
    };
    for (const Actor &a : store.actors()) {
        if (used.contains(a.id))
            node(QStringLiteral("a%1").arg(a.id), a.name, "actor", actorKindKey(a.kind), QString(), QString(),
                 QString());
    }
    forEachEvent(store, filter, [&](const Event &e) {
        node(QStringLiteral("e%1").arg(e.id), e.title, "event", e.kind, claimStatusKey(e.status), firstDay(e.start),
             lastDay(e.end ? *e.end : e.start));
    });
    if (gexf) {
        x.writeEndElement(); // nodes
        x.writeStartElement(QStringLiteral("edges"));
    }
    qint64 edge = 0;
    forEachEvent(store, filter, [&](const Event &e) {
        for (const EventActor &a : e.actors) {
            x.writeStartElement(QStringLiteral("edge"));
            x.writeAttribute(QStringLiteral("id"), QStringLiteral("r%1").arg(++edge));
            x.writeAttribute(QStringLiteral("source"), QStringLiteral("a%1").arg(a.actorId));
            x.writeAttribute(QStringLiteral("target"), QStringLiteral("e%1").arg(e.id));
            if (gexf) {
                x.writeAttribute(QStringLiteral("label"), TextRule::cleaned(a.role));
                x.writeAttribute(QStringLiteral("start"), firstDay(e.start));
                x.writeAttribute(QStringLiteral("end"), lastDay(e.end ? *e.end : e.start));
                x.writeStartElement(QStringLiteral("attvalues"));
                attribute("role", a.role);
                x.writeEndElement();
            } else {
                attribute("role", a.role);
            }
            x.writeEndElement();
        }
    });
    x.writeEndDocument();
    if (x.hasError() || !file.commit())
        throw ExportError(
            tr("%1 could not be written completely: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
}

} // namespace entente
