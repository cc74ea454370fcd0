// `entente render FILE --view graph`: the graph drawn headless to PNG, SVG and PDF, as a user at
// a terminal would ask for it, with the timeline's filters and the graph's own options.
#include "runentente.h"

#include <QFile>

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestGraphCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // Pixels that are neither the light background nor close to it: nodes, edges and text.
    static int inkPixels(const QImage &image)
    {
        int ink = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qGray(image.pixel(x, y)) < 200)
                    ++ink;
            }
        }
        return ink;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("sample.entente"));
        const auto r = runEntente({ QStringLiteral("sample"), m_db });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void pngInBothModes_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("metric");
        QTest::newRow("bipartite degree") << QStringLiteral("bipartite") << QStringLiteral("degree");
        QTest::newRow("actors weighted") << QStringLiteral("actors") << QStringLiteral("weighted");
        QTest::newRow("actors betweenness") << QStringLiteral("actors") << QStringLiteral("betweenness");
        QTest::newRow("actors community") << QStringLiteral("actors") << QStringLiteral("community");
    }

    void pngInBothModes()
    {
        QFETCH(QString, mode);
        QFETCH(QString, metric);
        const QString out = path(mode + QLatin1Char('-') + metric + QStringLiteral(".png"));
        const auto r = runEntente({ QStringLiteral("render"), m_db, QStringLiteral("--view"), QStringLiteral("graph"),
                                    QStringLiteral("-o"), out, QStringLiteral("--size"), QStringLiteral("900x600"),
                                    QStringLiteral("--mode"), mode, QStringLiteral("--metric"), metric });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QImage image(out);
        QCOMPARE(image.size(), QSize(900, 600));
        // A drawn graph, not an empty canvas with a message.
        QVERIFY(inkPixels(image) > 2000);
    }

    void filtersNarrowThePicture()
    {
        const QString all = path(QStringLiteral("all.svg"));
        const QString narrow = path(QStringLiteral("narrow.svg"));
        auto r = runEntente({ QStringLiteral("render"), m_db, QStringLiteral("--view"), QStringLiteral("graph"),
                              QStringLiteral("-o"), all, QStringLiteral("--mode"), QStringLiteral("actors") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runEntente({ QStringLiteral("render"), m_db, QStringLiteral("--view"), QStringLiteral("graph"),
                         QStringLiteral("-o"), narrow, QStringLiteral("--mode"), QStringLiteral("actors"),
                         QStringLiteral("--from"), QStringLiteral("2025"), QStringLiteral("--to"),
                         QStringLiteral("2025") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray a = readAll(all), n = readAll(narrow);
        QVERIFY(a.contains("<svg"));
        QVERIFY(n.contains("<svg"));
        // The actors labelled: the 2025 window has fewer than the whole file (Boris Johnson and
        // the United Kingdom act only in 2022). A published picture states no counts.
        const auto count = [](const QByteArray &svg) {
            int named = 0;
            for (const char *actor : { "Russia", "Ukraine", "Boris Johnson", "United Kingdom", "Hakan Fidan" })
                named += svg.contains(QByteArray(QByteArray(">") + actor + "<")) ? 1 : 0;
            return named;
        };
        QVERIFY2(count(a) > 0, a.left(400).constData());
        QVERIFY(count(n) > 0);
        QVERIFY2(count(n) < count(a), qPrintable(QStringLiteral("%1 vs %2").arg(count(n)).arg(count(a))));
    }

    void titleLegendAndCredit()
    {
        // As the timeline's export: a title above, a legend and a credit line below.
        const QStringList base { QStringLiteral("render"), m_db,
                                 QStringLiteral("--view"), QStringLiteral("graph"),
                                 QStringLiteral("--mode"), QStringLiteral("actors"),
                                 QStringLiteral("--size"), QStringLiteral("1200x700") };
        const QString svg = path(QStringLiteral("titled.svg"));
        auto r = runEntente(base
                            + QStringList { QStringLiteral("-o"), svg, QStringLiteral("--title"),
                                            QStringLiteral("Who talked to whom"), QStringLiteral("--credit"),
                                            QStringLiteral("Source: the sample, 2026") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray text = readAll(svg);
        QVERIFY(text.contains("Who talked to whom"));
        QVERIFY(text.contains("Source: the sample, 2026"));
        QVERIFY(text.contains("Edge width: shared events"));
        QVERIFY(text.contains("Actor, sized by degree"));
        const QString bare = path(QStringLiteral("bare.svg"));
        r = runEntente(base + QStringList { QStringLiteral("-o"), bare, QStringLiteral("--no-legend") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray plain = readAll(bare);
        QVERIFY(!plain.contains("Edge width"));
        QVERIFY(!plain.contains("Size and colour"));

        // In pixels: a title row of dark text at the top left (the graph keeps a margin
        // below it; where each part goes is checked in tst_graphrender).
        const QString titled = path(QStringLiteral("titled.png"));
        r = runEntente(base
                       + QStringList { QStringLiteral("-o"), titled, QStringLiteral("--title"),
                                       QStringLiteral("Who talked to whom"), QStringLiteral("--credit"),
                                       QStringLiteral("Source: the sample, 2026") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QImage a(titled);
        QCOMPARE(a.size(), QSize(1200, 700));
        int dark = 0;
        for (int y = 0; y < 70; ++y) {
            for (int x = 0; x < 300; ++x)
                dark += qGray(a.pixel(x, y)) < 90 ? 1 : 0;
        }
        QVERIFY2(dark > 150, qPrintable(QString::number(dark)));
        if (qEnvironmentVariableIsSet("ENTENTE_GRAPH_PNG_DIR"))
            a.save(qEnvironmentVariable("ENTENTE_GRAPH_PNG_DIR") + QStringLiteral("/graph-titled.png"));
    }

    void pdfIsAPdf()
    {
        const QString out = path(QStringLiteral("graph.pdf"));
        const auto r = runEntente({ QStringLiteral("render"), m_db, QStringLiteral("--view"), QStringLiteral("graph"),
                                    QStringLiteral("-o"), out, QStringLiteral("--size"), QStringLiteral("1200x800") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray pdf = readAll(out);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 5000);
    }

    void badOptionsFail()
    {
        const QString out = path(QStringLiteral("bad.png"));
        auto r = runEntente({ QStringLiteral("render"), m_db, QStringLiteral("--view"), QStringLiteral("graph"),
                              QStringLiteral("-o"), out, QStringLiteral("--mode"), QStringLiteral("events") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("Unknown graph mode events"));
        r = runEntente({ QStringLiteral("render"), m_db, QStringLiteral("--view"), QStringLiteral("graph"),
                         QStringLiteral("-o"), out, QStringLiteral("--metric"), QStringLiteral("pagerank") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("Unknown graph metric pagerank"));
        r = runEntente({ QStringLiteral("render"), m_db, QStringLiteral("--view"), QStringLiteral("chart"),
                         QStringLiteral("-o"), out });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("graph"));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestGraphCli)
#include "tst_graphcli.moc"
