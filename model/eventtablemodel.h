#pragma once

#include "document.h"
#include "eventfilter.h"
#include "store/tablerows.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QLocale>

#include <memory>
#include <vector>

namespace entente {

// The events of a document as table rows. Rows come from SQL a page at a time and are cached,
// never all in memory; filtering and sorting happen in SQL over indexed columns, so a million
// events sort in well under a second (a QSortFilterProxyModel took 2.9–8.1 s here).
// An order with no index (the actors, the title) over many events is sorted once on a reader's
// thread, into a list of ids the pages are then read by; the rows stay as they were (or in date
// order, after a new filter) until it comes, and sortingChanged() says so.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)

public:
    // GradeColumn: the best source grade ("B2", sourcegrade.h); not sortable (the date order stays).
    enum Column { DateColumn, TitleColumn, ActorsColumn, KindColumn, StatusColumn, GradeColumn, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, SortKeyRole, StatusKeyRole, GradeRole };

    explicit EventTableModel(Document *document, QObject *parent = nullptr);
    ~EventTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const EventFilter &filter);
    const EventFilter &filter() const { return m_filter; }
    // The row showing `id` under the current filter and order, or -1.
    int rowOf(EventId id) const;
    EventId eventIdAt(int row) const;
    void setLocale(const QLocale &locale);
    // Whether an order asked for is being sorted on a reader's thread (see the class comment).
    bool isSorting() const { return m_pendingColumn >= 0; }
    // The number of events from which an order with no index is sorted that way (for tests).
    static void setBackgroundSortFrom(qint64 events) { s_backgroundSortFrom = events; }

signals:
    void sortingChanged(bool sorting);

private:
    struct Row
    {
        EventId id = 0;
        QString date;
        QString isoDate;
        QString title;
        QString actors;
        QString kind;
        ClaimStatus status = ClaimStatus::Confirmed;
    };
    static constexpr int kPageSize = 256;
    const Row *rowAt(int row) const;

    // Changes by id (eventtablemodeledits.cpp): the rows of the events a change names are
    // refreshed, inserted, removed or moved; false asks for a reset instead.
    static constexpr qsizetype kMaxEditedRows = 64;
    void takeChange(const DocumentChange &change);
    bool applyByIds(const DocumentChange &change);
    // The fields that decide a row's place under the order and filter.
    DocumentChange::Fields placingFields() const;
    Row rowFor(const Event &event) const;
    int cachedRowOf(EventId id) const; // -1 when not in a fetched page
    void refreshRow(int row, const Event &event); // a fetched row read anew, where it stands
    int placeOf(const Event &event) const; // its row under the order and filter, -1 when not countable
    // The rows fetched from the top without a gap, or -1 when a page past a gap is fetched.
    int fetchedEnd() const;
    // Its row among the first `fetched` (date order; `old`, its row now, is left out).
    int placeAmongFetched(const Event &event, int old, int fetched) const;
    // Moves the fetched rows to their places once the row at `removed` has gone and `row` has
    // come to `inserted` (-1: none); pages left with a gap are dropped, to be fetched again.
    // `pages` are the pages fetched before the change was announced.
    void shiftPages(int removed, int inserted, const Row *row, const QList<int> &pages);

    void reload();
    TableRows::Order order() const;
    static TableRows::Order orderOf(int column, Qt::SortOrder order);

    // The order sorted on a reader's thread (eventtablemodelorder.cpp).
    bool sortsInBackground(int column) const;
    void requestOrder(int column, Qt::SortOrder order);
    void cancelOrder();
    void takeOrder(std::shared_ptr<const std::vector<EventId>> ids);
    // A change while the rows follow such an order: false when it is not one to take here.
    bool takeChangeInOrder(const DocumentChange &change);
    int wantedColumn() const { return m_pendingColumn >= 0 ? m_pendingColumn : m_sortColumn; }
    Qt::SortOrder wantedOrder() const { return m_pendingColumn >= 0 ? m_pendingOrder : m_sortOrder; }

    Document *m_document;
    EventFilter m_filter;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_count = 0;
    bool m_scanInOrder = false; // see TableRows: chosen from how many events the search matches
    QLocale m_locale;
    mutable QCache<int, QList<Row>> m_pages { 64 };
    std::shared_ptr<const std::vector<EventId>> m_ids; // the rows' ids, when sorted that way
    int m_pendingColumn = -1;
    Qt::SortOrder m_pendingOrder = Qt::AscendingOrder;
    quint64 m_orderGeneration = 0;
    std::shared_ptr<std::atomic<bool>> m_orderCancel;
    static inline qint64 s_backgroundSortFrom = 20000;
};

} // namespace entente
