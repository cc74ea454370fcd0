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

// One GEXF 1.3 or GraphML document, element by element: the two formats differ in how they
// declare and write attributes and times, not in what they hold.
class GraphXml
{
public:
    GraphXml(QIODevice *device, bool gexf, QHash<QString, Position> positions)
        : m_x(device)
        , m_gexf(gexf)
        , m_positions(std::move(positions))
    {
        m_x.setAutoFormatting(true);
    }

    bool hasError() const { return m_x.hasError(); }

    void begin(const QString &title)
    {
        m_x.writeStartDocument();
        if (m_gexf)
            beginGexf(title);
        else
            beginGraphMl();
    }

    // Between the nodes and the edges.
    void beginEdges()
    {
        if (m_gexf) {
            m_x.writeEndElement(); // nodes
            m_x.writeStartElement(QStringLiteral("edges"));
        }
    }

    void end() { m_x.writeEndDocument(); }

    struct Node
    {
        QString id;
        QString label;
        const char *type = "";
        QString kind;
        QString status;
        QString start;
        QString end;
    };
    void node(const Node &n)
    {
        m_x.writeStartElement(QStringLiteral("node"));
        m_x.writeAttribute(QStringLiteral("id"), n.id);
        if (m_gexf) {
            m_x.writeAttribute(QStringLiteral("label"), TextRule::cleaned(n.label));
            if (!n.start.isEmpty()) {
                m_x.writeAttribute(QStringLiteral("start"), n.start);
                m_x.writeAttribute(QStringLiteral("end"), n.end);
            }
            m_x.writeStartElement(QStringLiteral("attvalues"));
        } else {
            attribute("label", n.label);
        }
        attribute("type", QLatin1String(n.type));
        attribute("kind", n.kind);
        if (!n.status.isEmpty())
            attribute("status", n.status);
        if (m_gexf) {
            m_x.writeEndElement();
            writePosition(n.id);
        } else if (!n.start.isEmpty()) {
            attribute("start", n.start);
            attribute("end", n.end);
        }
        m_x.writeEndElement();
    }

    void edge(qint64 number, const EventActor &a, const Event &e)
    {
        m_x.writeStartElement(QStringLiteral("edge"));
        m_x.writeAttribute(QStringLiteral("id"), QStringLiteral("r%1").arg(number));
        m_x.writeAttribute(QStringLiteral("source"), QStringLiteral("a%1").arg(a.actorId));
        m_x.writeAttribute(QStringLiteral("target"), QStringLiteral("e%1").arg(e.id));
        if (m_gexf) {
            m_x.writeAttribute(QStringLiteral("label"), TextRule::cleaned(a.role));
            m_x.writeAttribute(QStringLiteral("start"), GraphExporter::firstDay(e.start));
            m_x.writeAttribute(QStringLiteral("end"), GraphExporter::lastDay(e.end ? *e.end : e.start));
            m_x.writeStartElement(QStringLiteral("attvalues"));
            attribute("role", a.role);
            m_x.writeEndElement();
        } else {
            attribute("role", a.role);
        }
        m_x.writeEndElement();
    }

private:
    void beginGexf(const QString &title)
    {
        m_x.writeStartElement(QStringLiteral("gexf"));
        m_x.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
        m_x.writeNamespace(QStringLiteral("http://gexf.net/1.3/viz"), QStringLiteral("viz"));
        m_x.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
        m_x.writeStartElement(QStringLiteral("meta"));
        m_x.writeTextElement(QStringLiteral("creator"), QStringLiteral("Entente"));
        m_x.writeTextElement(QStringLiteral("description"), TextRule::cleaned(title));
        m_x.writeEndElement();
        m_x.writeStartElement(QStringLiteral("graph"));
        m_x.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
        m_x.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("undirected"));
        m_x.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));
        m_x.writeAttribute(QStringLiteral("timerepresentation"), QStringLiteral("interval"));
        m_x.writeStartElement(QStringLiteral("attributes"));
        m_x.writeAttribute(QStringLiteral("class"), QStringLiteral("node"));
        declare("type", "node", "string");
        declare("kind", "node", "string");
        declare("status", "node", "string");
        m_x.writeEndElement();
        m_x.writeStartElement(QStringLiteral("attributes"));
        m_x.writeAttribute(QStringLiteral("class"), QStringLiteral("edge"));
        declare("role", "edge", "string");
        m_x.writeEndElement();
        m_x.writeStartElement(QStringLiteral("nodes"));
    }

    void beginGraphMl()
    {
        m_x.writeStartElement(QStringLiteral("graphml"));
        m_x.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
        declare("label", "node", "string");
        declare("type", "node", "string");
        declare("kind", "node", "string");
        declare("status", "node", "string");
        declare("start", "node", "string");
        declare("end", "node", "string");
        declare("role", "edge", "string");
        m_x.writeStartElement(QStringLiteral("graph"));
        m_x.writeAttribute(QStringLiteral("id"), QStringLiteral("entente"));
        m_x.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    }

    void declare(const char *id, const char *forWhat, const char *type)
    {
        if (m_gexf) {
            m_x.writeEmptyElement(QStringLiteral("attribute"));
            m_x.writeAttribute(QStringLiteral("id"), QLatin1String(id));
            m_x.writeAttribute(QStringLiteral("title"), QLatin1String(id));
            m_x.writeAttribute(QStringLiteral("type"), QLatin1String(type));
        } else {
            m_x.writeEmptyElement(QStringLiteral("key"));
            m_x.writeAttribute(QStringLiteral("id"), QLatin1String(id));
            m_x.writeAttribute(QStringLiteral("for"), QLatin1String(forWhat));
            m_x.writeAttribute(QStringLiteral("attr.name"), QLatin1String(id));
            m_x.writeAttribute(QStringLiteral("attr.type"), QLatin1String(type));
        }
    }

    void attribute(const char *id, const QString &value)
    {
        if (m_gexf) {
            m_x.writeEmptyElement(QStringLiteral("attvalue"));
            m_x.writeAttribute(QStringLiteral("for"), QLatin1String(id));
            m_x.writeAttribute(QStringLiteral("value"), TextRule::cleaned(value));
        } else {
            m_x.writeStartElement(QStringLiteral("data"));
            m_x.writeAttribute(QStringLiteral("key"), QLatin1String(id));
            m_x.writeCharacters(TextRule::cleaned(value));
            m_x.writeEndElement();
        }
    }

    void writePosition(const QString &id)
    {
        const auto found = m_positions.constFind(id);
        if (found == m_positions.constEnd())
            return;
        const auto number = [](double v) { return QLocale::c().toString(v, 'g', QLocale::FloatingPointShortest); };
        m_x.writeEmptyElement(QStringLiteral("viz:position"));
        m_x.writeAttribute(QStringLiteral("x"), number(found->x));
        m_x.writeAttribute(QStringLiteral("y"), number(found->y));
        m_x.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
    }

    QXmlStreamWriter m_x;
    bool m_gexf = false;
    QHash<QString, Position> m_positions;
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
