#include "historypanel.h"

#include "document.h"
#include "store/pg/pghistory.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace entente {

namespace {

enum Column { When, Who, What, Record, Changed, ColumnCount };

QString kindText(const QString &table)
{
    if (table == u"events")
        return HistoryPanel::tr("event");
    if (table == u"actors")
        return HistoryPanel::tr("actor");
    if (table == u"sources")
        return HistoryPanel::tr("source");
    if (table == u"eras")
        return HistoryPanel::tr("era");
    if (table == u"stories" || table == u"story_steps")
        return HistoryPanel::tr("story");
    if (table == u"event_links")
        return HistoryPanel::tr("link");
    if (table == u"saved_views")
        return HistoryPanel::tr("saved view");
    if (table == u"node_positions")
        return HistoryPanel::tr("graph layout");
    if (table == u"meta")
        return HistoryPanel::tr("timeline");
    return table;
}

} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("sharedHistory"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setMargin(6);
    m_list->setObjectName(QStringLiteral("sharedHistoryList"));
    m_list->setAccessibleName(tr("Who changed what in the shared timeline"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Record"), tr("Changed") });
    m_list->header()->setSectionResizeMode(Record, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_list);
    m_soon.setSingleShot(true);
    m_soon.setInterval(300);
    connect(&m_soon, &QTimer::timeout, this, &HistoryPanel::refresh);
    refresh();
}

void HistoryPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::changed, this, [this] { soon(); });
    refresh();
}

QString HistoryPanel::shortWhen(const QDateTime &at)
{
    // "14:02" today, the date before it otherwise: the minute is enough to tell edits apart.
    const QDateTime local = at.toLocalTime();
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (local.date() == QDate::currentDate())
        return time;
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + time;
}

QString HistoryPanel::opText(const HistoryEntry &entry)
{
    switch (entry.op) {
    case HistoryEntry::Op::Added:
        return tr("added");
    case HistoryEntry::Op::Edited:
        return tr("edited");
    case HistoryEntry::Op::Removed:
        return tr("deleted");
    case HistoryEntry::Op::Bulk:
        return tr("imported");
    }
    return QString();
}

void HistoryPanel::refresh()
{
    m_list->clear();
    if (!m_document || !m_document->isShared()) {
        m_note->setText(tr("Only a shared database keeps a history of who changed what: "
                           "File ▸ Open Shared Database…"));
        m_note->show();
        return;
    }
    QList<HistoryEntry> entries;
    try {
        entries = pg::PgHistory::recent(m_document->store(), kRows);
    } catch (const StoreError &error) {
        m_note->setText(error.message());
        m_note->show();
        return;
    }
    m_note->setVisible(entries.isEmpty());
    m_note->setText(tr("Nobody has changed this timeline yet."));
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    for (const HistoryEntry &e : std::as_const(entries)) {
        auto *item = new QTreeWidgetItem;
        item->setText(When, shortWhen(e.at));
        item->setToolTip(When, locale.toString(e.at.toLocalTime(), QLocale::LongFormat));
        item->setText(Who, e.user);
        item->setText(What, opText(e) + u' ' + kindText(e.table));
        item->setText(Record, e.title.isEmpty() && e.id > 0 ? tr("#%1").arg(e.id) : e.title);
        QStringList fields = e.fields;
        fields.removeAll(QStringLiteral("row_version"));
        item->setText(Changed, fields.join(QStringLiteral(", ")));
        item->setData(When, Qt::UserRole, e.seq);
        item->setData(Record, Qt::UserRole, e.id);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    for (int c : { When, Who, What })
        m_list->resizeColumnToContents(c);
}

} // namespace entente
