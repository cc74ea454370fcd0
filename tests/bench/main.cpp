// entente_bench: runs the registered benchmarks over synthetic data and prints a table.
//   entente_bench [--events N] [--actors M] [--years K] [--only NAME] [--generate-entente FILE]
//                 [--generate-acled FILE] [--generate-gdelt FILE] [--open FILE]
#include "bench.h"
#include "generator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTextStream>

using namespace entente;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("Events to generate."),
                                    QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption actors(QStringLiteral("actors"), QStringLiteral("Actors (lanes)."), QStringLiteral("M"),
                                    QStringLiteral("50"));
    const QCommandLineOption years(QStringLiteral("years"), QStringLiteral("Years spanned."), QStringLiteral("K"),
                                   QStringLiteral("30"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("The generators' seed (another gives other rows, such as more rows to "
                                                 "import into a file made with the first)."),
                                  QStringLiteral("S"), QStringLiteral("42"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run one benchmark."), QStringLiteral("NAME"));
    const QCommandLineOption genEntente(QStringLiteral("generate-entente"),
                                        QStringLiteral("Only write a synthetic Entente file."), QStringLiteral("FILE"));
    const QCommandLineOption genAcled(QStringLiteral("generate-acled"),
                                      QStringLiteral("Only write a synthetic ACLED-style CSV."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption genGdelt(QStringLiteral("generate-gdelt"),
                                      QStringLiteral("Only write a synthetic GDELT 2.0 event file (61 columns)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption open(QStringLiteral("open"),
                                  QStringLiteral("The window benchmark opens FILE (an Entente file made before, such "
                                                 "as a month of GDELT) instead of generating one."),
                                  QStringLiteral("FILE"));
    parser.addOptions({ events, actors, years, seed, only, genEntente, genAcled, genGdelt, open });
    parser.process(app);

    bench::Options options;
    options.events = parser.value(events).toLongLong();
    options.actors = parser.value(actors).toInt();
    options.years = parser.value(years).toInt();
    options.file = parser.value(open);
    options.seed = parser.value(seed).toUInt();
    bench::Generator::Spec spec { options.events, options.actors, options.years, 1995, options.seed };
    if (parser.isSet(genGdelt)) {
        bench::Generator::writeGdeltEvents(parser.value(genGdelt),
                                           { spec.events, spec.actors, spec.years, 2024, spec.seed }, {});
        return 0;
    }
    if (parser.isSet(genEntente) || parser.isSet(genAcled)) {
        if (parser.isSet(genEntente))
            bench::Generator::writeEntente(parser.value(genEntente), spec);
        if (parser.isSet(genAcled))
            bench::Generator::writeAcledCsv(parser.value(genAcled), spec);
        return 0;
    }
    QTemporaryDir dir;
    options.workDir = dir.path();

    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("benchmark").leftJustified(12), QStringLiteral("metric").leftJustified(44),
                    QStringLiteral("value").rightJustified(14), QStringLiteral("goal"));
    out.flush();
    for (const bench::Entry &entry : bench::registry()) {
        if (parser.isSet(only) && parser.value(only) != entry.name)
            continue;
        for (const bench::Result &r : entry.function(options)) {
            out << QStringLiteral("%1 %2 %3 %4\n")
                       .arg(r.benchmark.leftJustified(12), r.metric.leftJustified(44),
                            QString(QString::number(r.value, 'f',
                                                    r.value < 10                          ? 2
                                                        : r.value < 100 && r.unit == u"s" ? 1
                                                                                          : 0)
                                    + u' ' + r.unit)
                                .rightJustified(14),
                            r.goal);
            out.flush();
        }
    }
    return 0;
}
