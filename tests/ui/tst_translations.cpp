// Each translation loads, leaves no menu or action of the main window in English, and brings its
// locale along: month names, and actor names from aliases tagged with the language.
#include "actornames.h"
#include "detailsformatter.h"
#include "document.h"
#include "eventtablemodel.h"
#include "fuzzydate.h"
#include "graph/actorgraph.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "sampledataset.h"
#include "selection.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

// Words that are the same in every language.
const QStringList kUntranslated
    = { QStringLiteral("Entente"), QStringLiteral("PNG"), QStringLiteral("SVG"), QStringLiteral("PDF") };

struct ActionText
{
    QString where; // the menu path or the action's object name, for the failure message
    QString text;
};

// An entry that shows the file's own words (an event kind or tag in the filter menus: the label
// is the key itself), which no translation changes.
bool isData(const QAction *a)
{
    return a->data().typeId() == QMetaType::QString && a->text() == a->data().toString();
}

void walkMenu(const QMenu *menu, const QString &path, QList<ActionText> &out)
{
    for (const QAction *a : menu->actions()) {
        if (a->isSeparator() || isData(a))
            continue;
        out.append({ path + QStringLiteral(" > ") + a->text(), a->text() });
        // Open Recent lists file names, which are not translated.
        if (a->menu() && a->menu()->objectName() != u"recentMenu")
            walkMenu(a->menu(), path + QStringLiteral(" > ") + a->text(), out);
    }
}

// Every menu entry, then every other action the window owns (views' context menus, panels'
// buttons), in an order that does not depend on the language.
QList<ActionText> actionTexts(const MainWindow &window)
{
    QList<ActionText> out;
    for (const QAction *a : window.menuBar()->actions()) {
        out.append({ a->text(), a->text() });
        if (a->menu())
            walkMenu(a->menu(), a->text(), out);
    }
    const QMenu *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    for (const QAction *a : window.findChildren<QAction *>()) {
        if (a->isSeparator() || a->text().isEmpty() || isData(a) || (recent && recent->actions().contains(a)))
            continue;
        out.append({ a->objectName().isEmpty() ? a->text() : a->objectName(), a->text() });
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<MainWindow> window() const
    {
        auto w = std::make_unique<MainWindow>();
        if (!w->openFile(m_path))
            return nullptr;
        return w;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("sample.entente"));
        auto r = Store::open(m_path, { .create = true });
        QVERIFY(r.store);
        SampleDataset::write(*r.store);
    }

    void cleanup() { Translations::install(QStringLiteral("en")); }

    void menusAndActionsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &lang : Translations::available())
            QTest::newRow(qPrintable(lang)) << lang;
    }

    void menusAndActionsAreTranslated()
    {
        QFETCH(QString, language);
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        const auto english = window();
        QVERIFY(english);
        const QList<ActionText> source = actionTexts(*english);
        QVERIFY(source.size() > 40);

        QCOMPARE(Translations::install(language), language);
        const auto translated = window();
        QVERIFY(translated);
        const QList<ActionText> target = actionTexts(*translated);
        QCOMPARE(target.size(), source.size());
        QStringList left;
        for (qsizetype i = 0; i < source.size(); ++i) {
            if (target[i].text == source[i].text && !kUntranslated.contains(QString(source[i].text).remove(u'&')))
                left.append(source[i].where);
        }
        QVERIFY2(left.isEmpty(),
                 qPrintable(QStringLiteral("left in English (%1): %2").arg(language, left.join(u", "))));
    }

    // English has plural forms of its own: "1 event", "2 events", never "1 event(s)".
    void englishPlurals()
    {
        Translations::install(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("entente::Importer", "%n event(s)", nullptr, 1),
                 QStringLiteral("1 event"));
        QCOMPARE(QCoreApplication::translate("entente::Importer", "%n event(s)", nullptr, 2),
                 QStringLiteral("2 events"));
        QCOMPARE(QCoreApplication::translate("entente::GraphRenderer", "%n actor(s)", nullptr, 1),
                 QStringLiteral("1 actor"));
        QCOMPARE(QCoreApplication::translate("entente::FileHealth",
                                             "%n row(s) were recovered into %1; nothing was lost.", nullptr, 1),
                 QStringLiteral("1 row was recovered into %1; nothing was lost."));
    }

    void helperContextsFindTheirStrings()
    {
        // Strings lupdate files under the enclosing namespace or class are still found under the
        // context their file's tr() helper asks for.
        Translations::install(QStringLiteral("uk"));
        QCOMPARE(QCoreApplication::translate("entente::DetailsFormatter", "confirmed by the sources below"),
                 QStringLiteral("підтверджено джерелами нижче"));
        QCOMPARE(QCoreApplication::translate("entente::Importer", "Skipped %n row(s):\n", nullptr, 3),
                 QStringLiteral("Пропущено 3 рядки:\n"));
        QCOMPARE(QCoreApplication::translate("entente::TimelineRenderer", "Today"), QStringLiteral("Сьогодні"));
        QCOMPARE(QCoreApplication::translate("entente::MainWindow", "&File"), QStringLiteral("&Файл"));
        // Qt's own strings come from qtbase_uk.qm when the system has it.
        const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
        if (cancel == u"Cancel")
            qInfo("qtbase_uk.qm is not installed: Qt's own buttons stay in English");
    }

    void datesFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("march2022");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("March 2022");
        QTest::newRow("uk") << QStringLiteral("uk") << QStringLiteral("березень 2022");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("март 2022");
        QTest::newRow("tr") << QStringLiteral("tr") << QStringLiteral("Mart 2022");
    }

    void datesFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, march2022);
        Translations::install(language);
        const auto date = FuzzyDate::parse(u"2022-03");
        QVERIFY(date);
        QCOMPARE(date->toDisplayString(), march2022);
    }

    void actorsAreNamedInTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("ukraine");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Ukraine");
        QTest::newRow("uk") << QStringLiteral("uk") << QStringLiteral("Україна");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Украина");
        QTest::newRow("tr") << QStringLiteral("tr") << QStringLiteral("Ukrayna");
    }

    void actorsAreNamedInTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, ukraine);
        Translations::install(language);
        auto opened = Document::open(m_path);
        QVERIFY(opened.document);
        Store &store = opened.document->store();
        const auto id = store.findActor(QStringLiteral("Kyiv"));
        QVERIFY(id);
        const auto actor = store.actor(*id);
        QVERIFY(actor);
        QCOMPARE(ActorNames::displayName(*actor), ukraine);
        // The graph labels its node so, and the details panel heads the actor so.
        const ActorGraph graph = ActorGraph::build(store, {}, ActorGraph::Mode::Actors);
        bool found = false;
        for (const auto &node : graph.nodes)
            found = found || (node.id == *id && node.label == ukraine);
        QVERIFY(found);
        QVERIFY(DetailsFormatter(store).actorHtml(*id).contains(ukraine));
        // And the table's Actors column, in every row that has Ukraine.
        EventTableModel table(opened.document.get());
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int rows = 0;
        for (int row = 0; row < table.rowCount(); ++row) {
            const QString actors = table.index(row, EventTableModel::ActorsColumn).data().toString();
            if (actors.contains(ukraine))
                ++rows;
            if (language != QLatin1String("en"))
                QVERIFY2(!actors.split(QStringLiteral(", ")).contains(QStringLiteral("Ukraine")), qPrintable(actors));
        }
        QCOMPARE(rows, static_cast<int>(store.eventsByActor(*id).size()));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
