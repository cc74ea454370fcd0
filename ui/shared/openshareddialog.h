#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace entente {

// File ▸ Open Shared Database…: where the newsroom's PostgreSQL server is (host, port, database,
// user, TLS). The password is never kept: libpq finds it in ~/.pgpass, PGPASSFILE or
// PGPASSWORD; when the server asks for one anyway the window shows this dialog again with a
// password field for this connection only. Recent databases are remembered as URLs without
// passwords.
class OpenSharedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenSharedDialog)

public:
    explicit OpenSharedDialog(QWidget *parent = nullptr);

    // postgresql://user@host:port/database?sslmode=… (never a password)
    QString url() const;
    void setUrl(const QString &url);
    // Shows the password field with a sentence saying why (the server asked for one).
    void askPassword(const QString &reason);
    QString password() const;

    // The URLs opened before, newest first (settings key shared/recent), and remembering one.
    static QStringList recentUrls();
    static void rememberUrl(const QString &url);
    // The URL without its password (user:secret@ → user@, and no password= parameter).
    static QString withoutPassword(const QString &url);

private:
    void updateOk();

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLabel *m_passwordNote;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_preview;
};

} // namespace entente
