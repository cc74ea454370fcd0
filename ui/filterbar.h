#pragma once

#include "eventfilter.h"

#include <QWidget>

class QHBoxLayout;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace entente {

class ActorPicker;
class GradeFilterMenu;
class Document;
class RangeSlider;
class Selection;

// The filter bar over the views: full-text search, a date range (slider plus typed dates),
// actors (aliases match), kinds, claim status and tags, with the active filters shown as
// removable chips and saved views kept in the file. It edits the shared Selection's filter and
// follows it when another view (a chart click) changes it.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(Selection *selection, QWidget *parent = nullptr);

    void setDocument(Document *document);
    QLineEdit *searchField() const { return m_search; }
    // Ctrl+F: focus the search and select what is there.
    void focusSearch();
    // The chips currently shown, as their texts (for tests and accessibility).
    QStringList chipTexts() const;
    void removeAllFilters();
    // Saves the current filter under a name in the file; returns false if there is no file.
    bool saveCurrentView(const QString &name);
    void applyView(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadChoices();
    void showFilter(const EventFilter &filter);
    void apply(const EventFilter &filter);
    void rebuildChips(const EventFilter &filter);
    void rebuildViewsMenu();
    void commitTypedDates();
    void fillCheckMenu(QMenu *menu, const QStringList &keys, const QStringList &labels, const QStringList &checked);
    QStringList checkedKeys(QMenu *menu) const;

    Selection *m_selection;
    Document *m_document = nullptr;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    RangeSlider *m_range;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QToolButton *m_actorsButton;
    ActorPicker *m_actors;
    QToolButton *m_kindsButton;
    QMenu *m_kinds;
    QToolButton *m_statusButton;
    QMenu *m_statuses;
    QToolButton *m_gradeButton = nullptr;
    GradeFilterMenu *m_grades;
    QToolButton *m_tagsButton;
    QMenu *m_tags;
    QToolButton *m_viewsButton;
    QMenu *m_views;
    QWidget *m_chipRow;
    QHBoxLayout *m_chipLayout;
    bool m_updating = false;
};

} // namespace entente
