#include "command.h"

#include "progressline.h"
#include "store/sharedtimeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace entente::cli {

namespace {

const Command kCommands[] = {
    { "sample", QT_TRANSLATE_NOOP("entente::cli", "Write the bundled sample dataset to a new Entente file."),
      &runSample },
    { "info", QT_TRANSLATE_NOOP("entente::cli", "Print counts, date span and schema version of an Entente file."),
      &runInfo },
    { "import",
      QT_TRANSLATE_NOOP("entente::cli",
                        "Import files (Entente JSON, CSV, TimelineJS, ACLED, Timeline) into an Entente file."),
      &runImport },
    { "export",
      QT_TRANSLATE_NOOP(
          "entente::cli",
          "Export an Entente file or a filtered selection (JSON, CSV, TimelineJS, GEXF, GraphML, iCalendar)."),
      &runExport },
    { "render",
      QT_TRANSLATE_NOOP("entente::cli",
                        "Draw a view (timeline, graph or a chart) of an Entente file to PNG, SVG or PDF."),
      &runRender },
    { "present", QT_TRANSLATE_NOOP("entente::cli", "Present a story (or every event) full screen, for teaching."),
      &runPresent },
    { "extract", QT_TRANSLATE_NOOP("entente::cli", "Propose the events a news report (.txt, .md, .html, .eml) tells."),
      &runExtract },
    { "init",
      QT_TRANSLATE_NOOP("entente::cli",
                        "Make a shared timeline in a PostgreSQL database (postgresql://user@host/db), or bring it up "
                        "to date."),
      &runInit },
    { "copy",
      QT_TRANSLATE_NOOP("entente::cli",
                        "Copy a whole timeline between an Entente file and a shared database, either way."),
      &runCopy },
    { "publish",
      QT_TRANSLATE_NOOP("entente::cli",
                        "Publish a shared timeline's starting copy, which computers opening it for the first time "
                        "fetch (its owner only)."),
      &runPublish },
};

// Commands that show windows; every other one runs on the offscreen platform.
const char *const kDisplayCommands[] = { "present" };

} // namespace

std::span<const Command> commands()
{
    return kCommands;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

bool needsDisplay(const Command &command)
{
    for (const char *name : kDisplayCommands) {
        if (qstrcmp(name, command.name) == 0)
            return true;
    }
    return false;
}

int fail(const QString &message)
{
    QTextStream err(stderr);
    err << "entente: " << QString(message).replace(u'\n', u' ') << Qt::endl;
    return 1;
}

void print(const QString &text)
{
    QTextStream out(stdout);
    out << text;
    out.flush();
}

std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  QCoreApplication::translate("entente::cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        print(parser.helpText());
        return 0;
    }
    return std::nullopt;
}

Store::OpenResult openStore(const QString &location, Store::OpenOptions options)
{
    if (!SharedTimeline::isUrl(location))
        return Store::open(location, options);
    ProgressLine line;
    options.fetching = [&line](qint64 done, qint64 total) {
        line.show(QCoreApplication::translate("entente::cli", "copying the shared timeline to this computer... %1%")
                      .arg(total > 0 ? done * 100 / total : 0));
    };
    options.downloading = [&line](qint64 done, qint64 total) {
        line.show(QCoreApplication::translate("entente::cli", "fetching the shared timeline's starting copy... %1%")
                      .arg(total > 0 ? done * 100 / total : 0));
    };
    options.finishing = [&line](int done, int total) {
        line.show(QCoreApplication::translate("entente::cli", "indexing its copy... step %1 of %2")
                      .arg(std::min(done + 1, total))
                      .arg(total));
    };
    Store::OpenResult opened = Store::open(location, options);
    line.clear();
    return opened;
}

} // namespace entente::cli
