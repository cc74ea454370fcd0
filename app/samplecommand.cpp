#include "command.h"

#include "sampledataset.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace entente::cli {

int runSample(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 QCoreApplication::translate("entente::cli", "The Entente file to write."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QCoreApplication::translate("entente::cli", "Replace OUT if it exists."));
    parser.addOption(force);
    if (auto status = parseOrExit(parser, arguments,
                                  QCoreApplication::translate("entente::cli", "Write the bundled sample dataset.")))
        return *status;
    if (parser.positionalArguments().size() != 1)
        return fail(
            QCoreApplication::translate("entente::cli", "sample needs one output file: entente sample OUT.entente"));
    const QString out = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(out)) {
        if (!parser.isSet(force))
            return fail(QCoreApplication::translate("entente::cli", "%1 exists; use --force to replace it.").arg(out));
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(out + suffix);
    }
    auto opened = Store::open(out, { .create = true });
    if (!opened.store)
        return fail(opened.error);
    try {
        SampleDataset::write(*opened.store);
    } catch (const StoreError &e) {
        opened.store.reset();
        QFile::remove(out);
        return fail(e.message());
    }
    return 0;
}

} // namespace entente::cli
