#pragma once

#include "store/importerrors.h" // RowError, ImportCancelled

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <stdexcept>

namespace entente {

class Store;
class ImportSink;

// A failure that stops an import: one sentence naming the file, the line (or JSON path) and the
// field, e.g. "talks.csv, line 12, field "start": "2022-13" is not a date."
class ImportError : public std::runtime_error
{
public:
    explicit ImportError(const QString &message);
    QString message() const { return QString::fromUtf8(what()); }
    // Builds the sentence; `location` is "line 12" or "events[3].start_date", `field` may be empty.
    static ImportError at(const QString &path, const QString &location, const QString &field, const QString &reason);
};

// A problem with one row or record: skipped and listed by default, fatal with --strict.
struct RowProblem
{
    QString location; // "line 12", "events[3]"
    QString field;
    QString reason;
};

struct ImportOptions
{
    QString format; // empty: guessed from the content
    bool strict = false; // stop at the first bad row and import nothing
    bool groupAsTag = false; // TimelineJS `group`: a tag instead of an actor lane
    // For CSV files with other headers: the file's column name -> our column name ("start", ...).
    QHash<QString, QString> columnMap;
    // Reads and checks every record but stores no events, and rolls everything back: times the
    // readers alone (the import benchmark), or checks a file.
    bool dryRun = false;
    // Leaves copying the write-ahead log into the file (a checkpoint: seconds after a million
    // rows) to the caller, who calls Store::checkpoint() once it has shown the result: the
    // window does so on its worker thread. Without it importFile() checkpoints before returning.
    bool checkpointLater = false;
    // Event datasets (GDELT, UCDP): what to keep (DatasetFilter's syntax), and whether to fold
    // GDELT's many reports of one happening (day, actor pair, event code) into one event.
    QString where;
    bool fold = false;
};

// Progress and cancel for a worker thread: `report` is called now and then from the importing
// thread with bytes (or records) done and the total; setting `cancel` rolls the import back.
struct ImportProgress
{
    std::function<void(qint64 done, qint64 total)> report;
    // A large import into an empty file commits its rows first (DeferredIndexes): `stored` is
    // called when they are, then `indexing` as its indexes are built (steps done of a total).
    // The import is not finished until importFile returns; a cancel still takes it all back.
    std::function<void(qint64 events)> stored;
    std::function<void(int done, int total)> indexing;
    const std::atomic<bool> *cancel = nullptr;
    // Called on the importing thread inside the import's transaction, just before it commits,
    // when rows were stored (the Document notes there which rows are the import's).
    std::function<void(Store &)> beforeCommit;
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

struct ImportSummary
{
    QString format;
    qint64 eventsAdded = 0;
    qint64 actorsNew = 0;
    qint64 actorsMatched = 0; // existing actors the file's names were matched to, by name or alias
    qint64 sourcesAdded = 0;
    qint64 erasAdded = 0;
    qint64 skippedCount = 0;
    qint64 filteredOut = 0; // rows an event dataset's --where left out
    qint64 foldedReports = 0; // GDELT reports folded into an event of the same happening
    QList<RowProblem> skipped; // the first ones, with reasons
    // Values imported in a form Entente holds, not as written (seconds dropped from a time): the
    // first ones, and how many.
    qint64 changedCount = 0;
    QList<RowProblem> changed;
    void noteChange(const QString &location, const QString &field, const QString &reason);

    // Several lines for a terminal or a message box.
    QString toText(const QString &path) const;
};

struct ImportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // one sentence when !ok
    ImportSummary summary; // of all the files together
    QList<ImportSummary> files; // of each file, in the order given (empty when !ok)
};

// Reads one file format into the store through an ImportSink; runs inside the caller's
// transaction. Throws ImportError for anything that stops the import.
class Importer
{
public:
    virtual ~Importer() = default;
    virtual void read(const QString &path, ImportSink &sink, const ImportOptions &options, ImportProgress &progress)
        = 0;
};

// The importers by format id (json, csv, timelinejs, timelinejs-csv, acled, timeline), as the
// format registry (formatregistry.h) lists them; makeImporter gives null for an id it does not read.
QStringList importFormats();
std::unique_ptr<Importer> makeImporter(const QString &format);
// Guesses the format of a file from its first bytes (FormatRegistry::sniff); empty when nothing fits.
QString sniffFormat(const QString &path);

// Imports `path` into `store`: all of it or, on an error or a cancel, nothing. In one transaction,
// except a large file into an empty one: its rows, then their indexes (ImportProgress::stored);
// a crash between the two is taken back at the next open (DeferredIndexes), so the file is left
// as it was. A file every record of which is refused fails (nothing is imported); an import that
// would add nothing writes nothing. Safe to call from a worker thread that owns the store's
// connection.
ImportResult importFile(const QString &path, Store &store, const ImportOptions &options, ImportProgress &progress);
// The same for several files, all or nothing across them: each is checked (it exists, can be
// read, is text in a format Entente reads) before anything is written, and all are imported in
// one transaction.
ImportResult importFiles(const QStringList &paths, Store &store, const ImportOptions &options,
                         ImportProgress &progress);

} // namespace entente
