#include "command.h"
#include "progressline.h"

#include "io/exporter.h"
#include "io/formatregistry.h"
#include "publish/publication.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace entente::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::cli", text);
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The Entente file to export from."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("The format to write: %1.").arg(FormatRegistry::describe(FormatRegistry::writable())), QStringLiteral("F"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") }, tr("The file to write."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Only events overlapping this date or later."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Only events overlapping this date or earlier."),
                                QStringLiteral("DATE"));
    const QCommandLineOption actor(QStringLiteral("actor"), tr("Only events with this actor (a name or an alias)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("Only events of this kind."), QStringLiteral("K"));
    const QCommandLineOption status(QStringLiteral("status"), tr("Only events with this claim status."),
                                    QStringLiteral("S"));
    const QCommandLineOption search(QStringLiteral("search"), tr("Only events matching this text."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption story(QStringLiteral("story"),
                                   tr("Export this story as a handout instead: --format pdf, pdf-list or timelinejs."),
                                   QStringLiteral("NAME"));
    parser.addOptions({ format, output, from, to, actor, kind, status, search, story });
    // What a handout's pages say around each step, as a picture's frame does.
    const QList<QCommandLineOption> pageTexts {
        { QStringLiteral("title"), tr("--story: the handout's headline (default: the story's name)."),
          QStringLiteral("TEXT") },
        { QStringLiteral("subtitle"), tr("--story: a description under the headline."), QStringLiteral("TEXT") },
        { QStringLiteral("notes"), tr("--story: notes on every page."), QStringLiteral("TEXT") },
        { QStringLiteral("credit"), tr("--story: the source line (default: the sources of the steps)."),
          QStringLiteral("TEXT") },
        { QStringLiteral("byline"), tr("--story: who made the handout, beside the date."), QStringLiteral("TEXT") },
    };
    parser.addOptions(pageTexts);
    if (auto exitStatus = parseOrExit(parser, arguments, tr("Export an Entente file, or the events a filter selects.")))
        return *exitStatus;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(format) || !parser.isSet(output))
        return fail(tr("export needs a file, a format and an output: entente export DB --format F -o OUT"));
    if (parser.isSet(story)) { // handouts of a story: app/storyexport.cpp
        Publication publication;
        publication.title = parser.value(pageTexts[0]);
        publication.subtitle = parser.value(pageTexts[1]);
        publication.notes = parser.value(pageTexts[2]);
        publication.credit = parser.value(pageTexts[3]);
        publication.byline = parser.value(pageTexts[4]);
        return exportStory(parser.positionalArguments().constFirst(), parser.value(story), parser.value(format),
                           parser.value(output), publication);
    }
    for (const QCommandLineOption &o : pageTexts) {
        if (parser.isSet(o))
            return fail(tr("--%1 is for story handouts (--story) only.").arg(o.names().constFirst()));
    }
    auto exporter = makeExporter(parser.value(format));
    if (!exporter)
        return fail(tr("%1 is not an export format; use one of %2.")
                        .arg(parser.value(format), exportFormats().join(QStringLiteral(", "))));
    auto opened = openStore(parser.positionalArguments().constFirst(), { .allowReadOnly = true });
    if (!opened.store)
        return fail(opened.error);
    EventFilter filter;
    for (const QCommandLineOption *o : { &from, &to }) {
        if (!parser.isSet(*o))
            continue;
        const auto date = FuzzyDate::parse(parser.value(*o));
        if (!date)
            return fail(tr("--%1: \"%2\" is not a date (write 2022, 2022-03 or 2022-03-29).")
                            .arg(o->names().constFirst(), parser.value(*o)));
        if (o == &from)
            filter.from = date->startSeconds();
        else
            filter.to = date->endSeconds();
    }
    for (const QString &name : parser.values(actor)) {
        const auto id = opened.store->findActor(name);
        if (!id)
            return fail(tr("--actor: no actor is named or also known as \"%1\".").arg(name));
        filter.actors.append(*id);
    }
    filter.kinds = parser.values(kind);
    for (const QString &s : parser.values(status)) {
        const auto st = claimStatusFromKey(s.toLower());
        if (!st)
            return fail(
                tr("--status: \"%1\" is not a claim status (confirmed, reported, alleged, disputed, denied).").arg(s));
        filter.statuses.append(*st);
    }
    filter.text = parser.value(search);
    // A progress line for long exports, as import has.
    ProgressLine line;
    ExportProgress progress;
    progress.report = [&](qint64 done, qint64 total) {
        if (total > 0)
            line.show(tr("exporting... %1%").arg(done * 100 / total));
    };
    try {
        exporter->write(*opened.store, filter, parser.value(output), progress);
    } catch (const std::exception &e) {
        line.clear();
        return fail(Store::causeSentence(e));
    }
    line.clear();
    // What the format could not carry is said, not dropped without a word.
    for (const QString &warning : exporter->warnings())
        std::fprintf(stderr, "%s\n", qPrintable(warning));
    return 0;
}

} // namespace entente::cli
