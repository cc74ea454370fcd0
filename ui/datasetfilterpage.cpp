#include "datasetfilterpage.h"

#include "io/datasetfilter.h"
#include "io/importer.h"
#include "store/store.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

namespace entente {

DatasetFilterPage::DatasetFilterPage(QString path, QWidget *parent)
    : QGroupBox(tr("Keep only"), parent)
    , m_path(std::move(path))
    , m_roots(new QLineEdit(this))
    , m_countries(new QLineEdit(this))
    , m_minimum(new QSpinBox(this))
    , m_minimumLabel(new QLabel(this))
    , m_useDates(new QCheckBox(tr("&Between"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_fold(new QCheckBox(tr("&Fold reports of one happening (same day, actors and event code) into one event"), this))
    , m_count(new QPushButton(tr("&Count"), this))
    , m_preview(new QLabel(this))
{
    m_roots->setPlaceholderText(tr("all; e.g. 03,04,05,08"));
    m_roots->setAccessibleName(tr("CAMEO root codes"));
    m_countries->setPlaceholderText(tr("all; e.g. RUS,UKR,TUR"));
    m_countries->setAccessibleName(tr("Actor countries"));
    m_minimum->setRange(0, 1000000);
    m_minimum->setAccessibleName(tr("Minimum"));
    m_minimumLabel->setBuddy(m_minimum);
    for (QDateEdit *d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_from->setDate(QDate::currentDate().addDays(-1));
    m_to->setDate(QDate::currentDate());
    auto *quads = new QHBoxLayout;
    const char *const names[] = { QT_TR_NOOP("verbal cooperation"), QT_TR_NOOP("material cooperation"),
                                  QT_TR_NOOP("verbal conflict"), QT_TR_NOOP("material conflict") };
    for (int i = 0; i < 4; ++i) {
        m_quads[i] = new QCheckBox(tr(names[i]), this);
        quads->addWidget(m_quads[i]);
    }
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_useDates);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("and"), this));
    dates->addWidget(m_to);
    dates->addStretch();
    auto *preview = new QHBoxLayout;
    preview->addWidget(m_count);
    preview->addWidget(m_preview, 1);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    auto *form = new QFormLayout(this);
    auto *rootsLabel = new QLabel(tr("CAMEO &root codes"), this);
    rootsLabel->setBuddy(m_roots);
    form->addRow(rootsLabel, m_roots);
    form->addRow(tr("QuadClass"), quads);
    auto *countriesLabel = new QLabel(tr("Actor c&ountries"), this);
    countriesLabel->setBuddy(m_countries);
    form->addRow(countriesLabel, m_countries);
    form->addRow(m_minimumLabel, m_minimum);
    form->addRow(dates);
    form->addRow(m_fold);
    form->addRow(preview);
    connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_count, &QPushButton::clicked, this, &DatasetFilterPage::count);
    setFormat(QStringLiteral("gdelt"));
}

DatasetFilterPage::~DatasetFilterPage()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_worker.joinable())
        m_worker.join();
}

void DatasetFilterPage::setFormat(const QString &format)
{
    m_format = format;
    const bool gdelt = format == u"gdelt";
    m_roots->setEnabled(gdelt);
    for (QCheckBox *q : m_quads)
        q->setEnabled(gdelt);
    m_fold->setEnabled(gdelt);
    m_minimumLabel->setText(gdelt ? tr("At least this many &mentions") : tr("At least this many &deaths"));
    m_countries->setPlaceholderText(gdelt ? tr("all; e.g. RUS,UKR,TUR") : tr("all; e.g. Ukraine,Syria"));
    m_preview->clear();
}

QString DatasetFilterPage::where() const
{
    QStringList parts;
    const bool gdelt = m_format == u"gdelt";
    const QString roots = m_roots->text().simplified().remove(u' ');
    if (gdelt && !roots.isEmpty())
        parts.append(QStringLiteral("root=") + roots);
    QStringList quads;
    for (int i = 0; i < 4; ++i) {
        if (gdelt && m_quads[i]->isChecked())
            quads.append(QString::number(i + 1));
    }
    if (!quads.isEmpty())
        parts.append(QStringLiteral("quad=") + quads.join(u','));
    // Country names may hold spaces ("South Sudan"): semicolons separate conditions, so
    // spaces inside a name are kept by quoting nothing and joining the list with commas.
    const QString countries = m_countries->text().simplified().remove(u' ');
    if (!countries.isEmpty())
        parts.append(QStringLiteral("country=") + countries);
    if (m_minimum->value() > 0)
        parts.append((gdelt ? QStringLiteral("mentions>=") : QStringLiteral("deaths>="))
                     + QString::number(m_minimum->value()));
    if (m_useDates->isChecked()) {
        parts.append(QStringLiteral("from=") + m_from->date().toString(Qt::ISODate));
        parts.append(QStringLiteral("to=") + m_to->date().toString(Qt::ISODate));
    }
    return parts.join(QStringLiteral("; "));
}

bool DatasetFilterPage::fold() const
{
    return m_format == u"gdelt" && m_fold->isChecked();
}

void DatasetFilterPage::count()
{
    if (m_worker.joinable())
        return;
    ImportOptions options;
    options.format = m_format;
    options.where = where();
    options.fold = fold();
    options.dryRun = true;
    try {
        DatasetFilter::parse(options.where);
    } catch (const ImportError &e) {
        counted(0, 0, e.message());
        return;
    }
    m_count->setEnabled(false);
    m_preview->setText(tr("Counting…"));
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<DatasetFilterPage> self(this);
    // Read on a worker into a store in memory, rolled back: the window's file is not touched.
    m_worker = std::thread([self, options, path = m_path, cancel = m_cancel] {
        ImportProgress progress;
        progress.cancel = cancel.get();
        auto store = Store::createInMemory();
        const ImportResult r = importFile(path, *store, options, progress);
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, r] {
                if (self)
                    self->counted(r.summary.eventsAdded, r.summary.filteredOut, r.ok ? QString() : r.error);
            },
            Qt::QueuedConnection);
    });
}

void DatasetFilterPage::counted(qint64 kept, qint64 left, const QString &error)
{
    if (m_worker.joinable())
        m_worker.join();
    m_count->setEnabled(true);
    if (!error.isEmpty())
        m_preview->setText(error);
    else
        m_preview->setText(tr("%n event(s) would be imported; %1.", nullptr, static_cast<int>(kept))
                               .arg(tr("%n row(s) left out", nullptr, static_cast<int>(left))));
}

} // namespace entente
