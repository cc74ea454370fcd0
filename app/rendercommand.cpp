#include "command.h"
#include "pictureoptions.h"

#include "charts/chartrenderer.h"
#include "graph/graphexport.h"
#include "store/store.h"
#include "timeline/timelineexport.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelinetitles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace entente::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::cli", text);
}

// What every view's renderer is asked for, parsed once for all of them.
struct RenderRequest
{
    Store *store = nullptr;
    PictureSpec picture;
    EventFilter filter;
    const QCommandLineParser *parser = nullptr;

    // The source line's default: the publishers of the events shown.
    QString sourceLine(const EventFilter &shown) const
    {
        return Publication::sourceLine(store->publishers(shown), picture.publication.locale);
    }
};

int renderTimeline(const RenderRequest &request)
{
    const QString lanesKey = request.parser->value(QStringLiteral("lanes"));
    const auto mode = laneModeFromKey(lanesKey.isEmpty() ? QStringLiteral("actors") : lanesKey);
    if (!mode)
        return fail(tr("Unknown lane mode %1: use actors, kind, status or single.").arg(lanesKey));
    TimelineIndex index;
    index.build(*request.store);
    TimelineLanes lanes;
    lanes.build(index, index.match(request.filter, request.store), *mode, LaneOrder::FirstAppearance);
    TimelineTitles titles(request.store);
    TimelineRenderer renderer(&index, &lanes, &titles);
    TimelineExport::Spec spec;
    spec.picture = request.picture;
    spec.options.theme = request.picture.publication.dark ? TimelineTheme::dark() : TimelineTheme::light();
    // The window asked for, else every event the filter lets through.
    spec.viewport = TimelineRenderer::fitAll(index, &lanes);
    if (request.filter.from)
        spec.viewport.from = static_cast<double>(*request.filter.from);
    if (request.filter.to)
        spec.viewport.to = static_cast<double>(*request.filter.to);
    if (spec.viewport.to <= spec.viewport.from)
        return fail(tr("--to must be later than --from."));
    spec.sourceLine = request.sourceLine(request.filter);
    const QString error = TimelineExport::write(renderer, spec);
    return error.isEmpty() ? 0 : fail(error);
}

template<const char *Name> int renderChartView(const RenderRequest &request)
{
    const QString stackKey = request.parser->value(QStringLiteral("stack"));
    const auto stackBy = stackByFromKey(stackKey.isEmpty() ? QStringLiteral("kind") : stackKey);
    if (!stackBy)
        return fail(tr("Unknown stacking %1: use kind, actor, quadclass, goldstein, cameo or deaths.").arg(stackKey));
    QString error;
    if (!renderChartToFile(*request.store, request.filter, QString::fromLatin1(Name), request.picture, &error,
                           *stackBy))
        return fail(error);
    return 0;
}

constexpr char kActivity[] = "activity";
constexpr char kActors[] = "actors";
constexpr char kStatus[] = "status";

int renderGraph(const RenderRequest &request)
{
    GraphRenderRequest graph;
    graph.picture = request.picture;
    const QString modeKey = request.parser->value(QStringLiteral("mode"));
    if (modeKey.isEmpty() || modeKey == u"bipartite")
        graph.mode = ActorGraph::Mode::Bipartite;
    else if (modeKey == u"actors")
        graph.mode = ActorGraph::Mode::Actors;
    else
        return fail(tr("Unknown graph mode %1: use actors or bipartite.").arg(modeKey));
    const QString metricKey = request.parser->value(QStringLiteral("metric"));
    // "weighted" is what the menu calls it; "strength" is igraph's name, accepted too.
    const auto metric = metricKey.isEmpty() ? std::optional(GraphMetric::Degree)
        : metricKey == u"weighted"          ? std::optional(GraphMetric::WeightedDegree)
                                            : graphMetricFromKey(metricKey);
    if (!metric)
        return fail(tr("Unknown graph metric %1: use degree, weighted, betweenness or community.").arg(metricKey));
    graph.metric = *metric;
    QString error;
    return renderGraphToFile(*request.store, request.filter, graph, &error) == 0 ? 0 : fail(error);
}

struct View
{
    const char *name;
    int (*render)(const RenderRequest &);
};

// One renderer per view; the graph and the charts add theirs here.
const View kViews[] = {
    { "timeline", &renderTimeline },
    { "chart:activity", &renderChartView<kActivity> },
    { "chart:actors", &renderChartView<kActors> },
    { "chart:status", &renderChartView<kStatus> },
    { "graph", &renderGraph },
};

} // namespace

int runRender(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("An Entente file."));
    auto option = [&parser](const QString &name, const char *help, const char *value = nullptr) {
        parser.addOption(value ? QCommandLineOption(name, tr(help), QString::fromLatin1(value))
                               : QCommandLineOption(name, tr(help)));
    };
    option(QStringLiteral("view"), "The view to draw: timeline, graph, chart:activity, chart:actors or chart:status.",
           "VIEW");
    parser.addOption(QCommandLineOption({ QStringLiteral("o"), QStringLiteral("output") },
                                        tr("The file to write: .png, .svg or .pdf."), QStringLiteral("OUT")));
    option(QStringLiteral("from"), "Show from this date (2022, 2022-03, 2022-03-29).", "DATE");
    option(QStringLiteral("to"), "Show up to the end of this date.", "DATE");
    option(QStringLiteral("actor"), "Only events with this actor (name or alias; repeatable).", "NAME");
    option(QStringLiteral("kind"), "Only events of this kind (repeatable).", "KIND");
    option(QStringLiteral("status"), "Only events with this claim status (repeatable).", "STATUS");
    option(QStringLiteral("search"), "Only events matching this text.", "TEXT");
    addPictureOptions(parser);
    option(QStringLiteral("lanes"), "Timeline lanes: actors (the default), kind, status or single.", "MODE");
    option(QStringLiteral("stack"),
           "Activity chart bars stacked by: kind (the default), actor, or an event attribute: quadclass, goldstein, "
           "cameo (its root) or deaths.",
           "BY");
    option(QStringLiteral("mode"), "Graph nodes: bipartite (actors and events, the default) or actors.", "MODE");
    option(QStringLiteral("metric"),
           "Graph node size and colour: degree (the default), weighted, betweenness or "
           "community.",
           "METRIC");
    if (auto status = parseOrExit(parser, arguments, tr("Draw a view of an Entente file to PNG, SVG or PDF.")))
        return *status;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("render needs one file: entente render FILE --view timeline -o OUT.png"));
    RenderRequest request;
    request.parser = &parser;
    request.picture.path = parser.value(QStringLiteral("output"));
    if (request.picture.path.isEmpty())
        return fail(tr("render needs an output file: -o OUT.png, OUT.svg or OUT.pdf"));
    if (PictureWriter::formatOf(request.picture.path).isEmpty())
        return fail(tr("Cannot write %1: the name must end in .png, .svg or .pdf.").arg(request.picture.path));
    if (const QString error = readPictureOptions(parser, request.picture); !error.isEmpty())
        return fail(error);
    const QString view = parser.value(QStringLiteral("view")).isEmpty() ? QStringLiteral("timeline")
                                                                        : parser.value(QStringLiteral("view"));
    // Options of one view are refused with another, never silently ignored.
    for (const auto &[name, owner] : { std::pair { "lanes", "timeline" }, std::pair { "mode", "graph" },
                                       std::pair { "metric", "graph" }, std::pair { "stack", "chart:activity" } }) {
        if (parser.isSet(QString::fromLatin1(name)) && view != QLatin1String(owner))
            return fail(tr("--%1 is for the %2 view only.").arg(QLatin1String(name), QLatin1String(owner)));
    }

    auto opened = openStore(parser.positionalArguments().constFirst(), { .allowReadOnly = true });
    if (!opened.store)
        return fail(opened.error);
    request.store = opened.store.get();
    EventFilter &filter = request.filter;
    for (const auto &[name, target] :
         { std::pair { QStringLiteral("from"), &filter.from }, std::pair { QStringLiteral("to"), &filter.to } }) {
        if (!parser.isSet(name))
            continue;
        const auto date = FuzzyDate::parse(parser.value(name));
        if (!date)
            return fail(tr("Bad --%1 date %2: write 2022, 2022-03 or 2022-03-29.").arg(name, parser.value(name)));
        *target = name == u"from" ? date->startSeconds() : date->endSeconds();
    }
    try {
        for (const QString &name : parser.values(QStringLiteral("actor"))) {
            const auto id = request.store->findActor(name);
            if (!id)
                return fail(tr("No actor named %1 in %2.").arg(name, parser.positionalArguments().constFirst()));
            filter.actors.append(*id);
        }
        filter.kinds = parser.values(QStringLiteral("kind"));
        for (const QString &key : parser.values(QStringLiteral("status"))) {
            const auto s = claimStatusFromKey(key);
            if (!s)
                return fail(tr("Unknown status %1: use confirmed, reported, alleged, disputed or denied.").arg(key));
            filter.statuses.append(*s);
        }
        filter.text = parser.value(QStringLiteral("search"));

        for (const View &v : kViews) {
            if (view == QLatin1String(v.name))
                return v.render(request);
        }
        QStringList known;
        for (const View &v : kViews)
            known.append(QString::fromLatin1(v.name));
        return fail(tr("Unknown view %1: use %2.").arg(view, known.join(QStringLiteral(", "))));
    } catch (const std::exception &e) {
        return fail(Store::causeSentence(e));
    }
}

} // namespace entente::cli
