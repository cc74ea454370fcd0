#include "timeline/timelinecounttexts.h"
#include "timeline/timelinepainting.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace entente;

// Counts drawn together as glyph runs must read as the same text, in the same place and colour,
// as counts drawn one by one.
using namespace Qt::Literals::StringLiterals;

class TestTimelineCountTexts : public QObject
{
    Q_OBJECT

private:
    struct Placed
    {
        std::uint32_t count;
        QPointF at;
        QColor colour;
    };

    static QList<Placed> placed()
    {
        const QColor dark(0x1d, 0x22, 0x2a);
        const QColor blue(0x00, 0x55, 0xcc);
        QList<Placed> out;
        const std::uint32_t counts[] = { 7, 42, 999, 1234, 56789, 7, 300 };
        int i = 0;
        for (std::uint32_t c : counts) {
            out.append({ c, QPointF(10 + (i % 4) * 60, 10 + (i / 4) * 30), i % 2 ? blue : dark });
            ++i;
        }
        return out;
    }

    static QFont font()
    {
        QFont f;
        f.setPixelSize(11);
        return f;
    }

    // Pixels in `rect` darker than the white background.
    static int inked(const QImage &image, const QRect &rect)
    {
        int n = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y)
            for (int x = rect.left(); x <= rect.right(); ++x)
                n += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
        return n;
    }

private slots:
    void sizesAreTheTextsSizes()
    {
        TimelineCountTexts texts;
        texts.setFont(font(), QLocale::c());
        const QFontMetricsF fm(font());
        for (std::uint32_t c : { 1U, 42U, 1234U, 56789U }) {
            const QString text = timelinepaint::clusterText(c, QLocale::c());
            QVERIFY(std::abs(texts.size(c).width() - fm.horizontalAdvance(text)) < 1.0);
            QCOMPARE(texts.size(c).height(), fm.height());
        }
        // Another locale writes other numbers: "1,2k" in German.
        texts.setFont(font(), QLocale(QLocale::German));
        QVERIFY(std::abs(texts.size(1234).width()
                         - fm.horizontalAdvance(timelinepaint::clusterText(1234, QLocale(QLocale::German))))
                < 1.0);
    }

    // The overview's count beside its strip: whole when it fits, shortened, never cut ("1,000,0…").
    void theOverviewsCountIsShortenedNotCut()
    {
        const QFontMetricsF fm(font());
        const QLocale en(QLocale::English);
        const QString whole = timelinepaint::eventCount(1000000, en); // "1,000,000 events"
        QCOMPARE(timelinepaint::overviewCount(1000000, en, fm, 400), whole);
        const double narrow = fm.horizontalAdvance(whole) - 20;
        QCOMPARE(timelinepaint::overviewCount(1000000, en, fm, narrow),
                 QString(whole).replace(u"1,000,000"_s, u"1.0M"_s));
        QCOMPARE(timelinepaint::overviewCount(12500000, en, fm, narrow),
                 timelinepaint::eventCount(12500000, en).replace(u"12,500,000"_s, u"12M"_s));
        QCOMPARE(timelinepaint::overviewCount(123456, en, fm,
                                              fm.horizontalAdvance(timelinepaint::eventCount(123456, en)) - 10),
                 timelinepaint::eventCount(123456, en).replace(u"123,456"_s, u"123k"_s));
        QCOMPARE(timelinepaint::overviewCount(12, en, fm, 400), timelinepaint::eventCount(12, en));
        QVERIFY(fm.horizontalAdvance(timelinepaint::overviewCount(1000000, en, fm, narrow)) <= narrow);
    }

    void drawsWhereAndWhatOneByOneDraws()
    {
        QImage batched(300, 80, QImage::Format_ARGB32_Premultiplied);
        batched.fill(Qt::white);
        QImage single = batched;
        TimelineCountTexts texts;
        texts.setFont(font(), QLocale::c());
        {
            QPainter p(&batched);
            for (const Placed &c : placed())
                texts.add(c.count, c.at, c.colour);
            texts.flush(p);
        }
        {
            QPainter p(&single);
            p.setFont(font());
            for (const Placed &c : placed()) {
                p.setPen(c.colour);
                QStaticText st(timelinepaint::clusterText(c.count, QLocale::c()));
                st.prepare(QTransform(), font());
                p.drawStaticText(c.at, st);
            }
        }
        QRegion boxes;
        for (const Placed &c : placed()) {
            const QRect box = QRectF(c.at, texts.size(c.count)).toAlignedRect().adjusted(-1, -1, 1, 1);
            boxes += box;
            const int a = inked(batched, box);
            const int b = inked(single, box);
            QVERIFY2(a > 5, qPrintable(QStringLiteral("count %1 not drawn").arg(c.count)));
            QVERIFY2(std::abs(a - b) <= std::max(3, b / 6),
                     qPrintable(QStringLiteral("count %1: %2 inked pixels, one by one %3").arg(c.count).arg(a).arg(b)));
            // In its own colour: the darkest pixel of the box is the queued colour's.
            QRgb darkest = qRgb(255, 255, 255);
            for (int y = box.top(); y <= box.bottom(); ++y)
                for (int x = box.left(); x <= box.right(); ++x)
                    if (qGray(batched.pixel(x, y)) < qGray(darkest))
                        darkest = batched.pixel(x, y);
            QVERIFY(std::abs(qBlue(darkest) - c.colour.blue()) < 60);
        }
        // Nothing outside the boxes.
        for (int y = 0; y < batched.height(); ++y)
            for (int x = 0; x < batched.width(); ++x)
                if (!boxes.contains(QPoint(x, y)))
                    QCOMPARE(batched.pixel(x, y), qRgb(255, 255, 255));
        // Flushing forgets what was queued.
        const QImage before = batched;
        {
            QPainter p(&batched);
            texts.flush(p);
        }
        QCOMPARE(batched, before);
    }
};

QTEST_MAIN(TestTimelineCountTexts)
#include "tst_timelinecounttexts.moc"
