// Plural forms everywhere: no user-visible string counts things with "%1 events" or "event(s)"
// left for the reader to fix. Every translatable literal in ui/, app/ and model/ that puts a
// number before a counted noun, or writes "(s)", must take its count as n (%n, %Ln), so each
// language says "1 event", "2 events" in its own forms. And the timeline's count, drawn with
// English plural forms installed, reads "1 event" for one event.
#include "timeline/timelinepainting.h"

#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace entente;

namespace {

// English plural forms, as entente_en.qm gives them once the lead has added the new strings.
class PluralEnglish final : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        const QString s = QString::fromUtf8(source);
        if (n < 0 || !s.contains(QLatin1String("(s)")))
            return {};
        QString out = s;
        return out.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
};

// Nouns that are counted in Entente's messages.
const QString kNouns = QStringLiteral(
    "events|actors|sources|rows|records|fields|columns|nodes|edges|steps|levels|bytes|pages|characters|items|files|"
    "days|weeks|months|years|hours|minutes|lanes|links|quotes|stories|eras|tags|kinds|errors|problems|titles|"
    "accounts|articles|datasets|values|lines|matches|changes|proposals|duplicates|words|people|results|clusters|"
    "grades|pairs|roles|aliases|places|mentions|reports|warnings|entries|cells|sheets|tables|points|labels");

QStringList offenders(const QString &root)
{
    static const QRegularExpression call(
        QStringLiteral("\\b(?:tr|translate|QT_TRANSLATE_NOOP|QT_TR_NOOP)\\s*\\(\\s*(?:\"[^\"]*\"\\s*,\\s*)?((?:\"(?:[^"
                       "\"\\\\]|\\\\.)*\"\\s*)+)([,)])"));
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression counted(QStringLiteral("%L?\\d\\s+(?:[\\w-]+\\s+){0,2}(?:%1)\\b").arg(kNouns));
    QStringList found;
    for (const char *folder : { "ui", "app", "model" }) {
        QDirIterator it(root + u'/' + QLatin1String(folder), { QStringLiteral("*.cpp"), QStringLiteral("*.h") },
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString source = QString::fromUtf8(f.readAll());
            for (auto m = call.globalMatch(source); m.hasNext();) {
                const auto match = m.next();
                QString text;
                for (auto l = literal.globalMatch(match.captured(1)); l.hasNext();)
                    text += l.next().captured(1);
                if (text.contains(QLatin1String("%n")) || text.contains(QLatin1String("%Ln")))
                    continue;
                if (text.contains(QLatin1String("(s)")) || counted.match(text).hasMatch()) {
                    const qsizetype line = source.left(match.capturedStart()).count(u'\n') + 1;
                    found.append(QStringLiteral("%1:%2: %3").arg(path.mid(root.size() + 1)).arg(line).arg(text));
                }
            }
        }
    }
    return found;
}

} // namespace

class TestPluralForms : public QObject
{
    Q_OBJECT

private slots:
    void theScanFindsWhatItLooksFor()
    {
        // The scan itself, on a file of its own making.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("ui")));
        QFile f(dir.filePath(QStringLiteral("ui/bad.cpp")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("tr(\"%1 events\").arg(n); tr(\"%n event(s)\", nullptr, n); tr(\"%1 row(s)\");\n"
                "QCoreApplication::translate(\"x\", \"the row has %1 tab-separated fields\");\n"
                "tr(\"%1 is not a date\"); tr(\"Stored %Ln event(s)\", nullptr, n);\n");
        f.close();
        const QStringList found = offenders(dir.path());
        QCOMPARE(found.size(), 3);
        QVERIFY(found.at(0).endsWith(QLatin1String("%1 events")));
        QVERIFY(found.at(1).endsWith(QLatin1String("%1 row(s)")));
        QVERIFY(found.at(2).endsWith(QLatin1String("tab-separated fields")));
    }

    void everyCountTakesItsNumberAsN()
    {
        const QString root = QStringLiteral(ENTENTE_TEST_DATA "/../..");
        QVERIFY(QFile::exists(root + QStringLiteral("/ui/timeline/timelinepainting.cpp")));
        const QStringList found = offenders(QDir::cleanPath(root));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void oneEventOnTheTimeline()
    {
        PluralEnglish english;
        QCoreApplication::installTranslator(&english);
        QCOMPARE(timelinepaint::eventCount(1, QLocale::c()), QStringLiteral("1 event"));
        QCOMPARE(timelinepaint::eventCount(2, QLocale::c()), QStringLiteral("2 events"));
        QCOMPARE(timelinepaint::eventCount(12345, QLocale(QLocale::English)), QStringLiteral("12,345 events"));
        QCoreApplication::removeTranslator(&english);
    }
};

QTEST_MAIN(TestPluralForms)
#include "tst_pluralforms.moc"
