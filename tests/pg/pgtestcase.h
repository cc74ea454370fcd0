#pragma once

// What the PostgreSQL store tests share: a database of their own per test, a shared store on it
// with its own mirror folder, the scenario both backends get, and table dumps to compare.
#include "document.h"
#include "io/importer.h"
#include "sampledataset.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgschema.h"
#include "store/schema.h"
#include "store/sharedtimeline.h"
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace entente;
using namespace entente::pg;
using namespace Qt::Literals::StringLiterals;

inline Event makeEvent(const QString &title, const char *start)
{
    Event e;
    e.title = title;
    e.start = *FuzzyDate::parse(QString::fromLatin1(start));
    return e;
}

// The edits both backends get: the sample, then an edit of every kind of record.
inline void applyScenario(Store &store)
{
    SampleDataset::write(store);
    const QList<EventId> ids = store.eventIds({});
    Event first = *store.event(ids.first());
    first.title += QStringLiteral(" (edited)");
    first.start = *FuzzyDate::parse(QStringLiteral("2022-03"));
    first.attributes.insert(QStringLiteral("cameo"), QStringLiteral("042"));
    first.tags.append(QStringLiteral("edited"));
    store.updateEvent(first);
    store.deleteEvent(ids.at(ids.size() / 2)); // not the last: SQLite gives a deleted last id again
    Event turkey = makeEvent(QStringLiteral("Talks in Türkiye at Dolmabahçe"), "2022-03-29");
    turkey.place = QStringLiteral("İstanbul");
    turkey.summary = QStringLiteral("Зеленський і делегація.");
    store.addEvent(turkey);
    Actor actor = store.actors().first();
    actor.aliases.append({ QStringLiteral("Україна"), QStringLiteral("uk") });
    actor.titles.append({ QStringLiteral("Envoy"), FuzzyDate::year(2021), std::nullopt });
    store.updateActor(actor);
    Source source = store.sources().first();
    source.reliability = Reliability::B;
    source.author = QStringLiteral("A. Writer");
    store.updateSource(source);
    store.saveView(QStringLiteral("Talks"), EventFilter());
    store.setNodePositions({ { QStringLiteral("a1"), QPointF(1.5, -2.25) }, { QStringLiteral("e2"), QPointF(3, 4) } });
    store.removeNodePositions({ QStringLiteral("e2") });
    Era era;
    era.name = QStringLiteral("Later");
    era.start = FuzzyDate::year(2023);
    era.end = FuzzyDate::year(2024);
    store.addEra(era);
    store.setMeta(QStringLiteral("title"), QStringLiteral("Desk timeline"));
}

inline QString format(const PgColumn &column, const QByteArray &text, bool isNull)
{
    if (isNull)
        return QStringLiteral("∅");
    if (column.real)
        return QString::number(text.toDouble(), 'g', 12);
    return QString::fromUtf8(text);
}

inline QStringList dumpFile(SQLite::Database &db, const PgTable &table)
{
    // Text is stored as text (a blob would compare unequal in every query).
    for (const PgColumn &c : table.columns) {
        if (c.integer || c.real || c.blob)
            continue;
        SQLite::Statement typed(
            db,
            QByteArray("SELECT count(*) FROM " + table.name + " WHERE typeof(" + c.name + ") NOT IN ('text', 'null')")
                .toStdString());
        typed.executeStep();
        if (typed.getColumn(0).getInt() != 0)
            return { QStringLiteral("%1.%2 holds values that are not text")
                         .arg(QString::fromUtf8(table.name), QString::fromUtf8(c.name)) };
    }
    QStringList rows;
    SQLite::Statement q(db, QByteArray("SELECT " + table.columnList() + " FROM " + table.name).toStdString());
    while (q.executeStep()) {
        QStringList fields;
        for (int c = 0; c < q.getColumnCount(); ++c)
            fields.append(format(table.columns.at(c), QByteArray(q.getColumn(c).getText()), q.getColumn(c).isNull()));
        rows.append(fields.join(u'|'));
    }
    if (table.name == "meta") // the file's own bookkeeping is not shared
        rows.removeIf([](const QString &r) { return r.startsWith(u"pending_"); });
    rows.sort();
    return rows;
}

inline QStringList dumpServer(PgConnection &connection, const PgTable &table)
{
    QStringList rows;
    const PgResult r = connection.exec("SELECT " + table.columnList() + " FROM " + table.name);
    for (int row = 0; row < r.rows(); ++row) {
        QStringList fields;
        for (int c = 0; c < r.columns(); ++c)
            fields.append(format(table.columns.at(c), r.raw(row, c), r.isNull(row, c)));
        rows.append(fields.join(u'|'));
    }
    rows.sort();
    return rows;
}

// The names of the files under `dir` (a mirror folder: what a stopped first open left).
inline QStringList filesUnder(const QString &dir)
{
    QStringList names;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        names.append(QFileInfo(it.next()).fileName());
    return names;
}

class PgTestCase : public QObject
{
protected:
    QTemporaryDir m_dir;
    QString m_admin;

    // A new empty database for one test; its URL.
    QString fresh(const char *name)
    {
        auto admin = PgConnection::connect(m_admin);
        admin->exec(QByteArray("DROP DATABASE IF EXISTS ") + name + " WITH (FORCE)");
        admin->exec(QByteArray("CREATE DATABASE ") + name + " TEMPLATE template0 ENCODING 'UTF8'");
        QUrl url(m_admin);
        url.setPath(u'/' + QString::fromLatin1(name));
        return url.toString();
    }
    QString asUser(const QString &url, const QString &user)
    {
        QUrl u(url);
        u.setUserName(user);
        return u.toString();
    }
    std::unique_ptr<Store> openShared(const QString &url, const QString &cache, bool create = false)
    {
        auto opened = Store::open(url, { .create = create, .sharedCacheDir = m_dir.filePath(cache) });
        if (!opened.store)
            qWarning("%s", qPrintable(opened.error));
        return std::move(opened.store);
    }
    void compareAll(SQLite::Database &expected, SQLite::Database &mirror, PgConnection &server)
    {
        for (const PgTable &table : PgSchema::current().tables()) {
            const QStringList want = dumpFile(expected, table);
            QCOMPARE(dumpFile(mirror, table), want);
            QCOMPARE(dumpServer(server, table), want);
        }
    }

    // initTestCase of every test: skips without a server.
    bool setUpServer()
    {
        m_admin = qEnvironmentVariable("ENTENTE_TEST_PG_URL");
        return !m_admin.isEmpty() && m_dir.isValid();
    }
};
