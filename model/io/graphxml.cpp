#include "graphxml.h"

#include "graphexporter.h"
#include "textrule.h"

#include <QLocale>

#include <utility>

namespace entente {

GraphXml::GraphXml(QIODevice *device, bool gexf, QHash<QString, QPointF> positions)
    : m_x(device)
    , m_gexf(gexf)
    , m_positions(std::move(positions))
{
    m_x.setAutoFormatting(true);
}

void GraphXml::begin(const QString &title)
{
    m_x.writeStartDocument();
    if (m_gexf)
        beginGexf(title);
    else
        beginGraphMl();
}

void GraphXml::beginEdges()
{
    if (m_gexf) {
        m_x.writeEndElement(); // nodes
        m_x.writeStartElement(QStringLiteral("edges"));
    }
}

void GraphXml::node(const Node &n)
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

void GraphXml::edge(qint64 number, const EventActor &a, const Event &e)
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

void GraphXml::beginGexf(const QString &title)
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

void GraphXml::beginGraphMl()
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

void GraphXml::declare(const char *id, const char *forWhat, const char *type)
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

void GraphXml::attribute(const char *id, const QString &value)
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

void GraphXml::writePosition(const QString &id)
{
    const auto found = m_positions.constFind(id);
    if (found == m_positions.constEnd())
        return;
    const auto number = [](double v) { return QLocale::c().toString(v, 'g', QLocale::FloatingPointShortest); };
    m_x.writeEmptyElement(QStringLiteral("viz:position"));
    m_x.writeAttribute(QStringLiteral("x"), number(found->x()));
    m_x.writeAttribute(QStringLiteral("y"), number(found->y()));
    m_x.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
}

} // namespace entente
