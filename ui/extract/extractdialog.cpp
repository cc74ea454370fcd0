#include "extractdialog.h"

#include "document.h"
#include "extract/extractor.h"
#include "extract/proposalwriter.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace entente {

namespace {

enum Column { TitleColumn, DateColumn, KindColumn, StatusColumn, MatchColumn, ActorsColumn };

QString dateText(const Proposal &p)
{
    return p.start.toIsoString() + (p.end ? u'/' + p.end->toIsoString() : QString());
}

bool readable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"txt" || suffix == u"md" || suffix == u"html" || suffix == u"htm" || suffix == u"eml";
}

} // namespace

ExtractDialog::ExtractDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_text(new QTextEdit(this))
    , m_published(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_find(new QPushButton(tr("&Find Events"), this))
    , m_add(new QPushButton(tr("&Add Accepted Events"), this))
{
    setWindowTitle(tr("New Events from Article"));
    setAcceptDrops(true);
    m_text->setAcceptRichText(false);
    m_text->setPlaceholderText(tr("Paste a news report here, or open or drop a .txt, .md, .html or .eml file."));
    m_text->viewport()->installEventFilter(this);
    m_text->setObjectName(QStringLiteral("articleText"));
    m_published->setPlaceholderText(tr("YYYY-MM-DD"));
    m_published->setObjectName(QStringLiteral("publishedField"));
    m_published->setMaximumWidth(140);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("proposalList"));
    m_list->setColumnCount(6);
    m_list->setHeaderLabels({ tr("Event"), tr("Date"), tr("Kind"), tr("Claim"), tr("In the file"), tr("Actors") });
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->header()->setStretchLastSection(true);
    m_list->setWordWrap(false);

    auto *open = new QPushButton(tr("&Open File…"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(open);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Published:"), this));
    top->addWidget(m_published);
    top->addWidget(m_find);
    top->addWidget(m_message, 1);

    auto *edit = new QPushButton(tr("&Edit"), this);
    auto *merge = new QPushButton(tr("&Merge"), this);
    auto *drop = new QPushButton(tr("&Drop"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(edit);
    listButtons->addWidget(merge);
    listButtons->addWidget(drop);
    listButtons->addStretch(1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_list, 1);
    rightLayout->addLayout(listButtons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_text);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    m_add->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a News Report"), QString(),
                                                          tr("News reports (*.txt *.md *.html *.htm *.eml)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(m_find, &QPushButton::clicked, this, &ExtractDialog::analyse);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addAccepted() > 0)
            QDialog::accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(edit, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            m_list->editItem(item, TitleColumn);
    });
    connect(merge, &QPushButton::clicked, this, &ExtractDialog::mergeSelected);
    connect(drop, &QPushButton::clicked, this, &ExtractDialog::dropSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ExtractDialog::highlight);
    connect(m_list, &QTreeWidget::itemChanged, this, &ExtractDialog::itemEdited);
    resize(1200, 700);
}

void ExtractDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
}

bool ExtractDialog::loadFile(const QString &path)
{
    const auto read = ArticleReader::readFile(path);
    if (!read.article) {
        showMessage(read.error, true);
        return false;
    }
    m_article = read.article;
    m_text->setPlainText(m_article->text());
    m_analysedText.clear();
    if (m_article->published)
        m_published->setText(m_article->published->toString(Qt::ISODate));
    analyse();
    return true;
}

void ExtractDialog::setArticleText(const QString &text)
{
    m_article.reset();
    m_text->setPlainText(text);
}

void ExtractDialog::setPublished(const QDate &date)
{
    m_published->setText(date.toString(Qt::ISODate));
}

void ExtractDialog::analyse()
{
    if (!m_article || m_text->toPlainText() != m_article->text()) {
        const auto read = ArticleReader::fromText(m_text->toPlainText());
        if (!read.article) {
            showMessage(read.error, true);
            return;
        }
        m_article = read.article;
    }
    std::optional<QDate> published;
    if (!m_published->text().trimmed().isEmpty()) {
        const QDate d = QDate::fromString(m_published->text().trimmed(), Qt::ISODate);
        if (!d.isValid()) {
            showMessage(tr("The publication date must be written YYYY-MM-DD."), true);
            m_published->setFocus();
            return;
        }
        published = d;
    } else if (m_article->published) {
        published = m_article->published;
        m_published->setText(published->toString(Qt::ISODate));
    }
    if (!published) {
        showMessage(tr("The article does not say when it was published: enter the date, then Find Events."), true);
        m_published->setFocus();
        return;
    }
    const auto result = Extractor::extract(*m_article, published, m_document ? &m_document->store() : nullptr);
    if (!result.error.isEmpty()) {
        showMessage(result.error, true);
        return;
    }
    m_text->setPlainText(result.text);
    m_analysedText = result.text;
    m_proposals = result.proposals;
    fillList();
    const auto matched
        = std::count_if(m_proposals.begin(), m_proposals.end(), [](const Proposal &p) { return p.matches != 0; });
    showMessage(tr("%n event(s) proposed", "", static_cast<int>(m_proposals.size()))
                + (matched ? tr(", %n already in the file", "", static_cast<int>(matched)) : QString()) + u'.');
}

void ExtractDialog::fillList()
{
    m_filling = true;
    m_list->clear();
    for (const Proposal &p : std::as_const(m_proposals)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(TitleColumn, Qt::Checked);
        item->setText(TitleColumn, p.title);
        item->setText(DateColumn, dateText(p));
        item->setText(KindColumn, p.kind);
        item->setText(StatusColumn, claimStatusLabel(p.status));
        QStringList names;
        for (const ProposalActor &a : p.actors)
            names.append(a.existing ? a.name : a.name + u'*');
        item->setText(ActorsColumn, names.join(QStringLiteral(", ")));
        item->setToolTip(ActorsColumn, tr("* new to the file"));
        item->setText(MatchColumn, p.matches ? tr("adds a source to “%1”").arg(p.matchTitle) : tr("new event"));
        item->setToolTip(MatchColumn, item->text(MatchColumn));
        item->setToolTip(TitleColumn, p.quote());
    }
    for (int c = 0; c < ActorsColumn; ++c)
        m_list->resizeColumnToContents(c);
    m_list->setColumnWidth(TitleColumn, std::min(m_list->columnWidth(TitleColumn), 240));
    m_list->setColumnWidth(MatchColumn, std::min(m_list->columnWidth(MatchColumn), 220));
    m_filling = false;
    m_add->setEnabled(!m_proposals.isEmpty());
    m_add->setDefault(!m_proposals.isEmpty());
    highlight();
}

void ExtractDialog::highlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_text->toPlainText() != m_analysedText) {
        m_text->setExtraSelections(selections);
        return;
    }
    QList<int> selected;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        selected.append(m_list->indexOfTopLevelItem(item));
    std::sort(selected.begin(), selected.end());
    auto add = [&](const TextSpan &span, const QColor &background, bool bold) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(static_cast<int>(span.position));
        s.cursor.setPosition(static_cast<int>(span.position + span.length), QTextCursor::KeepAnchor);
        s.format.setBackground(background);
        if (bold)
            s.format.setFontWeight(QFont::Bold);
        selections.append(s);
    };
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor sentence = dark ? QColor(0x2f, 0x3b, 0x4c) : QColor(0xe3, 0xec, 0xf7);
    const QColor chosen = dark ? QColor(0x6b, 0x5a, 0x12) : QColor(0xff, 0xe8, 0x8a);
    const QColor word = dark ? QColor(0x3f, 0x5f, 0x8a) : QColor(0xb8, 0xd0, 0xf0);
    for (int i = 0; i < m_proposals.size(); ++i) {
        const Proposal &p = m_proposals.at(i);
        for (const TextSpan &span : p.sentences)
            add(span, selected.contains(i) ? chosen : sentence, false);
        for (const TextSpan &span : p.words)
            add(span, selected.contains(i) ? chosen.darker(115) : word, true);
    }
    m_text->setExtraSelections(selections);
    if (!selected.isEmpty()) {
        const Proposal &first = m_proposals.at(selected.constFirst());
        if (!first.sentences.isEmpty()) {
            QTextCursor c(m_text->document());
            c.setPosition(static_cast<int>(first.sentences.constFirst().position));
            m_text->setTextCursor(c);
            m_text->ensureCursorVisible();
        }
    }
}

void ExtractDialog::itemEdited(QTreeWidgetItem *item, int column)
{
    if (m_filling)
        return;
    const int row = m_list->indexOfTopLevelItem(item);
    if (row < 0 || row >= m_proposals.size())
        return;
    Proposal &p = m_proposals[row];
    if (column == TitleColumn) {
        p.title = item->text(TitleColumn).simplified();
    } else if (column == KindColumn) {
        p.kind = item->text(KindColumn).simplified();
    } else if (column == StatusColumn) {
        for (ClaimStatus s : kAllClaimStatuses) {
            if (item->text(StatusColumn).compare(claimStatusLabel(s), Qt::CaseInsensitive) == 0
                || item->text(StatusColumn).compare(claimStatusKey(s), Qt::CaseInsensitive) == 0)
                p.status = s;
        }
    } else if (column == DateColumn) {
        const QStringList parts = item->text(DateColumn).split(u'/');
        const auto start = FuzzyDate::parse(parts.value(0).trimmed());
        const auto end = parts.size() > 1 ? FuzzyDate::parse(parts.value(1).trimmed()) : std::nullopt;
        if (start && (parts.size() == 1 || (end && *start <= *end))) {
            p.start = *start;
            p.end = end;
            showMessage(QString());
        } else {
            showMessage(tr("“%1” is not a date: write 2025-05-16, 2022-03 or 2025-05-23/2025-05-25.")
                            .arg(item->text(DateColumn)),
                        true);
        }
    }
    m_filling = true;
    item->setText(DateColumn, dateText(p));
    item->setText(StatusColumn, claimStatusLabel(p.status));
    m_filling = false;
}

void ExtractDialog::selectProposal(int row)
{
    m_list->clearSelection();
    if (QTreeWidgetItem *item = m_list->topLevelItem(row)) {
        item->setSelected(true);
        m_list->setCurrentItem(item);
    }
}

void ExtractDialog::mergeSelected()
{
    QList<int> rows;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        rows.append(m_list->indexOfTopLevelItem(item));
    std::sort(rows.begin(), rows.end());
    if (rows.size() < 2) {
        showMessage(tr("Select two or more proposals to merge."), true);
        return;
    }
    Proposal &into = m_proposals[rows.constFirst()];
    for (qsizetype i = rows.size() - 1; i >= 1; --i) {
        const Proposal from = m_proposals.at(rows.at(i));
        into.quotes += from.quotes;
        into.sentences += from.sentences;
        into.words += from.words;
        for (const ProposalActor &a : from.actors) {
            if (!into.hasActor(a.name))
                into.actors.append(a);
        }
        if (!into.matches && from.matches) {
            into.matches = from.matches;
            into.matchTitle = from.matchTitle;
        }
        m_proposals.removeAt(rows.at(i));
    }
    fillList();
    selectProposal(rows.constFirst());
}

void ExtractDialog::dropSelected()
{
    QList<int> rows;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        rows.append(m_list->indexOfTopLevelItem(item));
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_proposals.removeAt(row);
    fillList();
}

int ExtractDialog::addAccepted()
{
    if (!m_document || !m_article)
        return 0;
    QList<Proposal> accepted;
    for (int i = 0; i < m_proposals.size(); ++i) {
        if (m_list->topLevelItem(i)->checkState(TitleColumn) == Qt::Checked)
            accepted.append(m_proposals.at(i));
    }
    if (accepted.isEmpty()) {
        showMessage(tr("No proposal is checked."), true);
        return 0;
    }
    const QDate published = QDate::fromString(m_published->text().trimmed(), Qt::ISODate);
    const auto outcome = ProposalWriter::write(*m_document, accepted, *m_article, published);
    if (!outcome.error.isEmpty()) {
        showMessage(outcome.error, true);
        return 0;
    }
    return outcome.added + outcome.sourced;
}

bool ExtractDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (drag->mimeData()->hasUrls()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QList<QUrl> urls = drop->mimeData()->urls();
            if (!urls.isEmpty() && urls.constFirst().isLocalFile()) {
                const QString path = urls.constFirst().toLocalFile();
                if (readable(path))
                    loadFile(path);
                else
                    showMessage(tr("%1 is not a .txt, .md, .html or .eml file.").arg(QFileInfo(path).fileName()), true);
                drop->acceptProposedAction();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace entente
