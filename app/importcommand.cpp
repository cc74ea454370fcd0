#include "command.h"
#include "progressline.h"

#include "document.h"
#include "io/datasetfilter.h"
#include "io/formatregistry.h"
#include "io/importer.h"
#include "store/deferredindexes.h"
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
#include <optional>

#include <algorithm>
#include <climits>

namespace entente::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("entente::cli", text, disambiguation, n);
}

// The command's options, by name.
void addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Files to import."), QStringLiteral("FILE..."));
    parser.addOptions({
        { QStringLiteral("into"),
          tr("The Entente file to import into (created if missing; it appears only once the import has "
             "succeeded)."),
          QStringLiteral("DB") },
        { QStringLiteral("format"),
          tr("The files' format: %1 (guessed from the content when absent).")
              .arg(FormatRegistry::describe(FormatRegistry::readable())),
          QStringLiteral("F") },
        { QStringLiteral("strict"), tr("Stop at the first bad row and import nothing.") },
        { QStringLiteral("group-as-tag"), tr("TimelineJS: make each slide's group a tag instead of an actor lane.") },
        { QStringLiteral("map"),
          tr("CSV: read the file's column COLUMN as ours (title, start, end, kind, status, summary, place, "
             "latitude, longitude, actors, sources, tags); repeatable."),
          QStringLiteral("COLUMN=OURS") },
        { QStringLiteral("where"), tr("GDELT, UCDP: keep only the events that meet CONDITIONS (see below)."),
          QStringLiteral("CONDITIONS") },
        { QStringLiteral("fold"),
          tr("GDELT: fold the reports of one happening (same day, actor pair and event code) into one event with "
             "their count and all their source URLs.") },
        { QStringLiteral("preview"), tr("Read and count what would be imported, and write nothing.") },
    });
}

// The import's options from the command line; the reason when they are wrong.
std::optional<QString> readOptions(const QCommandLineParser &parser, ImportOptions &options)
{
    options.format = parser.value(QStringLiteral("format"));
    options.strict = parser.isSet(QStringLiteral("strict"));
    options.groupAsTag = parser.isSet(QStringLiteral("group-as-tag"));
    options.where = parser.value(QStringLiteral("where"));
    options.fold = parser.isSet(QStringLiteral("fold"));
    options.dryRun = parser.isSet(QStringLiteral("preview"));
    if (!options.where.isEmpty()) {
        try {
            DatasetFilter::parse(options.where);
        } catch (const ImportError &e) {
            return e.message();
        }
    }
    if (!options.format.isEmpty() && !importFormats().contains(options.format))
        return tr("%1 is not an import format; use one of %2.")
            .arg(options.format, importFormats().join(QStringLiteral(", ")));
    for (const QString &pair : parser.values(QStringLiteral("map"))) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return tr("--map takes FILE_COLUMN=OUR_COLUMN, not \"%1\".").arg(pair);
        if (options.columnMap.contains(pair.left(eq).trimmed()))
            return tr("--map names the column %1 twice; give each column one mapping.").arg(pair.left(eq).trimmed());
        options.columnMap.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    return std::nullopt;
}

// Into a new file: imported into a scratch file beside it, linked into place when the import has
// committed. An import killed part way leaves no file at all; a second import creating the same
// file at once is refused with the reason.
class NewFile
{
public:
    explicit NewFile(const QString &db)
        : m_db(db)
        , m_target(db)
    { }
    // The file to open: the scratch file when the target is new, else the target. Empty, with
    // `error` set, when another import is making it.
    QString prepare(QString &error)
    {
        if (m_target.exists() || !m_target.absoluteDir().exists())
            return m_db;
        m_scratch = m_target.absoluteDir().filePath(u'.' + m_target.fileName() + QStringLiteral(".importing"));
        // Not the scratch file's own lock, which Store::open takes while it makes the file.
        m_lock = std::make_unique<QLockFile>(
            m_target.absoluteDir().filePath(u'.' + m_target.fileName() + QStringLiteral(".import.lock")));
        m_lock->setStaleLockTime(0); // only a dead owner makes it stale
        if (!m_lock->tryLock(0)) {
            error
                = tr("%1 is being created by another import; try again when it has finished.").arg(m_target.fileName());
            return {};
        }
        removeScratch(); // left by an import a crash stopped
        return m_scratch;
    }
    bool isNew() const { return !m_scratch.isEmpty(); }
    QString targetError(QString error) const
    {
        return isNew() ? error.replace(QFileInfo(m_scratch).fileName(), m_target.fileName()) : error;
    }
    // With the document closed: the scratch file put in place (`keep`) or removed; false when
    // another program made the target meanwhile.
    bool finish(bool keep)
    {
        bool ok = true;
        if (keep && ::link(QFile::encodeName(m_scratch).constData(), QFile::encodeName(m_db).constData()) != 0
            && (errno == EEXIST || QFileInfo::exists(m_db) || !QFile::rename(m_scratch, m_db)))
            ok = false;
        removeScratch();
        return ok;
    }

private:
    void removeScratch() const
    {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(m_scratch + suffix);
        QFile::remove(DeferredIndexes::scratchPath(m_scratch)); // its search index's, a crash left
    }

    QString m_db;
    QFileInfo m_target;
    QString m_scratch;
    std::unique_ptr<QLockFile> m_lock;
};

// A progress line for long imports; a large import into an empty file stores its rows first:
// say so, and how long it took.
ImportProgress progressOn(ProgressLine &line, const QElapsedTimer &fileTime)
{
    ImportProgress progress;
    progress.report = [&line](qint64 done, qint64 total) {
        line.show(total > 0
                      ? tr("importing... %1%").arg(done * 100 / total)
                      : tr("importing... %n record(s)", nullptr, static_cast<int>(std::min<qint64>(done, INT_MAX))));
    };
    progress.stored = [&line, &fileTime](qint64 events) {
        if (fileTime.elapsed() >= 1000)
            line.keep(tr("Stored %n event(s) in %1 s; now building their indexes.", nullptr,
                         static_cast<int>(std::min<qint64>(events, INT_MAX)))
                          .arg(static_cast<double>(fileTime.elapsed()) / 1000.0, 0, 'f', 1));
    };
    progress.indexing
        = [&line](int done, int total) { line.show(tr("indexing... %1%").arg(done * 100 / std::max(1, total))); };
    return progress;
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
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
    if (files.isEmpty() || !parser.isSet(QStringLiteral("into")))
        return fail(tr("import needs files and a target: entente import FILE... --into DB [--format F] [--strict]"));
    ImportOptions options;
    if (const auto error = readOptions(parser, options))
        return fail(*error);
    const QString db = parser.value(QStringLiteral("into"));
    NewFile newFile(db);
    QString error;
    const QString path = newFile.prepare(error);
    if (path.isEmpty())
        return fail(error);
    auto opened = openStore(path, { .create = true });
    if (!opened.store)
        return fail(newFile.targetError(opened.error));
    ProgressLine line;
    QElapsedTimer fileTime;
    ImportProgress progress = progressOn(line, fileTime);
    fileTime.start();
    // Through the document, the one writer: the same import the window makes, as one step.
    auto document = std::make_unique<Document>(std::move(opened.store));
    const ImportResult result = document->importFiles(files, options, progress).result;
    line.clear();
    int status = 0;
    if (!result.ok)
        status = fail(result.error);
    if (newFile.isNew()) {
        document.reset(); // closed: the log copied into the file
        if (!newFile.finish(result.ok && result.summary.eventsAdded > 0 && !options.dryRun))
            status = fail(tr("%1 was made by another program during the import; nothing was imported into it.")
                              .arg(QFileInfo(db).fileName()));
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
