// The publication frame every picture is painted into: its type scales with the picture at every
// preset, every view's SVG carries the headline, description, notes and source line given on the
// command line and none of the window's furniture, options a view cannot honour are refused.
#include "publish/pictureexportdialog.h"
#include "publish/publishedpicture.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace entente;

namespace {

// The texts of an SVG's <text> elements, in order.
QStringList svgTexts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return xml.hasError() ? QStringList { QStringLiteral("XML ERROR: ") + xml.errorString() } : texts;
}

struct Run
{
    int exitCode = -1;
    QString err;
};

Run runEntente(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(ENTENTE_BINARY), arguments);
    p.waitForFinished(60000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardError()) };
}

// Rows of `image` inside `rect` (layout pixels × scale) holding a pixel darker than mid-grey.
int inkRows(const QImage &image, const QRectF &rect, double scale)
{
    const QRect r = QRectF(rect.topLeft() * scale, rect.size() * scale).toAlignedRect() & image.rect();
    int first = -1, last = -1;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 110) {
                if (first < 0)
                    first = y;
                last = y;
                break;
            }
        }
    }
    return first < 0 ? 0 : last - first + 1;
}

} // namespace

class TestPublication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("s.entente"));
        QCOMPARE(runEntente({ QStringLiteral("sample"), m_db }).exitCode, 0);
    }

    void headlineMeetsTheTypeRuleAtEveryPreset()
    {
        for (const PicturePreset &preset : PicturePreset::all()) {
            const QSize pixels = preset.pixels();
            QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(preset.scale);
            image.fill(Qt::white);
            Publication publication;
            publication.title = QStringLiteral("Talks in Istanbul, July 2025");
            publication.notes = QStringLiteral("Notes");
            PublicationFrame frame;
            {
                QPainter painter(&image);
                frame.layout(publication, QStringLiteral("Sources: TASS"), QRectF(QPointF(0, 0), QSizeF(preset.layout)),
                             PublicationFrame::Colours::light());
                frame.paint(painter);
            }
            const double height = preset.layout.height();
            QVERIFY2(frame.headlineFont().pixelSize() >= 0.033 * height, qPrintable(preset.key));
            // The ink of the headline, capitals to descenders, is over 3.3 % of the picture too.
            const int ink = inkRows(image, frame.headlineRect(), preset.scale);
            QVERIFY2(ink >= 0.033 * pixels.height(),
                     qPrintable(QStringLiteral("%1: %2 of %3 rows").arg(preset.key).arg(ink).arg(pixels.height())));
            QVERIFY2(frame.smallFont().pixelSize() >= 0.014 * height, qPrintable(preset.key));
            QVERIFY(PublicationFrame::labelPixels(height) * 0.8 >= 0.014 * height);
            // The view gets most of the picture, below the headline and above the notes.
            QVERIFY(frame.viewRect().top() >= frame.headlineRect().bottom());
            QVERIFY(frame.viewRect().bottom() <= frame.notesRect().top());
            QVERIFY(frame.viewRect().height() > 0.55 * height);
        }
    }

    void longHeadlinesWrapAndStayInside()
    {
        Publication publication;
        publication.title
            = QStringLiteral("Russia and Ukraine return to the table in Istanbul after three years of war, "
                             "with Türkiye as host and the United States watching");
        PublicationFrame frame;
        frame.layout(publication, QString(), QRectF(0, 0, 1080, 1350), PublicationFrame::Colours::light());
        QCOMPARE(frame.headlineLines().size(), 2);
        QVERIFY(frame.headlineLines().constLast().endsWith(QChar(0x2026)));
        QVERIFY(frame.headlineRect().right() <= 1080);
    }

    void sourceLineNamesThePublishers()
    {
        const QLocale english(QLocale::English);
        QCOMPARE(Publication::sourceLine({}, english), QString());
        QCOMPARE(Publication::sourceLine({ QStringLiteral("TASS") }, english), QStringLiteral("Source: TASS"));
        QCOMPARE(Publication::sourceLine({ QStringLiteral("TASS"), QStringLiteral("Reuters") }, english),
                 QStringLiteral("Sources: TASS and Reuters"));
        QStringList many;
        for (int i = 1; i <= 7; ++i)
            many.append(QStringLiteral("P%1").arg(i));
        QCOMPARE(Publication::sourceLine(many, english), QStringLiteral("Sources: P1, P2, P3, P4, P5 and 2 more"));
    }

    void dateIsWrittenInFull()
    {
        Publication publication;
        publication.locale = QLocale(QLocale::English);
        publication.date = QDate(2026, 12, 6);
        publication.byline = QStringLiteral("Graphic: O. Petrenko");
        QCOMPARE(PublicationFrame::bylineText(publication), QStringLiteral("Graphic: O. Petrenko · 6 December 2026"));
    }

    void everyViewCarriesTheFrame_data()
    {
        QTest::addColumn<QString>("view");
        for (const char *view : { "timeline", "graph", "chart:activity", "chart:actors", "chart:status" })
            QTest::newRow(view) << QString::fromLatin1(view);
    }

    void everyViewCarriesTheFrame()
    {
        QFETCH(QString, view);
        const QString out = m_dir.filePath(QString(view).replace(u':', u'-') + QStringLiteral(".svg"));
        const Run run = runEntente({ QStringLiteral("render"),     m_db,
                                     QStringLiteral("--view"),     view,
                                     QStringLiteral("-o"),         out,
                                     QStringLiteral("--title"),    QStringLiteral("Headline here"),
                                     QStringLiteral("--subtitle"), QStringLiteral("A description"),
                                     QStringLiteral("--notes"),    QStringLiteral("Some notes"),
                                     QStringLiteral("--credit"),   QStringLiteral("Sources: TASS, Reuters"),
                                     QStringLiteral("--byline"),   QStringLiteral("Graphic: Desk"),
                                     QStringLiteral("--date"),     QStringLiteral("2026-12-06"),
                                     QStringLiteral("--preset"),   QStringLiteral("social") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList texts = svgTexts(out);
        const QString all = texts.join(u'\n');
        for (const char *expected : { "Headline here", "A description", "Some notes", "Sources: TASS, Reuters" })
            QVERIFY2(texts.contains(QString::fromUtf8(expected)),
                     qPrintable(QString::fromUtf8(expected) + u'\n' + all));
        QVERIFY2(texts.contains(QStringLiteral("Graphic: Desk · 6 December 2026")), qPrintable(all));
        // Nothing of the window's: no count of events, no selection.
        static const QRegularExpression count(QStringLiteral("\\b\\d+ events?\\b"));
        QVERIFY2(!all.contains(count), qPrintable(all));
    }

    void defaultSourceLineNamesTheEventsSources()
    {
        const QString out = m_dir.filePath(QStringLiteral("default.svg"));
        const Run run = runEntente({ QStringLiteral("render"), m_db, QStringLiteral("--view"),
                                     QStringLiteral("timeline"), QStringLiteral("-o"), out });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList texts = svgTexts(out);
        bool found = false;
        for (const QString &t : texts)
            found = found || t.startsWith(QStringLiteral("Source"));
        QVERIFY2(found, qPrintable(texts.join(u'\n')));
        // Not the software, and never an ambiguous numeric date.
        QVERIFY(!texts.join(u'\n').contains(QStringLiteral("Source: Entente")));
    }

    void noLegendIsHonouredByEveryView_data() { everyViewCarriesTheFrame_data(); }

    void noLegendIsHonouredByEveryView()
    {
        QFETCH(QString, view);
        const QString with = m_dir.filePath(QStringLiteral("with.svg"));
        const QString without = m_dir.filePath(QStringLiteral("without.svg"));
        QCOMPARE(
            runEntente({ QStringLiteral("render"), m_db, QStringLiteral("--view"), view, QStringLiteral("-o"), with })
                .exitCode,
            0);
        QCOMPARE(runEntente({ QStringLiteral("render"), m_db, QStringLiteral("--view"), view, QStringLiteral("-o"),
                              without, QStringLiteral("--no-legend") })
                     .exitCode,
                 0);
        // Fewer texts without the legend, unless the view has none (a chart of one series).
        const qsizetype withCount = svgTexts(with).size();
        const qsizetype withoutCount = svgTexts(without).size();
        if (view == u"chart:actors" || view == u"chart:status")
            QVERIFY(withoutCount <= withCount);
        else
            QVERIFY2(withoutCount < withCount, qPrintable(QStringLiteral("%1 vs %2").arg(withoutCount).arg(withCount)));
    }

    void presetsSetTheSize()
    {
        const QString out = m_dir.filePath(QStringLiteral("a4.png"));
        QCOMPARE(runEntente({ QStringLiteral("render"), m_db, QStringLiteral("--view"), QStringLiteral("chart:status"),
                              QStringLiteral("-o"), out, QStringLiteral("--preset"), QStringLiteral("a4-portrait") })
                     .exitCode,
                 0);
        const QImage a4(out);
        QCOMPARE(a4.size(), QSize(2481, 3509));
        QCOMPARE(qRound(a4.dotsPerMeterX() * 0.0254), 300);
    }

    void optionsAViewCannotHonourAreRefused()
    {
        const QString out = m_dir.filePath(QStringLiteral("x.png"));
        Run run = runEntente({ QStringLiteral("render"), m_db, QStringLiteral("--view"), QStringLiteral("graph"),
                               QStringLiteral("-o"), out, QStringLiteral("--lanes"), QStringLiteral("kind") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--lanes is for the timeline view only")), qPrintable(run.err));
        run = runEntente({ QStringLiteral("render"), m_db, QStringLiteral("-o"), out, QStringLiteral("--preset"),
                           QStringLiteral("poster") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("Unknown --preset poster")));
        run = runEntente({ QStringLiteral("render"), m_db, QStringLiteral("-o"), out, QStringLiteral("--preset"),
                           QStringLiteral("slide"), QStringLiteral("--size"), QStringLiteral("800x600") });
        QCOMPARE(run.exitCode, 1);
        run = runEntente({ QStringLiteral("export"), m_db, QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--title"),
                           QStringLiteral("T") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("--title is for story handouts")));
        QVERIFY(!QFile::exists(out));
    }

    void failedWriteLeavesTheFileAsItWas()
    {
        const QString out = m_dir.filePath(QStringLiteral("kept.png"));
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        PictureSpec spec;
        spec.path = out;
        spec.size = QSize(50, 50); // too small: refused before anything is written
        const QString error = writePublishedPicture(spec, QString(), PublicationFrame::Colours::light(),
                                                    [](QPainter &, const QRectF &, const PublicationFrame &) {});
        QVERIFY(!error.isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old"));
    }

    void theDialogAsksForEveryPartOfTheFrame()
    {
        PictureExportDialog dialog(QStringLiteral("Export Chart"), QStringLiteral("Events per month"),
                                   QStringLiteral("chart.png"));
        const auto field
            = [&dialog](const char *name) { return dialog.findChild<QLineEdit *>(QString::fromLatin1(name)); };
        QCOMPARE(field("headline")->text(), QStringLiteral("Events per month"));
        field("description")->setText(QStringLiteral("A description"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("notes"))->setPlainText(QStringLiteral("Some notes"));
        field("sourceLine")->setText(QStringLiteral("Sources: TASS"));
        field("byline")->setText(QStringLiteral("Graphic: Desk"));
        field("path")->setText(m_dir.filePath(QStringLiteral("chart.svg")));
        auto *preset = dialog.findChild<QComboBox *>(QStringLiteral("preset"));
        preset->setCurrentIndex(2); // portrait post
        const PictureSpec spec = dialog.spec();
        QCOMPARE(spec.publication.subtitle, QStringLiteral("A description"));
        QCOMPARE(spec.publication.notes, QStringLiteral("Some notes"));
        QCOMPARE(spec.publication.credit, QStringLiteral("Sources: TASS"));
        QCOMPARE(spec.publication.byline, QStringLiteral("Graphic: Desk"));
        QCOMPARE(spec.size, QSize(1080, 1350));
        QVERIFY(spec.publication.legend);
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_MAIN(TestPublication)
#include "tst_publication.moc"
