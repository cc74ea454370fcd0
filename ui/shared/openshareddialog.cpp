#include "openshareddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace entente {

namespace {

const QString kRecentKey = QStringLiteral("shared/recent");
constexpr int kRecentCount = 8;
constexpr int kDefaultPort = 5432;

} // namespace

OpenSharedDialog::OpenSharedDialog(QWidget *parent)
    : QDialog(parent)
    , m_recent(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_passwordNote(new QLabel(this))
    , m_passwordLabel(new QLabel(tr("Password:"), this))
    , m_password(new QLineEdit(this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("openSharedDialog"));
    setWindowTitle(tr("Open Shared Database"));
    auto *intro = new QLabel(tr("A timeline a whole desk edits at once, kept on the newsroom's PostgreSQL server. "
                                "Entente keeps no password: it reads yours from ~/.pgpass."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_recent->setObjectName(QStringLiteral("recentShared"));
    m_recent->addItem(tr("(choose a recent database)"));
    for (const QString &url : recentUrls())
        m_recent->addItem(url, url);
    m_recent->setEnabled(m_recent->count() > 1);
    m_host->setObjectName(QStringLiteral("sharedHost"));
    m_host->setPlaceholderText(QStringLiteral("db.newsroom.example"));
    m_port->setObjectName(QStringLiteral("sharedPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database->setObjectName(QStringLiteral("sharedDatabase"));
    m_database->setPlaceholderText(QStringLiteral("desk"));
    m_user->setObjectName(QStringLiteral("sharedUser"));
    m_user->setText(qEnvironmentVariable("USER"));
    m_sslMode->setObjectName(QStringLiteral("sharedSslMode"));
    // libpq's modes: prefer uses TLS when the server offers it.
    m_sslMode->addItem(tr("Use it when the server offers it (prefer)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Always (require)"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Always, and check the server's certificate (verify-full)"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Never (disable)"), QStringLiteral("disable"));
    m_password->setObjectName(QStringLiteral("sharedPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setTextFormat(Qt::PlainText);
    m_preview->setObjectName(QStringLiteral("sharedUrl"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));

    m_recent->setAccessibleName(tr("Recent shared databases"));
    m_host->setAccessibleName(tr("Server"));
    m_port->setAccessibleName(tr("Port"));
    m_database->setAccessibleName(tr("Database"));
    m_user->setAccessibleName(tr("User"));
    m_sslMode->setAccessibleName(tr("Encryption (TLS)"));
    m_password->setAccessibleName(tr("Password"));
    auto *form = new QFormLayout;
    form->addRow(tr("Recent:"), m_recent);
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Encryption (TLS):"), m_sslMode);
    form->addRow(m_passwordNote);
    form->addRow(m_passwordLabel, m_password);
    m_passwordNote->hide();
    m_passwordLabel->hide();
    m_password->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        const QString url = m_recent->itemData(index).toString();
        if (!url.isEmpty())
            setUrl(url);
    });
    for (QLineEdit *edit : { m_host, m_database, m_user })
        connect(edit, &QLineEdit::textChanged, this, &OpenSharedDialog::updateOk);
    connect(m_port, &QSpinBox::valueChanged, this, &OpenSharedDialog::updateOk);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &OpenSharedDialog::updateOk);
    if (m_recent->count() > 1)
        setUrl(m_recent->itemData(1).toString());
    updateOk();
    setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 36);
}

QString OpenSharedDialog::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed().isEmpty() ? QStringLiteral("localhost") : m_host->text().trimmed());
    if (m_port->value() != kDefaultPort)
        url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(u'/' + m_database->text().trimmed());
    const QString mode = m_sslMode->currentData().toString();
    if (mode != u"prefer") {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), mode);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

void OpenSharedDialog::setUrl(const QString &text)
{
    const QUrl url(withoutPassword(text));
    m_host->setText(url.host());
    m_port->setValue(url.port(kDefaultPort));
    m_user->setText(url.userName());
    m_database->setText(url.path().mid(1));
    const QString mode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    const int index = m_sslMode->findData(mode.isEmpty() ? QStringLiteral("prefer") : mode);
    m_sslMode->setCurrentIndex(std::max(0, index));
    updateOk();
}

void OpenSharedDialog::askPassword(const QString &reason)
{
    m_passwordNote->setText(reason + u' '
                            + tr("The password is used for this connection only and is not saved; "
                                 "to skip this question, put it in ~/.pgpass."));
    m_passwordNote->show();
    m_passwordLabel->show();
    m_password->show();
    m_password->setFocus();
}

QString OpenSharedDialog::password() const
{
    return m_password->text();
}

void OpenSharedDialog::updateOk()
{
    m_preview->setText(url());
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Open)->setEnabled(!m_database->text().trimmed().isEmpty());
}

QString OpenSharedDialog::withoutPassword(const QString &text)
{
    QUrl url(text);
    url.setPassword(QString());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QStringList OpenSharedDialog::recentUrls()
{
    return QSettings().value(kRecentKey).toStringList();
}

void OpenSharedDialog::rememberUrl(const QString &url)
{
    QStringList recent = recentUrls();
    const QString clean = withoutPassword(url);
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > kRecentCount)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
}

} // namespace entente
