#include "timeline/timelineclusterbatch.h"
#include "timeline/timelinetheme.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace entente;

// The batch must paint exactly what filling and outlining each box on its own paints.
class TestTimelineClusterBatch : public QObject
{
    Q_OBJECT

private:
    struct Box
    {
        QColor colour;
        QRectF rect;
        double strength;
    };

    static QList<Box> boxes()
    {
        QList<Box> out;
        const QColor colours[] = { QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x9e, 0x73) };
        // Three lanes of side-by-side boxes, with fractional edges and strengths that repeat.
        for (int lane = 0; lane < 3; ++lane) {
            for (int i = 0; i < 20; ++i)
                out.append(
                    { colours[(lane + i) % 3], QRectF(10.4 + i * 31, 10 + lane * 24, 29.3, 15.6), (i % 7) / 6.0 });
        }
        return out;
    }

    static QImage canvas(const TimelineTheme &theme)
    {
        QImage image(660, 90, QImage::Format_ARGB32_Premultiplied);
        image.fill(theme.background);
        // A grid line under the boxes shows through their translucent fill.
        QPainter p(&image);
        p.fillRect(QRect(100, 0, 1, 90), theme.grid);
        return image;
    }

private slots:
    void paintsWhatOneByOnePaints_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void paintsWhatOneByOnePaints()
    {
        QFETCH(bool, dark);
        const TimelineTheme theme = dark ? TimelineTheme::dark() : TimelineTheme::light();
        QImage batched = canvas(theme);
        QImage single = canvas(theme);
        TimelineClusterBatch batch;
        QList<bool> light;
        {
            QPainter p(&batched);
            for (const Box &b : boxes())
                light.append(batch.add(theme, b.colour, b.rect, b.strength));
            batch.flush(p);
        }
        {
            QPainter p(&single);
            for (const Box &b : boxes()) {
                QColor fill = b.colour;
                fill.setAlphaF(static_cast<float>(0.25 + 0.6 * b.strength));
                p.fillRect(b.rect.toRect(), fill);
                p.setPen(b.colour);
                p.setBrush(Qt::NoBrush);
                p.drawRect(b.rect.toRect().adjusted(0, 0, -1, -1));
            }
        }
        QCOMPARE(batched, single);
        // Every box is there: its outline in its colour, its inside neither background nor outline.
        for (const Box &b : boxes()) {
            const QRect r = b.rect.toRect();
            QCOMPARE(batched.pixelColor(r.topLeft()), b.colour);
            QCOMPARE(batched.pixelColor(r.bottomRight()), b.colour);
            const QColor inside = batched.pixelColor(r.center() + QPoint(3, 0));
            QVERIFY(inside != theme.background && inside != b.colour);
        }
        // Flushing forgets: a second flush paints nothing more.
        const QImage before = batched;
        {
            QPainter p(&batched);
            batch.flush(p);
        }
        QCOMPARE(batched, before);
        // The strongest fill of the darkest colour asks for light text on the light theme.
        QVERIFY(light.contains(true) || dark);
    }
};

QTEST_MAIN(TestTimelineClusterBatch)
#include "tst_timelineclusterbatch.moc"
