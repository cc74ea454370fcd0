#include "importdialog.h"

#include "datasetfilterpage.h"
#include "io/csvimporter.h"
#include "io/csvreader.h"
#include "io/formatregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace entente {

ImportDialog::ImportDialog(const QString &path, const QString &targetName, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_recognised(FormatRegistry::sniff(path))
    , m_format(new QComboBox(this))
    , m_strict(new QCheckBox(tr("Stop at the first bad row and import nothing"), this))
    , m_groupAsTag(new QCheckBox(tr("TimelineJS groups become tags, not actors"), this))
    , m_mapping(new QGroupBox(tr("Columns"), this))
    , m_problem(new QLabel(this))
    , m_dataset(new DatasetFilterPage(path, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import %1 into %2").arg(QFileInfo(path).fileName(), targetName));
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->addItem(
        m_recognised.isEmpty()
            ? tr("Recognise from the content")
            : tr("Recognise from the content (%1)").arg(FormatRegistry::find(m_recognised)->displayName()),
        QString());
    for (const FormatInfo &f : FormatRegistry::formats()) {
        if (f.canRead())
            m_format->addItem(f.displayName(), f.id);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));

    // A CSV file's header, for the mapping (read once; a file that cannot be read gets its
    // error from the import itself, in one sentence).
    QStringList firstRow;
    try {
        m_header = CsvReader::readHeader(path, &firstRow);
    } catch (const std::exception &) {
        m_header.clear();
    }
    // A row a column: its name, what it goes into, and its value in the file's first row.
    auto *columns = new QWidget;
    auto *grid = new QGridLayout(columns);
    grid->setColumnStretch(2, 1);
    const QStringList ours = CsvImporter::columns();
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        const QString &name = m_header.at(i);
        auto *box = new QComboBox(columns);
        box->addItem(tr("(leave out)"), QString());
        for (const QString &c : ours)
            box->addItem(c, c);
        box->setCurrentIndex(std::max(0, box->findData(CsvImporter::guessColumn(name))));
        box->setAccessibleName(tr("Column %1").arg(name));
        auto *label = new QLabel(name.isEmpty() ? tr("(no name)") : name, columns);
        label->setTextFormat(Qt::PlainText); // a file's text, never markup
        label->setBuddy(box);
        // Imported text stays text, on one line, cut to what fits.
        const QString value = firstRow.value(i).simplified();
        auto *example = new QLabel(columns);
        example->setTextFormat(Qt::PlainText);
        example->setForegroundRole(QPalette::PlaceholderText);
        example->setText(fontMetrics().elidedText(value, Qt::ElideRight, 260));
        example->setToolTip(value.left(500));
        grid->addWidget(label, static_cast<int>(i), 0);
        grid->addWidget(box, static_cast<int>(i), 1);
        grid->addWidget(example, static_cast<int>(i), 2);
        m_columns.append(box);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::update);
    }
    auto *scroll = new QScrollArea(m_mapping);
    scroll->setWidget(columns);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Up to a dozen columns show whole; more scroll.
    const int rowHeight = m_format->sizeHint().height() + grid->verticalSpacing();
    scroll->setMinimumHeight(std::min(columns->sizeHint().height(), 12 * rowHeight));
    scroll->setMinimumWidth(columns->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    auto *mappingLayout = new QVBoxLayout(m_mapping);
    auto *hint = new QLabel(tr("Which of Entente's fields each column of the file holds. Title and start are "
                               "needed; a column left out is not imported."),
                            m_mapping);
    hint->setWordWrap(true);
    mappingLayout->addWidget(hint);
    mappingLayout->addWidget(scroll);

    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    auto *formatLabel = new QLabel(tr("&Format"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    form->addRow(m_strict);
    form->addRow(m_groupAsTag);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_mapping, 1);
    layout->addWidget(m_dataset);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::update);
    update();
    // Room for a column's name, its box and some of its first value side by side.
    setMinimumWidth(std::max(minimumSizeHint().width(), fontMetrics().averageCharWidth() * 64));
    adjustSize();
}

bool ImportDialog::needsColumnChoice(const QString &path)
{
    const FormatInfo *format = FormatRegistry::find(FormatRegistry::sniff(path));
    if (!format || !format->has(FormatInfo::Option::ColumnMap))
        return false;
    try {
        const QStringList ours = CsvImporter::columns();
        const QStringList header = CsvReader::readHeader(path);
        return std::any_of(header.begin(), header.end(),
                           [&](const QString &name) { return !ours.contains(name.trimmed().toLower()); });
    } catch (const std::exception &) {
        return false; // the import says what is wrong with the file
    }
}

QString ImportDialog::effectiveFormat() const
{
    const QString chosen = m_format->currentData().toString();
    return chosen.isEmpty() ? m_recognised : chosen;
}

bool ImportDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void ImportDialog::update()
{
    const QString format = effectiveFormat();
    const FormatInfo *info = FormatRegistry::find(format);
    const bool mapColumns = info && info->has(FormatInfo::Option::ColumnMap) && !m_header.isEmpty();
    if (m_mapping->isVisibleTo(this) != mapColumns) {
        m_mapping->setVisible(mapColumns);
        adjustSize();
    }
    m_groupAsTag->setEnabled(info && info->has(FormatInfo::Option::GroupAsTag));
    const bool dataset = format == u"gdelt" || format == u"ucdp";
    if (dataset)
        m_dataset->setFormat(format);
    if (m_dataset->isVisibleTo(this) != dataset) {
        m_dataset->setVisible(dataset);
        adjustSize();
    }
    QString problem;
    if (format.isEmpty()) {
        problem = tr("Entente does not recognise this file's format; choose one.");
    } else if (mapColumns) {
        QStringList taken;
        for (const QComboBox *box : std::as_const(m_columns)) {
            const QString c = box->currentData().toString();
            if (c.isEmpty())
                continue;
            if (taken.contains(c)) {
                problem = tr("Two columns are read as %1; leave one out.").arg(c);
                break;
            }
            taken.append(c);
        }
        if (problem.isEmpty() && !taken.contains(QStringLiteral("title")))
            problem = tr("Choose the column that holds each event's title.");
        else if (problem.isEmpty() && !taken.contains(QStringLiteral("start")))
            problem = tr("Choose the column that holds each event's date (start).");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.format = m_format->currentData().toString();
    o.strict = m_strict->isChecked();
    o.groupAsTag = m_groupAsTag->isEnabled() && m_groupAsTag->isChecked();
    if (m_dataset->isVisibleTo(this)) {
        o.where = m_dataset->where();
        o.fold = m_dataset->fold();
    }
    const FormatInfo *info = FormatRegistry::find(effectiveFormat());
    if (info && info->has(FormatInfo::Option::ColumnMap)) {
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            o.columnMap.insert(m_header.at(i), m_columns.at(i)->currentData().toString());
    }
    return o;
}

} // namespace entente
