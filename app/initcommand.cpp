#include "command.h"

#include "store/sharedtimeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace entente::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::cli", text);
}

} // namespace

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("URL"), tr("A PostgreSQL database: postgresql://user@host:port/db"));
    if (auto status = parseOrExit(parser, arguments,
                                  tr("Make a shared timeline in a PostgreSQL database (its tables, change log, search "
                                     "and the roles entente_viewer and entente_editor), or bring one up to date.")))
        return *status;
    if (parser.positionalArguments().size() != 1 || !SharedTimeline::isUrl(parser.positionalArguments().constFirst()))
        return fail(tr("init needs one database: entente init postgresql://user@host/db"));
    const QString url = parser.positionalArguments().constFirst();
    const SharedTimeline::Result result = SharedTimeline::init(url);
    if (!result.ok)
        return fail(result.error);
    if (!result.note.isEmpty())
        print(result.note + u'\n');
    print(tr("%1 is ready for Entente.\n").arg(SharedTimeline::displayUrl(url)));
    return 0;
}

} // namespace entente::cli
