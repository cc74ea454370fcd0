#include "importer.h"

#include "crashpoint.h"
#include "datafile.h"
#include "formatregistry.h"
#include "importsink.h"
#include "store/bulksession.h"
#include "store/searchindexbuilder.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <limits>
#include <memory>
#include <string>

namespace entente {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, qint64 n = -1)
{
    return QCoreApplication::translate("entente::Importer", text, disambiguation,
                                       static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max())));
}

// Refuses at once what no text importer can read: an empty file, UTF-16 or UTF-32 text, a
// binary file (NUL bytes in its first block).
void checkText(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw ImportError(tr("%1 cannot be read: %2.").arg(name, f.errorString()));
    if (f.size() == 0)
        throw ImportError(tr("%1 is empty: there is nothing to import.").arg(name));
    const QByteArray head = f.read(8192);
    // UTF-32's marks first: little-endian UTF-32's begins with UTF-16's.
    if (head.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)) || head.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        throw ImportError(tr("%1 is UTF-32 text; save it as UTF-8 and import it again.").arg(name));
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        throw ImportError(tr("%1 is UTF-16 text; save it as UTF-8 and import it again.").arg(name));
    const qsizetype nuls = head.count('\0');
    if (nuls > 0) {
        // Text in UTF-16 without a byte order mark has a NUL in every other byte.
        // (Not a block of NULs only, such as a sparse file: that is binary.)
        // UTF-32 has three in every four.
        if (head.size() >= 8 && nuls * 10 >= head.size() * 7 && nuls * 10 <= head.size() * 8)
            throw ImportError(tr("%1 looks like UTF-32 text; save it as UTF-8 and import it again.").arg(name));
        if (nuls * 3 >= head.size() && nuls * 5 <= head.size() * 3)
            throw ImportError(tr("%1 looks like UTF-16 text; save it as UTF-8 and import it again.").arg(name));
        throw ImportError(tr("%1 is a binary file, not one Entente can import.").arg(name));
    }
    if (head.trimmed().isEmpty())
        throw ImportError(tr("%1 holds only blank space: there is nothing to import.").arg(name));
}

// Ends a dry run, rolling its transaction back.
struct DryRunDone
{
};

} // namespace

ImportError::ImportError(const QString &message)
    : std::runtime_error(message.toStdString())
{ }

ImportError ImportError::at(const QString &path, const QString &location, const QString &field, const QString &reason)
{
    const QString name = QFileInfo(path).fileName();
    if (location.isEmpty())
        return ImportError(tr("%1: %2.").arg(name, reason));
    if (field.isEmpty())
        return ImportError(tr("%1, %2: %3.").arg(name, location, reason));
    return ImportError(tr("%1, %2, field \"%3\": %4.").arg(name, location, field, reason));
}

QString ImportSummary::toText(const QString &path) const
{
    QString out = tr("Imported %1 (%2): %3, %4, %5, %6, %7.\n")
                      .arg(QFileInfo(path).fileName(), format, tr("%n event(s)", nullptr, eventsAdded),
                           tr("%n new actor(s)", nullptr, actorsNew),
                           tr("%n matched to existing actor(s)", nullptr, actorsMatched),
                           tr("%n source(s)", nullptr, sourcesAdded), tr("%n era(s)", nullptr, erasAdded));
    if (filteredOut > 0)
        out += tr("Left out %n row(s) by --where.\n", nullptr, filteredOut);
    if (foldedReports > 0)
        out += tr("Folded %n report(s) into events of the same happening.\n", nullptr, foldedReports);
    if (skippedCount > 0) {
        out += tr("Skipped %n row(s):\n", nullptr, skippedCount);
        for (const RowProblem &p : skipped) {
            if (p.field.isEmpty())
                out += tr("  %1: %2\n").arg(p.location, p.reason);
            else
                out += tr("  %1, field \"%2\": %3\n").arg(p.location, p.field, p.reason);
        }
        if (skipped.size() < skippedCount)
            out += tr("  ... and %1 more\n").arg(skippedCount - skipped.size());
    }
    if (changedCount > 0) {
        out += tr("Changed %n value(s):\n", nullptr, changedCount);
        for (const RowProblem &p : changed)
            out += tr("  %1, field \"%2\": %3\n").arg(p.location, p.field, p.reason);
        if (changed.size() < changedCount)
            out += tr("  ... and %1 more\n").arg(changedCount - changed.size());
    }
    return out;
}

void ImportSummary::noteChange(const QString &location, const QString &field, const QString &reason)
{
    if (changedCount++ < 20)
        changed.append({ location, field, reason });
}

QStringList importFormats()
{
    return FormatRegistry::readable();
}

std::unique_ptr<Importer> makeImporter(const QString &format)
{
    const FormatInfo *info = FormatRegistry::find(format);
    return info && info->canRead() ? info->reader() : nullptr;
}

QString sniffFormat(const QString &path)
{
    return FormatRegistry::sniff(path);
}

namespace {

// Ends an import that would store nothing: rolled back, so the file is not written at all.
struct NothingToStore
{
};

struct Prepared
{
    QString path;
    QString format;
    std::unique_ptr<Importer> importer;
};

// Everything that can be known of a file before anything is written: that it exists, can be read,
// is text, and is in a format Entente reads.
Prepared prepare(const QString &path, const ImportOptions &options)
{
    const QString name = QFileInfo(path).fileName();
    const QFileInfo info(path);
    if (!info.exists())
        throw ImportError(tr("%1 does not exist.").arg(path));
    if (info.isDir())
        throw ImportError(tr("%1 is a folder, not a file to import.").arg(path));
    if (!DataFile::looksZipped(path)) // GDELT and UCDP come zipped
        checkText(path);
    Prepared p;
    p.path = path;
    p.format = options.format.isEmpty() ? sniffFormat(path) : options.format;
    if (p.format.isEmpty() && DataFile::looksZipped(path))
        DataFile why(path); // a zip cut short or empty says so, rather than "no format"
    if (p.format.isEmpty())
        throw ImportError(tr("%1 is in no format Entente knows; name one with --format (%2).")
                              .arg(name, importFormats().join(QStringLiteral(", "))));
    p.importer = makeImporter(p.format);
    if (!p.importer)
        throw ImportError(
            tr("%1 is not an import format; use one of %2.").arg(p.format, importFormats().join(QStringLiteral(", "))));
    return p;
}

// A file whose every record was refused imports nothing, and says so: it is not a success.
void refuseAllBad(const QString &path, const ImportSummary &summary)
{
    if (summary.eventsAdded > 0 || summary.skippedCount == 0)
        return;
    const RowProblem &first = summary.skipped.constFirst();
    const QString where
        = first.field.isEmpty() ? first.location : tr("%1, field \"%2\"").arg(first.location, first.field);
    throw ImportError(tr("%1: none of its %n record(s) could be imported, so nothing was; the first problem, at "
                         "%2: %3.",
                         nullptr, summary.skippedCount)
                          .arg(QFileInfo(path).fileName(), where, first.reason));
}

} // namespace

ImportResult importFile(const QString &path, Store &store, const ImportOptions &options, ImportProgress &progress)
{
    return importFiles({ path }, store, options, progress);
}

ImportResult importFiles(const QStringList &paths, Store &store, const ImportOptions &options, ImportProgress &progress)
{
    ImportResult result;
    QString current = paths.value(0);
    try {
        // Every file is looked at before anything is written: a missing or unreadable second file
        // stops the import before the first is stored.
        std::vector<Prepared> files;
        for (const QString &path : paths) {
            current = path;
            files.push_back(prepare(path, options));
        }
        result.summary.format = files.empty() ? QString() : files.front().format;
        result.files.resize(static_cast<qsizetype>(files.size()));
        for (std::size_t i = 0; i < files.size(); ++i)
            result.files[static_cast<qsizetype>(i)].format = files[i].format;
        // The connection tuned for one bulk write, and put back as it was when this block ends.
        BulkSession session(store);
        bool deferred = false;
        // Only a single file may store its rows before its indexes (they would be committed
        // before the next file is read).
        const bool rowsFirst = files.size() == 1 && session.holdRowsFirstLock();
        // Into a file with data, the first file's search rows are built beside the writing.
        SearchIndexBuilder *appender = options.dryRun ? nullptr : session.searchAppender();
        try {
            store.transaction(
                [&] {
                    for (std::size_t i = 0; i < files.size(); ++i) {
                        current = files[i].path;
                        ImportSummary &summary = result.files[static_cast<qsizetype>(i)];
                        ImportSink sink(store, current, options, summary, rowsFirst, i == 0 ? appender : nullptr);
                        files[i].importer->read(current, sink, options, progress);
                        refuseAllBad(current, summary);
                        if (options.dryRun)
                            continue;
                        sink.finish();
                        deferred = sink.indexesDeferred();
                    }
                    if (options.dryRun)
                        throw DryRunDone();
                    bool stored = false;
                    for (const ImportSummary &summary : std::as_const(result.files))
                        stored = stored
                            || summary.eventsAdded + summary.actorsNew + summary.sourcesAdded + summary.erasAdded > 0;
                    if (!stored)
                        throw NothingToStore();
                    // A cancel after the last rows' check (the end of the file, the last batch's
                    // write) still takes everything back.
                    if (progress.cancelled())
                        throw ImportCancelled();
                    if (progress.beforeCommit)
                        progress.beforeCommit(store);
                    crashPoint("import-commit");
                },
                appender && appender->attached() ? Store::Begin::Deferred : Store::Begin::Immediate);
        } catch (const NothingToStore &) {
            // Rolled back: the file is not written at all, not even its header.
            deferred = false;
        }
        current = paths.value(0);
        crashPoint("import-stored");
        session.rowsStored(options.checkpointLater);
        if (deferred) {
            // The rows are stored; now their indexes. A cancel or a failure here takes the rows
            // back out (as the next open does after a crash), so the import is all or nothing.
            if (progress.stored)
                progress.stored(result.files.constFirst().eventsAdded);
            DeferredIndexes::Hooks hooks;
            hooks.cancelled = [&progress] { return progress.cancelled(); };
            hooks.report = [&progress](int done, int total) {
                if (progress.indexing)
                    progress.indexing(done, total);
            };
            session.completeIndexes(hooks);
        } else if (session.tuned() && !options.checkpointLater) {
            crashPoint("import-checkpoint");
            session.checkpoint();
        }
        result.ok = true;
    } catch (const DryRunDone &) {
        result.ok = true; // everything read and rolled back; the summary says what would be added
    } catch (const ImportCancelled &) {
        result.cancelled = true;
        result.error = paths.size() == 1
            ? tr("Import of %1 cancelled; nothing was imported.").arg(QFileInfo(current).fileName())
            : tr("Import cancelled; nothing was imported.");
        result.files.clear();
    } catch (const ImportError &e) {
        result.error
            = paths.size() == 1 ? e.message() : tr("%1 Nothing was imported from any of the files.").arg(e.message());
        result.files.clear();
    } catch (const std::exception &e) {
        result.error = tr("%1 could not be imported: %2.").arg(QFileInfo(current).fileName(), Store::cause(e));
        result.files.clear();
    }
    if (!result.files.isEmpty()) {
        const QString format = result.summary.format;
        result.summary = result.files.constFirst();
        for (qsizetype i = 1; i < result.files.size(); ++i) {
            const ImportSummary &f = result.files.at(i);
            result.summary.eventsAdded += f.eventsAdded;
            result.summary.actorsNew += f.actorsNew;
            result.summary.actorsMatched += f.actorsMatched;
            result.summary.sourcesAdded += f.sourcesAdded;
            result.summary.erasAdded += f.erasAdded;
            result.summary.skippedCount += f.skippedCount;
            result.summary.filteredOut += f.filteredOut;
            result.summary.foldedReports += f.foldedReports;
            result.summary.skipped += f.skipped;
        }
        result.summary.format = format;
    } else {
        result.summary = ImportSummary();
    }
    return result;
}

} // namespace entente
