#pragma once

#include "eventfilter.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <stdexcept>

namespace entente {

class Store;
struct Event;

// A failure to write an export: one sentence naming the file.
class ExportError : public std::runtime_error
{
public:
    explicit ExportError(const QString &message);
    QString message() const { return QString::fromUtf8(what()); }
};

// Writes the events a filter selects (all of them for an empty filter), with what they refer
// to, to a file. Throws ExportError.
class Exporter
{
public:
    virtual ~Exporter() = default;
    virtual void write(Store &store, const EventFilter &filter, const QString &path) = 0;

protected:
    // Calls `each` for the selected events in date order, a block at a time, never all at once.
    static void forEachEvent(Store &store, const EventFilter &filter, const std::function<void(const Event &)> &each);
};

// The exporters by format name: json, csv, timelinejs, gexf, graphml, ics.
QStringList exportFormats();
std::unique_ptr<Exporter> makeExporter(const QString &format);

} // namespace entente
