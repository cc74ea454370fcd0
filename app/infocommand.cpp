#include "command.h"

#include "fileinfo.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace entente::cli {

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("entente::cli", "An Entente file."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("entente::cli", "Print one JSON object."));
    parser.addOption(json);
    if (auto status
        = parseOrExit(parser, arguments, QCoreApplication::translate("entente::cli", "Describe an Entente file.")))
        return *status;
    if (parser.positionalArguments().size() != 1)
        return fail(QCoreApplication::translate("entente::cli", "info needs one file: entente info FILE [--json]"));
    auto opened = openStore(parser.positionalArguments().constFirst(), { .allowReadOnly = true });
    // Another program writing it (an import): what it holds as last committed is read beside it.
    if (opened.kind == Store::OpenError::Locked)
        opened = Store::open(parser.positionalArguments().constFirst(), { .readOnly = true });
    if (!opened.store)
        return fail(opened.error);
    try {
        if (parser.isSet(json))
            print(QString::fromUtf8(QJsonDocument(FileInfo::toJson(*opened.store)).toJson(QJsonDocument::Compact))
                  + u'\n');
        else
            print(FileInfo::toText(*opened.store));
    } catch (const std::exception &e) {
        return fail(QCoreApplication::translate("entente::cli", "%1 cannot be read: %2.")
                        .arg(QFileInfo(parser.positionalArguments().constFirst()).fileName(), Store::cause(e)));
    }
    return 0;
}

} // namespace entente::cli
