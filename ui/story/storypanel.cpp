#include "storypanel.h"

#include "document.h"
#include "highlightactorsdialog.h"
#include "selection.h"
#include "story/storysteps.h"
#include "story/storystepsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace entente {

namespace {

QToolButton *button(QWidget *parent, const QString &text, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

StoryPanel::StoryPanel(Document *document, Selection *selection, QWidget *parent)
    : QDockWidget(tr("Stories"), parent)
    , m_document(document)
    , m_selection(selection)
    , m_steps(new StoryStepsModel(document, this))
    , m_noteTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("storyPanel"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *top = new QHBoxLayout;
    m_stories = new QComboBox(body);
    m_stories->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stories->setMinimumContentsLength(16);
    m_stories->setToolTip(tr("The story to edit and present"));
    m_stories->setAccessibleName(tr("Story"));
    top->addWidget(m_stories, 1);
    m_newButton = button(body, tr("New"), tr("Create a story"));
    m_newButton->setPopupMode(QToolButton::InstantPopup);
    auto *newMenu = new QMenu(m_newButton);
    newMenu->addAction(tr("From the Filtered Events"), this, [this] { createFromFilter(); });
    newMenu->addAction(tr("From the Selected Event"), this, [this] { createFromSelection(); });
    m_newButton->setMenu(newMenu);
    top->addWidget(m_newButton);
    m_renameButton = button(body, tr("Rename…"), tr("Rename this story"));
    top->addWidget(m_renameButton);
    m_deleteButton = button(body, tr("Delete"), tr("Delete this story (undoable)"));
    top->addWidget(m_deleteButton);
    layout->addLayout(top);

    m_view = new QListView(body);
    m_view->setModel(m_steps);
    // DragDrop rather than InternalMove: the view's own drags still move rows (moveRows), and a
    // drop reaches the model's dropMimeData, which takes steps only from this very model.
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers); // notes are edited below, with room
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setToolTip(tr("Drag steps to reorder them"));
    m_view->setAccessibleName(tr("Steps"));
    layout->addWidget(m_view, 3);

    auto *stepButtons = new QHBoxLayout;
    m_addButton = button(body, tr("Add Selected Event"), tr("Add the selected event as the last step"));
    m_removeButton = button(body, tr("Remove Step"), tr("Remove this step from the story"));
    m_presentButton = button(body, tr("Present"), tr("Present this story full screen (F5)"));
    m_cameraButton = button(body, tr("Camera"), tr("What the presentation shows for this step"));
    m_cameraButton->setPopupMode(QToolButton::InstantPopup);
    auto *cameraMenu = new QMenu(m_cameraButton);
    m_setCameraAction
        = cameraMenu->addAction(tr("Set Camera from Current View"), this, [this] { setCameraFromView(); });
    m_setCameraAction->setObjectName(QStringLiteral("actionSetStepCamera"));
    m_setCameraAction->setToolTip(tr("This step shows the timeline's window now and highlights the actors in view"));
    m_actorsAction = cameraMenu->addAction(tr("Highlight Actors…"), this, [this] { chooseHighlightedActors(); });
    m_actorsAction->setObjectName(QStringLiteral("actionHighlightActors"));
    m_clearCameraAction = cameraMenu->addAction(tr("Frame the Event"), this, [this] { clearCamera(); });
    m_clearCameraAction->setObjectName(QStringLiteral("actionClearStepCamera"));
    m_cameraButton->setMenu(cameraMenu);
    stepButtons->addWidget(m_addButton);
    stepButtons->addWidget(m_removeButton);
    stepButtons->addWidget(m_cameraButton);
    stepButtons->addStretch(1);
    stepButtons->addWidget(m_presentButton);
    layout->addLayout(stepButtons);

    auto *noteLabel = new QLabel(tr("Note (what you will say):"), body);
    layout->addWidget(noteLabel);
    m_note = new QPlainTextEdit(body);
    m_note->setPlaceholderText(tr("Select a step to write its note."));
    m_note->setTabChangesFocus(true);
    noteLabel->setBuddy(m_note);
    layout->addWidget(m_note, 2);
    setWidget(body);

    // Notes are saved a moment after typing stops; consecutive saves merge into one undo step.
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(600);
    connect(m_noteTimer, &QTimer::timeout, this, &StoryPanel::commitNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loadingNote)
            m_noteTimer->start();
    });
    connect(m_stories, &QComboBox::currentIndexChanged, this, [this] {
        commitNote();
        m_steps->setStory(currentStory());
        currentStepChanged();
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        commitNote();
        currentStepChanged();
    });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (m_selection)
            m_selection->setEvent(index.data(StoryStepsModel::EventIdRole).toLongLong());
    });
    connect(m_renameButton, &QToolButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Story"), tr("Name:"), QLineEdit::Normal,
                                                   m_stories->currentText(), &ok);
        if (ok)
            renameCurrent(name);
    });
    connect(m_deleteButton, &QToolButton::clicked, this, [this] { deleteCurrent(); });
    connect(m_addButton, &QToolButton::clicked, this, [this] { addSelectedEvent(); });
    connect(m_removeButton, &QToolButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_steps->removeRows(current.row(), 1);
    });
    connect(m_presentButton, &QToolButton::clicked, this, [this] { emit presentRequested(currentStory()); });
    connect(m_document, &Document::changed, this, &StoryPanel::documentChanged);
    if (m_selection)
        connect(m_selection, &Selection::eventChanged, this, &StoryPanel::updateButtons);
    connect(m_steps, &QAbstractItemModel::modelReset, this, &StoryPanel::updateButtons);
    connect(m_steps, &QAbstractItemModel::rowsRemoved, this, &StoryPanel::updateButtons);
    reloadStories();
}

std::optional<StoryId> StoryPanel::currentStory() const
{
    const QVariant v = m_stories->currentData();
    return v.isValid() ? std::optional<StoryId>(v.toLongLong()) : std::nullopt;
}

void StoryPanel::setCurrentStory(std::optional<StoryId> id)
{
    const int i = id ? m_stories->findData(QVariant::fromValue<qlonglong>(*id)) : -1;
    if (i >= 0)
        m_stories->setCurrentIndex(i);
}

void StoryPanel::reloadStories()
{
    const auto keep = currentStory();
    {
        const QSignalBlocker block(m_stories);
        m_stories->clear();
        for (const Story &s : m_document->store().stories())
            m_stories->addItem(s.name, QVariant::fromValue<qlonglong>(s.id));
        const int i = keep ? m_stories->findData(QVariant::fromValue<qlonglong>(*keep)) : -1;
        m_stories->setCurrentIndex(i >= 0 ? i : (m_stories->count() > 0 ? 0 : -1));
    }
    if (m_steps->storyId() != currentStory()) {
        m_steps->setStory(currentStory());
        currentStepChanged();
    }
    updateButtons();
}

void StoryPanel::documentChanged(const DocumentChange &change)
{
    if (change.kind == DocumentChange::Kind::Stories || change.kind == DocumentChange::Kind::All) {
        reloadStories();
        if (m_noteRow >= 0 && m_noteRow < m_steps->rowCount() && !m_noteTimer->isActive()) {
            // An undo may have changed the note on show.
            const QString note = m_steps->index(m_noteRow).data(StoryStepsModel::NoteRole).toString();
            if (note != m_note->toPlainText()) {
                m_loadingNote = true;
                m_note->setPlainText(note);
                m_loadingNote = false;
            }
        }
    }
}

void StoryPanel::currentStepChanged()
{
    const QModelIndex current = m_view->currentIndex();
    m_noteRow = current.isValid() ? current.row() : -1;
    m_loadingNote = true;
    m_note->setPlainText(current.isValid() ? current.data(StoryStepsModel::NoteRole).toString() : QString());
    m_loadingNote = false;
    m_note->setEnabled(current.isValid());
    updateButtons();
}

void StoryPanel::commitNote()
{
    m_noteTimer->stop();
    if (m_noteRow < 0 || m_noteRow >= m_steps->rowCount())
        return;
    const QModelIndex index = m_steps->index(m_noteRow);
    if (index.data(StoryStepsModel::NoteRole).toString() != m_note->toPlainText())
        m_steps->setData(index, m_note->toPlainText(), StoryStepsModel::NoteRole);
}

void StoryPanel::updateButtons()
{
    const bool has = currentStory().has_value();
    const bool writable = !m_document->isReadOnly();
    m_renameButton->setEnabled(has && writable);
    m_deleteButton->setEnabled(has && writable);
    m_newButton->setEnabled(writable);
    m_addButton->setEnabled(has && writable && m_selection && m_selection->event());
    m_removeButton->setEnabled(has && writable && m_view->currentIndex().isValid());
    m_presentButton->setEnabled(true); // without a story it presents the filtered events
    const bool step = has && writable && m_view->currentIndex().isValid();
    m_cameraButton->setEnabled(step);
    m_setCameraAction->setEnabled(step && m_cameraSource);
    m_actorsAction->setEnabled(step);
    m_clearCameraAction->setEnabled(step && m_view->currentIndex().data(StoryStepsModel::HasCameraRole).toBool());
    m_view->setDragEnabled(writable);
}

std::optional<StoryId> StoryPanel::createFromFilter()
{
    commitNote();
    const EventFilter filter = m_selection ? m_selection->filter() : EventFilter();
    qint64 matched = 0;
    Story story = stories::fromFilter(m_document->store(), filter, QString(), &matched);
    // A story holds the first kMaxSteps events; its name says so when the filter let more through.
    const QLocale locale;
    const int n = static_cast<int>(std::min<qint64>(matched, std::numeric_limits<int>::max()));
    const QString base = matched > stories::kMaxSteps ? tr("New story: the first %1 of %n event(s)", nullptr, n)
                                                            .replace(QString::number(n), locale.toString(n))
                                                            .arg(locale.toString(stories::kMaxSteps))
                                                      : tr("New story");
    story.name = stories::uniqueName(m_document->store(), base);
    const auto id = m_document->addStory(story);
    if (id) {
        reloadStories();
        setCurrentStory(id);
    }
    return id;
}

std::optional<StoryId> StoryPanel::createFromSelection()
{
    commitNote();
    QList<EventId> events;
    if (m_selection && m_selection->event())
        events.append(*m_selection->event());
    Story story
        = stories::fromEvents(m_document->store(), events, stories::uniqueName(m_document->store(), tr("New story")));
    const auto id = m_document->addStory(story);
    if (id) {
        reloadStories();
        setCurrentStory(id);
    }
    return id;
}

bool StoryPanel::addSelectedEvent()
{
    if (!m_selection || !m_selection->event())
        return false;
    commitNote();
    return m_steps->appendEvents({ *m_selection->event() });
}

bool StoryPanel::renameCurrent(const QString &name)
{
    const auto id = currentStory();
    const QString trimmed = name.trimmed();
    if (!id || trimmed.isEmpty())
        return false;
    auto story = m_document->store().story(*id);
    if (!story)
        return false;
    story->name = trimmed;
    return m_document->editStory(*story);
}

bool StoryPanel::deleteCurrent()
{
    const auto id = currentStory();
    return id && m_document->deleteStory(*id);
}

void StoryPanel::setCameraSource(CameraSource source)
{
    m_cameraSource = std::move(source);
    updateButtons();
}

bool StoryPanel::setCameraFromView()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_cameraSource)
        return false;
    commitNote();
    const auto window = m_cameraSource();
    QList<ActorId> actors;
    if (m_selection) {
        actors = m_selection->filter().actors;
        if (m_selection->actor() && !actors.contains(*m_selection->actor()))
            actors.append(*m_selection->actor());
    }
    const bool done = m_steps->setCamera(current.row(), window, actors);
    updateButtons();
    return done;
}

void StoryPanel::chooseHighlightedActors()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    QList<ActorId> checked;
    for (const qlonglong id : current.data(StoryStepsModel::HighlightedActorsRole).value<QList<qlonglong>>())
        checked.append(id);
    HighlightActorsDialog dialog(m_document->store(), current.data(StoryStepsModel::EventIdRole).toLongLong(), checked,
                                 this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    commitNote();
    m_steps->setHighlightedActors(current.row(), dialog.actors());
    updateButtons();
}

bool StoryPanel::clearCamera()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    commitNote();
    const bool done = m_steps->setCamera(current.row(), std::nullopt, {});
    updateButtons();
    return done;
}

} // namespace entente
