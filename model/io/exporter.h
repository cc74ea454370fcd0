#pragma once

#include "eventfilter.h"

#include <QString>
#include <QStringList>

#include <atomic>

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

// The user stopped the export; a file already at the path is as it was.
class ExportCancelled : public ExportError
{
public:
    ExportCancelled();
};

// Progress and cancel of a long export (a million events take tens of seconds): `report` hears
// how many events are written of how many, a block at a time; `cancel`, when set, stops the
// export with ExportCancelled at the next block.
struct ExportProgress
{
    std::function<void(qint64 done, qint64 total)> report;
    const std::atomic<bool> *cancel = nullptr;
};

// Writes the events a filter selects (all of them for an empty filter), with what they refer
// to, to a file, replacing it only once it is whole (QSaveFile). Throws ExportError.
class Exporter
{
public:
    virtual ~Exporter() = default;
    void write(const Store &store, const EventFilter &filter, const QString &path, const ExportProgress &progress = {});
    // What the last write() left out or changed that the format cannot carry (one sentence each,
    // e.g. the events iCalendar cannot date); empty when the file holds everything selected.
    const QStringList &warnings() const { return m_warnings; }

protected:
    virtual void writeFile(const Store &store, const EventFilter &filter, const QString &path) = 0;
    // How many times writeFile() goes through the selected events, for the progress.
    virtual int passes(const EventFilter &) const { return 1; }
    // Calls `each` for the selected events in `order`, a block at a time, never all at once;
    // reports progress and stops on a cancel between blocks.
    void forEachEvent(const Store &store, const EventFilter &filter, const std::function<void(const Event &)> &each,
                      EventOrder order = EventOrder::Date);
    void warn(const QString &sentence) { m_warnings.append(sentence); }

private:
    const ExportProgress *m_progress = nullptr;
    int m_passes = 1;
    qint64 m_done = 0;
    QStringList m_warnings;
};

// The exporters by format id (json, csv, timelinejs, gexf, graphml, ics), as the format registry
// (formatregistry.h) lists them; makeExporter gives null for an id it does not write.
QStringList exportFormats();
std::unique_ptr<Exporter> makeExporter(const QString &format);

} // namespace entente
