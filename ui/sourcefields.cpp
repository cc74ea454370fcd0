#include "sourcefields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QUrl>

namespace entente {

SourceFields::SourceFields(const Source &source, QWidget *parent)
    : m_publisher(new QLineEdit(source.publisher, parent))
    , m_title(new QLineEdit(source.title, parent))
    , m_author(new QLineEdit(source.author, parent))
    , m_published(new QLineEdit(source.published ? source.published->toIsoString() : QString(), parent))
    , m_url(new QLineEdit(source.url, parent))
    , m_reliability(reliabilityBox(source.reliability, parent))
{
    m_publisher->setObjectName(QStringLiteral("sourcePublisher"));
    m_title->setObjectName(QStringLiteral("sourceTitle"));
    m_author->setObjectName(QStringLiteral("sourceAuthor"));
    m_published->setObjectName(QStringLiteral("sourcePublished"));
    m_url->setObjectName(QStringLiteral("sourceUrl"));
    m_reliability->setObjectName(QStringLiteral("sourceReliability"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_published->setPlaceholderText(tr("2022-03-29, 2022-03 or 2022"));
}

void SourceFields::addRows(QFormLayout *form) const
{
    form->addRow(tr("&Outlet"), m_publisher);
    form->addRow(tr("&Headline"), m_title);
    form->addRow(tr("&Author"), m_author);
    form->addRow(tr("Pu&blished"), m_published);
    form->addRow(tr("&Link"), m_url);
    form->addRow(tr("&Reliability"), m_reliability);
}

QString SourceFields::check(Source &out) const
{
    if (m_publisher->text().trimmed().isEmpty() && m_title->text().trimmed().isEmpty())
        return tr("A source needs an outlet or a headline.");
    const QString link = m_url->text().trimmed();
    const QUrl u(link);
    if (!link.isEmpty()
        && (!u.isValid() || u.host().isEmpty()
            || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))))
        return tr("The link must start with http:// or https://.");
    std::optional<FuzzyDate> date;
    if (!m_published->text().trimmed().isEmpty()) {
        date = FuzzyDate::parse(m_published->text());
        if (!date)
            return tr("\"%1\" is not a date.").arg(m_published->text());
    }
    out.publisher = m_publisher->text().trimmed();
    out.title = m_title->text().trimmed();
    out.author = m_author->text().trimmed();
    out.url = link;
    out.published = date;
    out.reliability = reliabilityOf(m_reliability);
    return {};
}

void SourceFields::clear()
{
    for (QLineEdit *e : { m_publisher, m_title, m_author, m_published, m_url })
        e->clear();
    m_reliability->setCurrentIndex(0);
}

QComboBox *SourceFields::reliabilityBox(std::optional<Reliability> value, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(tr("– not graded"), QString());
    for (Reliability r : kAllReliabilities)
        box->addItem(tr("%1 — %2").arg(reliabilityKey(r), reliabilityLabel(r)), reliabilityKey(r));
    box->setCurrentIndex(value ? box->findData(reliabilityKey(*value)) : 0);
    return box;
}

QComboBox *SourceFields::credibilityBox(std::optional<Credibility> value, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(tr("– not graded"), QString());
    for (Credibility c : kAllCredibilities)
        box->addItem(tr("%1 — %2").arg(credibilityNumber(c)).arg(credibilityLabel(c)),
                     QString::number(credibilityNumber(c)));
    box->setCurrentIndex(value ? box->findData(QString::number(credibilityNumber(*value))) : 0);
    return box;
}

std::optional<Reliability> SourceFields::reliabilityOf(const QComboBox *box)
{
    return reliabilityFromKey(box->currentData().toString());
}

std::optional<Credibility> SourceFields::credibilityOf(const QComboBox *box)
{
    bool ok = false;
    const int n = box->currentData().toString().toInt(&ok);
    return ok ? credibilityFromNumber(n) : std::nullopt;
}

} // namespace entente
