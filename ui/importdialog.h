#pragma once

#include "io/importer.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;

namespace entente {

class DatasetFilterPage;

// File ▸ Import…, once the file is chosen: its format (recognised from the content unless the
// user names one), --strict, TimelineJS groups as tags, and for a CSV file how each of its
// columns maps to ours: a first guess per column ("Headline" → title), to change or leave out.
// OK waits until the title and start columns are mapped, each once.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(const QString &path, const QString &targetName, QWidget *parent = nullptr);

    // Whether a file should be imported through this dialog rather than straight away (a
    // dropped file): a CSV file with columns Entente does not know by name.
    static bool needsColumnChoice(const QString &path);

    ImportOptions options() const;
    // The format the import will use: the one chosen, else the one recognised.
    QString effectiveFormat() const;
    // For tests: the column boxes, in the file's order (the data of each is our column, or
    // empty for "leave out").
    QList<QComboBox *> columnBoxes() const { return m_columns; }
    QComboBox *formatBox() const { return m_format; }
    bool canAccept() const;

private:
    void update();

    QString m_path;
    QString m_recognised;
    QStringList m_header; // of a CSV file; empty when it has none or cannot be read
    QComboBox *m_format;
    QCheckBox *m_strict;
    QCheckBox *m_groupAsTag;
    QGroupBox *m_mapping;
    QList<QComboBox *> m_columns;
    QLabel *m_problem;
    DatasetFilterPage *m_dataset; // GDELT and UCDP: what to keep (datasetfilterpage.h)
    QDialogButtonBox *m_buttons;
};

} // namespace entente
