#include "command.h"
#include "progressline.h"

#include "io/importer.h"
#include "store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace entente::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::cli", text);
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Files to import."), QStringLiteral("FILE..."));
    const QCommandLineOption into(QStringLiteral("into"), tr("The Entente file to import into (created if missing)."),
                                  QStringLiteral("DB"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("The files' format: %1 (guessed from the content when absent).")
                                        .arg(importFormats().join(QStringLiteral(", "))),
                                    QStringLiteral("F"));
    const QCommandLineOption strict(QStringLiteral("strict"), tr("Stop at the first bad row and import nothing."));
    const QCommandLineOption groupAsTag(QStringLiteral("group-as-tag"),
                                        tr("TimelineJS: make each slide's group a tag instead of an actor lane."));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("CSV: read the file's column COLUMN as ours (title, start, end, kind, status, "
                                    "summary, place, latitude, longitude, actors, sources, tags); repeatable."),
                                 QStringLiteral("COLUMN=OURS"));
    parser.addOptions({ into, format, strict, groupAsTag, map });
    if (auto status = parseOrExit(parser, arguments,
                                  tr("Import files into an Entente file. An import is all or nothing: every file is "
                                     "checked before anything is written, and if any file fails, or the import is "
                                     "stopped (Ctrl+C, a crash, a power cut), the Entente file is left as it was. "
                                     "Rows a file's format cannot hold are skipped and listed (with --strict, the "
                                     "first one stops the import); a file none of whose rows can be imported fails.")))
        return *status;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !parser.isSet(into))
        return fail(tr("import needs files and a target: entente import FILE... --into DB [--format F] [--strict]"));
    ImportOptions options;
    options.format = parser.value(format);
    options.strict = parser.isSet(strict);
    options.groupAsTag = parser.isSet(groupAsTag);
    if (!options.format.isEmpty() && !importFormats().contains(options.format))
        return fail(tr("%1 is not an import format; use one of %2.")
                        .arg(options.format, importFormats().join(QStringLiteral(", "))));
    for (const QString &pair : parser.values(map)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return fail(tr("--map takes FILE_COLUMN=OUR_COLUMN, not \"%1\".").arg(pair));
        options.columnMap.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    const QString db = parser.value(into);
    auto opened = Store::open(db, { true, false });
    if (!opened.store)
        return fail(opened.error);
    // A progress line for long imports.
    ProgressLine line;
    ImportProgress progress;
    progress.report = [&](qint64 done, qint64 total) {
        line.show(total > 0 ? tr("importing... %1%").arg(done * 100 / total) : tr("importing... %1 records").arg(done));
    };
    // A large import into an empty file stores its rows first: say so, and how long it took.
    QElapsedTimer fileTime;
    progress.stored = [&](qint64 events) {
        if (fileTime.elapsed() >= 1000)
            line.keep(tr("Stored %1 events in %2 s; now building their indexes.")
                          .arg(events)
                          .arg(static_cast<double>(fileTime.elapsed()) / 1000.0, 0, 'f', 1));
    };
    progress.indexing
        = [&](int done, int total) { line.show(tr("indexing... %1%").arg(done * 100 / std::max(1, total))); };
    fileTime.start();
    const ImportResult result = importFiles(files, *opened.store, options, progress);
    line.clear();
    int status = 0;
    if (result.ok) {
        for (qsizetype i = 0; i < files.size() && i < result.files.size(); ++i)
            print(result.files.at(i).toText(files.at(i)));
    } else {
        status = fail(result.error);
    }
    // A file this command created and filled with nothing is not left behind.
    if (opened.created && (!result.ok || result.summary.eventsAdded == 0)) {
        opened.store.reset();
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(db + suffix);
    }
    return status;
}

} // namespace entente::cli
