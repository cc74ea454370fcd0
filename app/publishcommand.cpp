#include "command.h"

#include "progressline.h"
#include "store/sharedtimeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace entente::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::cli", text);
}

} // namespace

int runPublish(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("URL"), tr("A shared timeline: postgresql://user@host:port/db"));
    if (auto status = parseOrExit(
            parser, arguments,
            tr("Publish the starting copy of a shared timeline (its owner only): a computer that opens the timeline "
               "for the first time then fetches one file instead of copying every table. Run it again after large "
               "imports, or every night.")))
        return *status;
    if (parser.positionalArguments().size() != 1 || !SharedTimeline::isUrl(parser.positionalArguments().constFirst()))
        return fail(tr("publish needs one shared timeline: entente publish postgresql://user@host/db"));
    const QString url = parser.positionalArguments().constFirst();
    QElapsedTimer time;
    time.start();
    Store::OpenResult opened = openStore(url, {});
    if (!opened.store)
        return fail(opened.error);
    ProgressLine line;
    const SharedTimeline::Result result = SharedTimeline::publish(*opened.store, [&line](qint64 done, qint64 total) {
        line.show(tr("publishing the starting copy... %1%").arg(total > 0 ? done * 100 / total : 0));
    });
    line.clear();
    if (!result.ok)
        return fail(result.error);
    print(tr("Published the starting copy of %1 (%2 MB) in %3 s.\n")
              .arg(SharedTimeline::displayUrl(url))
              .arg(static_cast<double>(result.bytes) / 1e6, 0, 'f', 1)
              .arg(static_cast<double>(time.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

} // namespace entente::cli
