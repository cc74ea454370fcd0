#pragma once

#include "actor.h"
#include "era.h"
#include "event.h"
#include "eventfilter.h"
#include "idrange.h"
#include "remotechanges.h"
#include "savedview.h"
#include "source.h"
#include "story.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <tuple>
#include <utility>
#include <vector>

class QLockFile;

namespace SQLite {
class Database;
class Statement;
class Transaction;
} // namespace SQLite

namespace entente {

namespace pg {
class PgMirror;
}

// Any failure of the store after it opened: a constraint, a full disk, a vanished file.
class StoreError : public std::runtime_error
{
public:
    // What kind of refusal, for a window that offers a way out: Conflict (a shared timeline's row
    // changed on the server since this copy read it: reload or apply anyway), ReadOnly (a viewer of
    // a shared timeline), Connection (the server cannot be reached).
    enum class Kind { Other, Conflict, ReadOnly, Connection };
    using std::runtime_error::runtime_error;
    StoreError(Kind kind, const QString &sentence)
        : std::runtime_error(sentence.toStdString())
        , m_kind(kind)
    { }
    QString message() const { return QString::fromUtf8(what()); }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Other;
};

// What an event takes with it when deleted, so an undo can put everything back as it was.
struct EventSnapshot
{
    Event event;
    QList<EventLink> links;
    struct Step
    {
        StoryId storyId = 0;
        int position = 0;
        StoryStep step;
    };
    QList<Step> storySteps;
};

struct ActorSnapshot
{
    Actor actor;
    struct Participation
    {
        EventId eventId = 0;
        QString role;
        int position = 0;
    };
    QList<Participation> participation;
};

struct SourceSnapshot
{
    Source source;
    struct Citation
    {
        EventId eventId = 0;
        QString quote;
        int position = 0;
        std::optional<Credibility> credibility = std::nullopt;
        Account account = {};
    };
    QList<Citation> citations;
};

struct StoreCounts
{
    qint64 events = 0;
    qint64 actors = 0;
    qint64 sources = 0;
    qint64 eras = 0;
    qint64 stories = 0;
};

// The columns the event table can be ordered by, each backed by an index.

// One Entente file: an SQLite database reached through SQLiteCpp. Every write runs in a
// transaction (a caller's, or its own), so a crash leaves the file as it was before the edit.
// Methods throw StoreError when SQLite refuses.
class Store
{
public:
    // Set by name, the rest left as they are: `{ .create = true }`, `{ .allowReadOnly = true,
    // .exclusive = true }` (a window), `{ .readOnly = true }` (a worker's connection).
    struct OpenOptions
    {
        bool create = false; // create the file when it does not exist
        bool allowReadOnly = false; // open a file we may not write read-only instead of refusing
        // Hold FILE.lock while open for writing, so a second Entente window on the same file
        // opens it read-only (with allowReadOnly) or is refused with Locked. A lock left by a
        // crashed process is taken over.
        bool exclusive = false;
        // Only read, on a connection of its own (a worker thread beside the window's connection):
        // no write lock taken, no upgrade, no lock file; queries only (a file we may not write too).
        bool readOnly = false;
        // A second connection to a file this process already has open, and checked then: the
        // file's checks (its header read outside SQLite, a quick check on connections of their
        // own) are not run again beside a running transaction. Run beside an import, they made
        // another process's `entente info` find the file cut short (2 runs in 20 under load).
        bool alreadyOpen = false;
        // An import that stored its rows and was stopped before their indexes were built (a
        // crash) is taken back at open, so the file is as it was before it (an import is all or
        // nothing): a second at a million events, so a window does it on a worker thread.
        // `cancelled` (checked between steps) stops it: open then refuses with Cancelled and the
        // file is left as it is. `finishing` reports the steps.
        std::function<bool()> cancelled = nullptr;
        std::function<void(int done, int total)> finishing = nullptr;
        // A shared timeline (open() given a postgresql:// URL): the folder its local mirror is
        // kept in. Empty: $ENTENTE_SHARED_CACHE, else the user's cache folder + "/shared".
        QString sharedCacheDir = QString();
        // A shared timeline's first open copies it whole from the server into its mirror (seconds
        // at a million events, so a window does it on a worker thread): `fetching` reports the
        // records copied of all, then `finishing` the steps of its indexes; `cancelled` stops it,
        // and open then refuses with Cancelled and keeps nothing of the copy.
        std::function<void(qint64 done, qint64 total)> fetching = nullptr;
        // …or, when the server offers a starting copy (`entente publish`), fetches that file
        // instead: `downloading` reports its bytes.
        std::function<void(qint64 doneBytes, qint64 totalBytes)> downloading = nullptr;
    };
    // Why open refused, so the window can offer the right way out (read-only, recover).
    enum class OpenError { None, Missing, NotSqlite, Foreign, Newer, Locked, ReadOnly, Damaged, Cancelled, Other };
    struct OpenResult
    {
        std::unique_ptr<Store> store;
        QString error; // one sentence, naming the file, when store is null
        OpenError kind = OpenError::None;
        // Set when the store opened but not as asked, e.g. read-only because another window
        // holds the file: one sentence to show the user.
        QString notice;
        // This call made the file (with OpenOptions::create); false when another program made it
        // between the look and the lock, and this call opened what it made.
        bool created = false;
    };
    // `path` may also be a shared timeline's URL (postgresql://user@host:port/db, or postgres://):
    // the server is checked (an Entente database of a version this Entente reads, else refused
    // with Foreign or Newer and nothing changed) and the store is its local mirror, brought up
    // to date; writes go to the server first (see isShared()).
    // Refuses, without changing a byte: a file that is not an SQLite database or not an
    // Entente one, one from a newer Entente, one locked by another writer, a damaged one
    // (Damaged: truncated, or failing the quick check open can afford), and a read-only one
    // unless allowReadOnly.
    static OpenResult open(const QString &path, const OpenOptions &options);
    // Whether open() for writing would first have an interrupted import to take back (read
    // through a read-only connection; false for a file that is not an Entente one).
    static bool hasUnfinishedImport(const QString &path);
    // Opens a file that open() refused as Damaged read-only, to read what can be read. Null,
    // with `error` set, when SQLite cannot read even that.
    static OpenResult openDamagedReadOnly(const QString &path);
    // Copies what can still be read of a damaged file, table by table and row by row, into a
    // new Entente file at `newPath` (which must not exist). Rows on unreadable pages are lost;
    // the rest are kept. Returns the number of rows recovered per table in `recovered`.
    struct RecoverResult
    {
        bool ok = false;
        QString error;
        qint64 rowsRecovered = 0;
        qint64 tablesWithLoss = 0; // tables where reading stopped at a damaged page at least once
        bool cancelled = false;
    };
    // `cancel`, when set from another thread, stops the copy: the new file is removed and the
    // result says so (`cancelled`).
    static RecoverResult recover(const QString &path, const QString &newPath,
                                 const std::atomic<bool> *cancel = nullptr);
    // The cheap checks open() runs on every file: the header's page size and count against the
    // file's size (a truncated copy), and, for files small enough to check in well under a
    // second, PRAGMA quick_check. Returns the problems, empty when none were seen.
    static QStringList quickProblems(const QString &path);
    // Files up to this size get the full quick check at open; larger ones (a million events is
    // 400 MB and several seconds) get it on a worker thread after they open: checkFile().
    static constexpr qint64 kQuickCheckAtOpenBytes = qint64(16) << 20;
    // PRAGMA quick_check over the whole file (seconds at a million events: for a worker thread).
    QStringList quickCheckProblems() const;
    // The same on a read-only connection of its own, so a worker thread can check the file the
    // window has open. Returns the problems, empty when none were seen or when `cancel` was set
    // (from another thread) before the check finished.
    static QStringList checkFile(const QString &path, const std::atomic<bool> *cancel = nullptr);
    // A database in memory, for tests and scratch work.
    static std::unique_ptr<Store> createInMemory();

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; } // a shared timeline's: its mirror file
    // A shared timeline (PostgreSQL): reads come from the local mirror; every write transaction is
    // pushed to the server, checked against the row versions the mirror holds, before it commits
    // locally. A refusal is a StoreError of kind Conflict (who changed it, and when), ReadOnly (a
    // viewer) or Connection, and nothing changes on either side.
    bool isShared() const { return m_shared != nullptr; }
    QString location() const; // the URL of a shared timeline (no password), else path()
    // Brings what others changed on the server since the mirror's last look into the mirror,
    // and says what it was (empty for a file). Throws StoreError (Connection) when the server
    // cannot be reached; the mirror is then left as it was.
    RemoteChanges pullRemote();
    // While on, writes to a shared timeline replace rows others changed since they were read
    // ("apply anyway") instead of refusing with Conflict.
    void setOverwriteConflicts(bool on);
    pg::PgMirror *shared() const { return m_shared.get(); }
    // Ids for many new rows of `table` (an import's): a run of at most `wanted` ids for a shared
    // timeline, reserved on the server so rows others add meanwhile never collide with them; an
    // empty range for a file (ids after its largest are free) or a table without ids.
    IdRange reserveIds(const char *table, qint64 wanted);
    // An import wrote this many new rows in the write under way (a shared timeline then sends
    // them as its changeset is made; nothing for a file).
    void noteBulkRows(qint64 rows);
    // Read-only: opened so, or a viewer of a shared timeline (readOnlyReason() says which).
    bool isReadOnly() const;
    QString readOnlyReason() const; // one sentence naming the file or the shared timeline
    // What to give Store::open for a connection of one's own to the same data (a worker's): the
    // path, or a shared timeline's URL as it was given (with its password, if it had one); the
    // mirror's folder then goes in OpenOptions::sharedCacheDir.
    QString openPath() const;
    int schemaVersion() const;
    SQLite::Database &database() const { return *m_db; } // reads only outside model/store/ (being made private)

    // Copies what the write-ahead log holds into the file as far as no reader needs it (a passive
    // checkpoint): what an import with ImportOptions::checkpointLater leaves to its caller.
    void checkpoint();

    // Runs `work` in one transaction, committing when it returns and rolling back when it throws.
    // Nested calls join the outer transaction. A file's transaction takes its write lock at once;
    // with Immediate, so does every file attached to its connection, with Deferred only at its
    // first write (for a connection with another file attached that someone else writes
    // meanwhile, which an immediate one would lock too).
    enum class Begin { Immediate, Deferred };
    template<typename F> auto transaction(F &&work, Begin begin = Begin::Immediate) -> decltype(work());

    // Events, with their actors, sources and tags.
    EventId addEvent(const Event &event); // keeps event.id when non-zero
    void updateEvent(const Event &event);
    void deleteEvent(EventId id);
    std::optional<Event> event(EventId id) const;
    QList<Event> events(const QList<EventId> &ids) const;
    EventSnapshot snapshotEvent(EventId id) const;
    void restoreEvent(const EventSnapshot &snapshot);

    // Actors, with aliases and titles.
    ActorId addActor(const Actor &actor); // keeps actor.id when non-zero
    void updateActor(const Actor &actor);
    void deleteActor(ActorId id);
    std::optional<Actor> actor(ActorId id) const;
    QList<Actor> actors() const; // by name
    // Finds an actor by name or alias, ignoring case: "Kiev" finds Kyiv.
    std::optional<ActorId> findActor(const QString &nameOrAlias) const;
    ActorSnapshot snapshotActor(ActorId id) const;
    void restoreActor(const ActorSnapshot &snapshot);
    // Folds `other` into `kept`: events, roles, aliases (other's name among them) and titles.
    void mergeActors(ActorId kept, ActorId other);

    // Sources.
    SourceId addSource(const Source &source);
    void updateSource(const Source &source);
    void deleteSource(SourceId id);
    std::optional<Source> source(SourceId id) const;
    QList<Source> sources() const;
    SourceSnapshot snapshotSource(SourceId id) const;
    void restoreSource(const SourceSnapshot &snapshot);
    // What an import read that its bulk writer does not write, after its rows (storegrades.cpp):
    // sources' reliability and author (set where the record has them), and the credibility of
    // event–source links, each by id. Unknown ids are passed over.
    void applyGrades(const std::vector<std::pair<SourceId, Source>> &sources,
                     const std::vector<std::tuple<EventId, SourceId, Credibility>> &links);
    // The grade of an event's best-graded source ("B2"), empty when none is graded.
    Grade bestGrade(EventId id) const;
    // The same for every event with a graded source, in one pass: what a view drawing each
    // event's mark by its best grade reads once (events missing from it have none).
    QHash<EventId, Grade> bestGrades() const;

    // Accounts (storeaccounts.cpp): an event's source links, each with its quote, credibility and
    // what it says differently (EventSource::account), in the event's order; and all of them
    // written at once, the event's other fields left as they are.
    QList<EventSource> accounts(EventId id) const;
    void setAccounts(EventId id, const QList<EventSource> &accounts);
    // What an import read of accounts, written after its rows (as applyGrades); an account whose
    // event does not cite its source is passed over.
    void applyAccounts(const std::vector<std::tuple<EventId, SourceId, Account>> &accounts);

    // Links between events.
    std::int64_t addLink(const EventLink &link);
    void deleteLink(std::int64_t id);
    QList<EventLink> links() const;
    QList<EventLink> linksOf(EventId id) const;

    // Eras.
    EraId addEra(const Era &era);
    void updateEra(const Era &era);
    void deleteEra(EraId id);
    QList<Era> eras() const;

    // Stories.
    StoryId addStory(const Story &story);
    void updateStory(const Story &story);
    void deleteStory(StoryId id);
    std::optional<Story> story(StoryId id) const;
    QList<Story> stories() const;

    // Saved filters ("views"); saving a name again replaces that view.
    std::int64_t saveView(const QString &name, const EventFilter &filter);
    void deleteView(std::int64_t id);
    // A view as a file carries it (its filter as JSON text, kept as it is), unless a view of that
    // name is already there: what an Entente JSON import writes.
    void addViewUnlessNamed(const QString &name, const QString &filterJson);
    QList<SavedView> savedViews() const;

    // Graph positions by node key ("a<id>", "e<id>"): all of them, some written (a key written
    // again moves), some removed. NodePositions keeps which are pinned.
    QHash<QString, QPointF> nodePositions() const;
    void setNodePositions(const QHash<QString, QPointF> &positions);
    void removeNodePositions(const QSet<QString> &keys);

    // Dataset properties ("title", ...).
    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

    // Queries.
    QList<EventId> eventIds(const EventFilter &filter, EventOrder order = EventOrder::Date, bool descending = false,
                            qint64 limit = -1, qint64 offset = 0) const;
    qint64 countEvents(const EventFilter &filter = {}) const;
    QList<EventId> eventsInRange(std::int64_t from, std::int64_t to) const;
    QList<EventId> eventsByActor(ActorId actor) const;
    QList<EventId> eventsByKind(const QString &kind) const;
    QList<EventId> eventsByStatus(ClaimStatus status) const;
    QList<EventId> search(const QString &text) const;
    QStringList kinds() const;
    QStringList tags() const;
    // The publishers of the sources the matching events cite, the most cited first: what a
    // picture's source line names.
    QStringList publishers(const EventFilter &filter, int limit = 50) const;
    StoreCounts counts() const;
    // The first start and last start of all events, if any.
    std::optional<std::pair<FuzzyDate, FuzzyDate>> span() const;

    // Writes a compact copy of the whole file ("Save As").
    void saveCopy(const QString &path) const;
    // Runs PRAGMA integrity_check; returns the problems found, empty when the file is sound.
    QStringList integrityProblems() const;

    // What stopped a call, in words that name the cause and never show SQLite's own text: for a
    // message that names the file ("talks.entente cannot be opened: the disk is full."). An
    // exception of Entente's own (a StoreError, an export's error) gives its sentence.
    static QString cause(int sqliteCode);
    static QString cause(const std::exception &e); // a clause, for after a colon: no full stop
    static QString causeSentence(const std::exception &e); // the same, to be shown on its own
    // The same as a StoreError, to rethrow a library's exception.
    static StoreError error(const std::exception &e);

    // Helpers for code that talks to SQLite directly (importers, item models).
    static void bind(SQLite::Statement &statement, int index, const QVariant &value);
    static QString text(SQLite::Statement &statement, int column);

private:
    Store(std::unique_ptr<SQLite::Database> db, QString path, bool readOnly);
    static OpenResult create(const QString &path, const OpenOptions &options);
    static OpenResult openExisting(const QString &path, const OpenOptions &options, std::unique_ptr<QLockFile> lock);
    static OpenResult openWritable(const QString &path, const OpenOptions &options, std::unique_ptr<QLockFile> lock);
    void beginTransaction(Begin begin = Begin::Immediate);
    void commitTransaction();
    void rollbackTransaction();
    void writeEventRelations(const Event &event);
    // "reliability" or "credibility", or "NULL" in a read-only file from before the grades.
    const char *gradeColumn(const char *column) const;
    void writeActorRelations(const Actor &actor);
    // Accounts: false only in a read-only file from before version 6, which has none.
    bool hasAccounts() const;
    std::unique_ptr<SQLite::Statement> accountQuery() const; // null without accounts
    void readAccounts(SQLite::Statement *query, Event &event) const;
    void writeAccount(EventId eventId, SourceId sourceId, const Account &account);
    void requireWritable() const;
    QList<EventId> idsFrom(SQLite::Statement &statement) const;
    // The id for a new row of `table` with no id of its own: 0 for a file (SQLite chooses), the
    // server's sequence for a shared timeline, so two people adding at once never collide.
    qint64 takeId(const char *table);
    friend class pg::PgMirror;

    std::unique_ptr<SQLite::Database> m_db;
    std::unique_ptr<QLockFile> m_lock; // held while open for writing with OpenOptions::exclusive
    QString m_path;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    std::unique_ptr<pg::PgMirror> m_shared; // set for a shared timeline
};

template<typename F> auto Store::transaction(F &&work, Begin begin) -> decltype(work())
{
    beginTransaction(begin);
    try {
        if constexpr (std::is_void_v<decltype(work())>) {
            work();
            commitTransaction();
        } else {
            auto result = work();
            commitTransaction();
            return result;
        }
    } catch (...) {
        rollbackTransaction();
        throw;
    }
}

} // namespace entente
