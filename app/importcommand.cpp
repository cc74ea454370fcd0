#include "command.h"
#include "progressline.h"

#include "document.h"
#include "io/datasetfilter.h"
#include "io/formatregistry.h"
#include "io/importer.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <unistd.h>

#include <cerrno>
#include <memory>

#include <algorithm>
#include <climits>

namespace entente::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("entente::cli", text, disambiguation, n);
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Files to import."), QStringLiteral("FILE..."));
    const QCommandLineOption into(QStringLiteral("into"),
                                  tr("The Entente file to import into (created if missing; it appears only once the "
                                     "import has succeeded)."),
                                  QStringLiteral("DB"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("The files' format: %1 (guessed from the content when absent).")
                                        .arg(FormatRegistry::describe(FormatRegistry::readable())),
                                    QStringLiteral("F"));
    const QCommandLineOption strict(QStringLiteral("strict"), tr("Stop at the first bad row and import nothing."));
    const QCommandLineOption groupAsTag(QStringLiteral("group-as-tag"),
                                        tr("TimelineJS: make each slide's group a tag instead of an actor lane."));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("CSV: read the file's column COLUMN as ours (title, start, end, kind, status, "
                                    "summary, place, latitude, longitude, actors, sources, tags); repeatable."),
                                 QStringLiteral("COLUMN=OURS"));
    const QCommandLineOption where(QStringLiteral("where"),
                                   tr("GDELT, UCDP: keep only the events that meet CONDITIONS (see below)."),
                                   QStringLiteral("CONDITIONS"));
    const QCommandLineOption fold(QStringLiteral("fold"),
                                  tr("GDELT: fold the reports of one happening (same day, actor pair and event "
                                     "code) into one event with their count and all their source URLs."));
    const QCommandLineOption preview(QStringLiteral("preview"),
                                     tr("Read and count what would be imported, and write nothing."));
    parser.addOptions({ into, format, strict, groupAsTag, map, where, fold, preview });
    if (auto status = parseOrExit(parser, arguments,
                                  tr("Import files into an Entente file. An import is all or nothing: every file is "
                                     "checked before anything is written, and if any file fails, or the import is "
                                     "stopped (Ctrl+C, a crash, a power cut), the Entente file is left as it was. "
                                     "Rows a file's format cannot hold are skipped and listed (with --strict, the "
                                     "first one stops the import); a file none of whose rows can be imported fails.\n\n"
                                     "--where, for GDELT and UCDP files: ")
                                      + DatasetFilter::syntaxHelp()
                                      + tr("\nExample: --where \"root=04,05 quad=1 country=RUS,UKR mentions>=5 "
                                           "from=2024-01-01 to=2024-01-31\"")))
        return *status;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !parser.isSet(into))
        return fail(tr("import needs files and a target: entente import FILE... --into DB [--format F] [--strict]"));
    ImportOptions options;
    options.format = parser.value(format);
    options.strict = parser.isSet(strict);
    options.groupAsTag = parser.isSet(groupAsTag);
    options.where = parser.value(where);
    options.fold = parser.isSet(fold);
    options.dryRun = parser.isSet(preview);
    if (!options.where.isEmpty()) {
        try {
            DatasetFilter::parse(options.where);
        } catch (const ImportError &e) {
            return fail(e.message());
        }
    }
    if (!options.format.isEmpty() && !importFormats().contains(options.format))
        return fail(tr("%1 is not an import format; use one of %2.")
                        .arg(options.format, importFormats().join(QStringLiteral(", "))));
    for (const QString &pair : parser.values(map)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return fail(tr("--map takes FILE_COLUMN=OUR_COLUMN, not \"%1\".").arg(pair));
        if (options.columnMap.contains(pair.left(eq).trimmed()))
            return fail(
                tr("--map names the column %1 twice; give each column one mapping.").arg(pair.left(eq).trimmed()));
        options.columnMap.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    const QString db = parser.value(into);
    // Into a new file: imported into a scratch file beside it, linked into place when the import
    // has committed. An import killed part way leaves no file at all; a second import creating
    // the same file at once is refused with the reason.
    const QFileInfo target(db);
    QString scratch;
    std::unique_ptr<QLockFile> scratchLock;
    auto removeScratch = [&scratch] {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(scratch + suffix);
    };
    if (!target.exists() && target.absoluteDir().exists()) {
        scratch = target.absoluteDir().filePath(u'.' + target.fileName() + QStringLiteral(".importing"));
        // Not the scratch file's own lock, which Store::open takes while it makes the file.
        scratchLock = std::make_unique<QLockFile>(
            target.absoluteDir().filePath(u'.' + target.fileName() + QStringLiteral(".import.lock")));
        scratchLock->setStaleLockTime(0); // only a dead owner makes it stale
        if (!scratchLock->tryLock(0))
            return fail(
                tr("%1 is being created by another import; try again when it has finished.").arg(target.fileName()));
        removeScratch(); // left by an import a crash stopped
    }
    auto opened = Store::open(scratch.isEmpty() ? db : scratch, { .create = true });
    if (!opened.store)
        return fail(scratch.isEmpty() ? opened.error
                                      : opened.error.replace(QFileInfo(scratch).fileName(), target.fileName()));
    // A progress line for long imports.
    ProgressLine line;
    ImportProgress progress;
    progress.report = [&](qint64 done, qint64 total) {
        line.show(total > 0
                      ? tr("importing... %1%").arg(done * 100 / total)
                      : tr("importing... %n record(s)", nullptr, static_cast<int>(std::min<qint64>(done, INT_MAX))));
    };
    // A large import into an empty file stores its rows first: say so, and how long it took.
    QElapsedTimer fileTime;
    progress.stored = [&](qint64 events) {
        if (fileTime.elapsed() >= 1000)
            line.keep(tr("Stored %n event(s) in %1 s; now building their indexes.", nullptr,
                         static_cast<int>(std::min<qint64>(events, INT_MAX)))
                          .arg(static_cast<double>(fileTime.elapsed()) / 1000.0, 0, 'f', 1));
    };
    progress.indexing
        = [&](int done, int total) { line.show(tr("indexing... %1%").arg(done * 100 / std::max(1, total))); };
    fileTime.start();
    // Through the document, the one writer: the same import the window makes, as one step.
    auto document = std::make_unique<Document>(std::move(opened.store));
    const ImportResult result = document->importFiles(files, options, progress).result;
    line.clear();
    int status = 0;
    if (!result.ok)
        status = fail(result.error);
    if (!scratch.isEmpty()) {
        document.reset(); // closed: the log copied into the file
        const bool keep = result.ok && result.summary.eventsAdded > 0 && !options.dryRun;
        if (keep && ::link(QFile::encodeName(scratch).constData(), QFile::encodeName(db).constData()) != 0
            && (errno == EEXIST || QFileInfo::exists(db) || !QFile::rename(scratch, db)))
            status = fail(tr("%1 was made by another program during the import; nothing was imported into it.")
                              .arg(target.fileName()));
        removeScratch();
        if (status != 0)
            return status;
    }
    if (result.ok) {
        if (options.dryRun)
            print(tr("Preview: nothing was written.\n"));
        for (qsizetype i = 0; i < files.size() && i < result.files.size(); ++i)
            print(result.files.at(i).toText(files.at(i)));
    }
    return status;
}

} // namespace entente::cli
