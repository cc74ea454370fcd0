#pragma once

#include "event.h"

#include <QHash>
#include <QPointF>
#include <QString>
#include <QXmlStreamWriter>

class QIODevice;

namespace entente {

// One GEXF 1.3 or GraphML document, element by element: the two formats differ in how they
// declare and write attributes and times, not in what they hold. What GraphExporter writes.
class GraphXml
{
public:
    GraphXml(QIODevice *device, bool gexf, QHash<QString, QPointF> positions);

    bool hasError() const { return m_x.hasError(); }
    void begin(const QString &title);
    void beginEdges(); // between the nodes and the edges
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
    void node(const Node &n);
    void edge(qint64 number, const EventActor &a, const Event &e);

private:
    void beginGexf(const QString &title);
    void beginGraphMl();
    void declare(const char *id, const char *forWhat, const char *type);
    void attribute(const char *id, const QString &value);
    void writePosition(const QString &id);

    QXmlStreamWriter m_x;
    bool m_gexf = false;
    QHash<QString, QPointF> m_positions;
};

} // namespace entente
