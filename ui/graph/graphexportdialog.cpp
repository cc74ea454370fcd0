#include "graphexportdialog.h"

#include "timeline/timelineexport.h"

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
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace entente {

GraphExportDialog::GraphExportDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_title(new QLineEdit(title, this))
    , m_credit(new QLineEdit(this))
    , m_legend(new QCheckBox(tr("Show the legend"), this))
    , m_path(new QLineEdit(this))
{
    setWindowTitle(tr("Export Graph"));
    // The same sizes as the timeline's export, so a slide of each matches.
    for (const TimelineExport::Preset &p : TimelineExport::presets())
        m_presets.append({ p.name, p.pixels, p.scale });
    for (const Preset &p : std::as_const(m_presets))
        m_preset->addItem(p.name);
    m_preset->addItem(tr("Custom"));
    for (QSpinBox *s : { m_width, m_height }) {
        s->setRange(100, 20000);
        s->setSuffix(tr(" px"));
    }
    m_scale->setRange(0.25, 8);
    m_scale->setSingleStep(0.25);
    m_scale->setDecimals(3);
    m_legend->setChecked(true);
    m_credit->setText(tr("Source: Entente, %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    m_path->setText(QDir::home().filePath(QStringLiteral("graph.png")));

    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(m_height);
    size->addWidget(m_scale);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path);
    auto *browse = new QPushButton(tr("Choose…"), this);
    file->addWidget(browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Size:"), m_preset);
    form->addRow(tr("Width, height, scale:"), size);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Credit line:"), m_credit);
    form->addRow(QString(), m_legend);
    form->addRow(tr("File (.png, .svg, .pdf):"), file);
    form->addRow(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &GraphExportDialog::applyPreset);
    connect(browse, &QPushButton::clicked, this, &GraphExportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!TimelineExport::formatOf(m_path->text()).isEmpty())
            accept();
        else
            m_path->setFocus();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applyPreset(0);
}

void GraphExportDialog::applyPreset(int index)
{
    const bool custom = index < 0 || index >= m_presets.size();
    for (QWidget *w : std::initializer_list<QWidget *> { m_width, m_height, m_scale })
        w->setEnabled(custom);
    if (custom)
        return;
    const Preset &p = m_presets.at(index);
    m_width->setValue(static_cast<int>(std::lround(p.pixels.width() / p.scale)));
    m_height->setValue(static_cast<int>(std::lround(p.pixels.height() / p.scale)));
    m_scale->setValue(p.scale);
}

void GraphExportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"), m_path->text(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

GraphExportDialog::Spec GraphExportDialog::spec() const
{
    Spec s;
    s.path = m_path->text();
    s.size = QSize(m_width->value(), m_height->value());
    s.scale = m_scale->value();
    s.decorations.title = m_title->text();
    s.decorations.credit = m_credit->text();
    s.decorations.legend = m_legend->isChecked();
    return s;
}

} // namespace entente
