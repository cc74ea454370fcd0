#include "command.h"

#include "progressline.h"
#include "store/sharedtimeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <climits>

namespace entente::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("entente::cli", text, disambiguation, n);
}

} // namespace

int runCopy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("SRC"), tr("An Entente file, or a database URL (postgresql://…)."));
    parser.addPositionalArgument(QStringLiteral("DST"), tr("A database URL, or a new Entente file."));
    if (auto status = parseOrExit(parser, arguments,
                                  tr("Copy a whole timeline between an Entente file and a shared timeline on "
                                     "PostgreSQL, either way.")))
        return *status;
    if (parser.positionalArguments().size() != 2)
        return fail(tr("copy needs a source and a destination: entente copy FILE postgresql://… (or the other way)"));
    const QString from = parser.positionalArguments().at(0);
    const QString to = parser.positionalArguments().at(1);
    ProgressLine line;
    qint64 copied = 0;
    QElapsedTimer time;
    time.start();
    const SharedTimeline::Result result = SharedTimeline::copy(from, to, [&](const QString &table, qint64 rows) {
        copied += rows;
        line.show(tr("copying... %1 (%n row(s) so far)", nullptr, static_cast<int>(std::min<qint64>(copied, INT_MAX)))
                      .arg(table));
    });
    line.clear();
    if (!result.ok)
        return fail(result.error);
    if (!result.note.isEmpty())
        print(result.note + u'\n');
    print(tr("Copied %n row(s) from %1 to %2 in %3 s.\n", nullptr,
             static_cast<int>(std::min<qint64>(result.rows, INT_MAX)))
              .arg(SharedTimeline::displayUrl(from), SharedTimeline::displayUrl(to))
              .arg(static_cast<double>(time.elapsed()) / 1000.0, 0, 'f', 1));
    if (SharedTimeline::isUrl(to))
        print(tr("Publish its starting copy (entente publish %1) so that the first open on each computer fetches one "
                 "file instead of every table.\n")
                  .arg(SharedTimeline::displayUrl(to)));
    return 0;
}

} // namespace entente::cli
