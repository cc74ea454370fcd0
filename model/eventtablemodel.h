#pragma once

#include "document.h"
#include "eventfilter.h"
#include "store/tablerows.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QLocale>

namespace entente {

// The events of a document as table rows. Rows come from SQL a page at a time and are cached,
// never all in memory; filtering and sorting happen in SQL over indexed columns, so a million
// events sort in well under a second (a QSortFilterProxyModel took 2.9–8.1 s here).
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)

public:
    // GradeColumn: the best source grade ("B2", sourcegrade.h); not sortable (the date order stays).
    enum Column { DateColumn, TitleColumn, ActorsColumn, KindColumn, StatusColumn, GradeColumn, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, SortKeyRole, StatusKeyRole, GradeRole };

    explicit EventTableModel(Document *document, QObject *parent = nullptr);

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

    Document *m_document;
    EventFilter m_filter;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_count = 0;
    bool m_scanInOrder = false; // see TableRows: chosen from how many events the search matches
    QLocale m_locale;
    mutable QCache<int, QList<Row>> m_pages { 64 };
};

} // namespace entente
