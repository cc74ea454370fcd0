#pragma once

#include "store/store.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

class QCommandLineParser;

namespace entente {
struct Publication;
}

namespace entente::cli {

// A subcommand of `entente`: parses its own arguments, calls the libraries, prints, and
// returns the exit status. Commands other than the window need no display.
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

std::span<const Command> commands();
const Command *findCommand(const QString &name);
// Whether a command opens windows (present) and so must not be sent to the offscreen platform.
bool needsDisplay(const Command &command);

// Prints "entente: MESSAGE" as one line on stderr and returns the failure status.
int fail(const QString &message);
// Prints to stdout.
void print(const QString &text);
// Parses `arguments` (the command's name first); on an error or --help prints and returns the
// exit status to stop with, otherwise nullopt.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments, const QString &description);

// Store::open for a command. A shared timeline's first open on this computer copies the whole
// timeline (seconds at a million events): it says how far it is on stderr, as an import does.
Store::OpenResult openStore(const QString &location, Store::OpenOptions options);

int runSample(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runRender(const QStringList &arguments);
int runPresent(const QStringList &arguments);
int runExtract(const QStringList &arguments);
int runInit(const QStringList &arguments);
int runCopy(const QStringList &arguments);
int runPublish(const QStringList &arguments);
// `entente export DB --story NAME --format pdf|pdf-list|timelinejs -o OUT`.
int exportStory(const QString &path, const QString &story, const QString &format, const QString &output,
                const Publication &publication);

} // namespace entente::cli
