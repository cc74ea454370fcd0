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
    enum Column { DateColumn, TitleColumn, ActorsColumn, KindColumn, StatusColumn, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, SortKeyRole, StatusKeyRole };

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
