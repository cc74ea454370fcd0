#pragma once

#include "exporter.h"

namespace entente {

// The actor-event graph (bipartite: actors and events are nodes, an actor's part in an event is
// an edge carrying its role), as GEXF 1.3 for Gephi (event nodes and their edges carry start
// and end dates: a dynamic graph Gephi can play; saved layout positions become viz:position)
// or as GraphML.
class GraphExporter final : public Exporter
{
public:
    enum class Format { Gexf, GraphMl };
    explicit GraphExporter(Format format)
        : m_format(format)
    { }

    // The first and the last day a date covers, as yyyy-mm-dd (GEXF's "date" time format).
    static QString firstDay(const FuzzyDate &date);
    static QString lastDay(const FuzzyDate &date);

protected:
    void writeFile(const Store &store, const EventFilter &filter, const QString &path) override;
    int passes(const EventFilter &) const override { return 3; } // the actors used, the nodes, the edges

private:
    Format m_format;
};

} // namespace entente
