#pragma once

#include <QGroupBox>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace entente {

// The import dialog's part for event datasets (GDELT, UCDP): what to keep before anything is
// stored — CAMEO root codes, QuadClass, actor countries, minimum mentions or deaths, a date
// range — and GDELT's fold of reports, with a count of what would be imported (a dry run on a
// worker thread) before importing. Its conditions are DatasetFilter's (`import --where`).
class DatasetFilterPage final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetFilterPage)

public:
    DatasetFilterPage(QString path, QWidget *parent = nullptr);
    ~DatasetFilterPage() override;

    // "gdelt" or "ucdp" shows the controls that apply to it.
    void setFormat(const QString &format);
    // The conditions in DatasetFilter's syntax; empty keeps everything.
    QString where() const;
    bool fold() const;
    // For tests: counts now (on the worker) and returns the line shown when it is done.
    QLabel *previewLabel() const { return m_preview; }
    QPushButton *previewButton() const { return m_count; }

private:
    void count();
    void counted(qint64 kept, qint64 left, const QString &error);

    QString m_path;
    QString m_format;
    QLineEdit *m_roots;
    QCheckBox *m_quads[4];
    QLineEdit *m_countries;
    QSpinBox *m_minimum;
    QLabel *m_minimumLabel;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_fold;
    QPushButton *m_count;
    QLabel *m_preview;
    std::thread m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace entente
