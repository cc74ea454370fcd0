#pragma once

#include <QGroupBox>
#include <QVariantMap>

class QComboBox;
class QLineEdit;

namespace entente {

// The event dialog's form for what the selected source's account says differently from the
// event: its claim status, its dates, its figure and who took part, each left empty where the
// account says nothing different. It edits a row's values as text (values()/setValues(), keys
// "status", "start", "end", "figure", "actors"); the dialog checks and resolves them.
class AccountEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountEditor)

public:
    explicit AccountEditor(QWidget *parent = nullptr);

    // Shows a row's values under the source's name; an empty name disables the form.
    void setValues(const QString &sourceName, const QVariantMap &values);
    QVariantMap values() const;

    QComboBox *status() const { return m_status; }
    QLineEdit *start() const { return m_start; }
    QLineEdit *end() const { return m_end; }
    QLineEdit *figure() const { return m_figure; }
    QLineEdit *actors() const { return m_actors; }

signals:
    void edited();

private:
    QComboBox *m_status;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QLineEdit *m_figure;
    QLineEdit *m_actors;
    bool m_loading = false;
};

} // namespace entente
