// The timeline's exports: PNG at a scale, SVG with its texts, PDF with its page size, an unknown
// format refused; and `entente render` of the timeline from the command line.
#include "timeline/timelineexport.h"
#include "timelinefixture.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace entente;

class TestTimelineExport : public QObject, private TimelineFixture
{
    Q_OBJECT

private slots:
    void init() { seed(); }

    void exportsValidFiles()
    {
        QTemporaryDir dir;
        TimelineTitles titles(m_store.get());
        TimelineRenderer r(&m_index, &m_lanes, &titles);
        TimelineExport::Spec spec;
        spec.viewport = TimelineRenderer::fitAll(m_index);
        spec.picture.publication.title = QStringLiteral("Title");
        spec.picture.publication.credit = QStringLiteral("Credit");
        spec.picture.size = QSize(1200, 675);
        spec.picture.scale = 2;
        spec.picture.path = dir.filePath(QStringLiteral("t.png"));
        QCOMPARE(TimelineExport::write(r, spec), QString());
        const QImage png(spec.picture.path);
        QCOMPARE(png.size(), QSize(2400, 1350));

        spec.picture.scale = 1;
        spec.picture.path = dir.filePath(QStringLiteral("t.svg"));
        QCOMPARE(TimelineExport::write(r, spec), QString());
        QFile svg(spec.picture.path);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svg);
        int texts = 0;
        QString width;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (xml.name() == u"svg")
                    width = xml.attributes().value(QStringLiteral("width")).toString();
                if (xml.name() == u"text")
                    ++texts;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(width.startsWith(QStringLiteral("1200")) || width.startsWith(QStringLiteral("317")));
        // Lane names, tick labels, title and credit are text elements.
        QVERIFY2(texts >= int(r.frame().lanes.size()) + r.frame().ticks.major.size() / 2 + 2,
                 qPrintable(QString::number(texts)));

        spec.picture.path = dir.filePath(QStringLiteral("t.pdf"));
        QCOMPARE(TimelineExport::write(r, spec), QString());
        QFile pdf(spec.picture.path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
        const auto m = box.match(QString::fromLatin1(bytes));
        QVERIFY(m.hasMatch());
        QCOMPARE(qRound(m.captured(1).toDouble()), 900); // 1200 px at 96 dpi = 900 pt
        QCOMPARE(qRound(m.captured(2).toDouble()), 506);

        spec.picture.path = dir.filePath(QStringLiteral("t.gif"));
        QVERIFY(!TimelineExport::write(r, spec).isEmpty());
    }

    void renderCommand()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.entente"));
        QCOMPARE(QProcess::execute(QStringLiteral(ENTENTE_BINARY), { QStringLiteral("sample"), db }), 0);
        const QString out = dir.filePath(QStringLiteral("t.png"));
        QProcess p;
        p.start(QStringLiteral(ENTENTE_BINARY),
                { QStringLiteral("render"), db, QStringLiteral("--view"), QStringLiteral("timeline"),
                  QStringLiteral("-o"), out, QStringLiteral("--size"), QStringLiteral("800x450"),
                  QStringLiteral("--theme"), QStringLiteral("dark"), QStringLiteral("--status"),
                  QStringLiteral("confirmed"), QStringLiteral("--from"), QStringLiteral("2022") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QImage(out).size(), QSize(800, 450));
        p.start(QStringLiteral(ENTENTE_BINARY),
                { QStringLiteral("render"), db, QStringLiteral("--view"), QStringLiteral("nope"), QStringLiteral("-o"),
                  out });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("Unknown view nope"));
    }
};

QTEST_MAIN(TestTimelineExport)
#include "tst_timelineexport.moc"
