#include "timelineexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

#include <cmath>

namespace entente {

TimelineExportDialog::TimelineExportDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_presets(TimelineExport::presets())
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_window(new QRadioButton(tr("The window in view"), this))
    , m_whole(new QRadioButton(tr("The whole span"), this))
    , m_title(new QLineEdit(title, this))
    , m_credit(new QLineEdit(this))
    , m_legend(new QCheckBox(tr("Show the legend"), this))
    , m_path(new QLineEdit(this))
{
    setWindowTitle(tr("Export Timeline"));
    for (const auto &p : m_presets)
        m_preset->addItem(p.name);
    m_preset->addItem(tr("Custom"));
    for (QSpinBox *s : { m_width, m_height }) {
        s->setRange(100, 20000);
        s->setSuffix(tr(" px"));
    }
    m_scale->setRange(0.25, 8);
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_scale->setAccessibleName(tr("Scale"));
    m_scale->setSingleStep(0.25);
    m_scale->setDecimals(3);
    m_window->setChecked(true);
    m_legend->setChecked(true);
    m_credit->setText(tr("Source: Entente, %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    m_path->setText(QDir::home().filePath(QStringLiteral("timeline.png")));

    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(m_height);
    size->addWidget(m_scale);
    auto *span = new QHBoxLayout;
    span->addWidget(m_window);
    span->addWidget(m_whole);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path);
    auto *browse = new QPushButton(tr("Choose…"), this);
    file->addWidget(browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Size:"), m_preset);
    form->addRow(tr("Width, height, scale:"), size);
    form->addRow(tr("Show:"), span);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Credit line:"), m_credit);
    form->addRow(QString(), m_legend);
    form->addRow(tr("File (.png, .svg, .pdf):"), file);
    form->addRow(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &TimelineExportDialog::applyPreset);
    connect(browse, &QPushButton::clicked, this, &TimelineExportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!TimelineExport::formatOf(m_path->text()).isEmpty())
            accept();
        else
            m_path->setFocus();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applyPreset(0);
}

void TimelineExportDialog::applyPreset(int index)
{
    const bool custom = index < 0 || index >= m_presets.size();
    for (QWidget *w : std::initializer_list<QWidget *> { m_width, m_height, m_scale })
        w->setEnabled(custom);
    if (custom)
        return;
    const auto &p = m_presets[index];
    // The fields hold the layout size; the PNG measures layout × scale.
    m_width->setValue(static_cast<int>(std::lround(p.pixels.width() / p.scale)));
    m_height->setValue(static_cast<int>(std::lround(p.pixels.height() / p.scale)));
    m_scale->setValue(p.scale);
}

void TimelineExportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline"), m_path->text(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

TimelineExport::Spec TimelineExportDialog::spec() const
{
    TimelineExport::Spec s;
    s.path = m_path->text();
    s.size = QSize(m_width->value(), m_height->value());
    s.scale = m_scale->value();
    s.options.title = m_title->text();
    s.options.credit = m_credit->text();
    s.options.legend = m_legend->isChecked();
    return s;
}

bool TimelineExportDialog::wholeSpan() const
{
    return m_whole->isChecked();
}

} // namespace entente
