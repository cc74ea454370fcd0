#include "pictureexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace entente {

namespace {

const char kBylineKey[] = "export/byline";

} // namespace

PictureExportDialog::PictureExportDialog(const QString &windowTitle, const QString &headline, const QString &fileName,
                                         QWidget *parent)
    : QDialog(parent)
    , m_presets(PicturePreset::all())
    , m_form(new QFormLayout(this))
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_title(new QLineEdit(headline, this))
    , m_subtitle(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_credit(new QLineEdit(this))
    , m_byline(new QLineEdit(this))
    , m_legend(new QCheckBox(tr("Show the legend"), this))
    , m_path(new QLineEdit(this))
{
    setWindowTitle(windowTitle);
    for (const auto &p : m_presets)
        m_preset->addItem(p.name);
    m_preset->addItem(tr("Custom"));
    for (QSpinBox *s : { m_width, m_height }) {
        s->setRange(100, 20000);
        s->setSuffix(tr(" px"));
    }
    m_scale->setRange(0.25, 8);
    m_scale->setSingleStep(0.25);
    m_scale->setDecimals(3);
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_scale->setAccessibleName(tr("Scale"));
    m_subtitle->setPlaceholderText(tr("One line on what the picture shows (optional)"));
    m_notes->setPlaceholderText(tr("What the reader should know: method, caveats (optional)"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_credit->setPlaceholderText(tr("Left empty: the sources of the events shown"));
    m_byline->setPlaceholderText(tr("Graphic: your name (optional)"));
    m_byline->setText(QSettings().value(QLatin1String(kBylineKey)).toString());
    m_legend->setChecked(true);
    m_path->setText(QDir::home().filePath(fileName));
    m_title->setObjectName(QStringLiteral("headline"));
    m_subtitle->setObjectName(QStringLiteral("description"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_credit->setObjectName(QStringLiteral("sourceLine"));
    m_byline->setObjectName(QStringLiteral("byline"));
    m_preset->setObjectName(QStringLiteral("preset"));
    m_path->setObjectName(QStringLiteral("path"));

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

    m_form->addRow(tr("Size:"), m_preset);
    m_form->addRow(tr("Width, height, scale:"), size);
    m_form->addRow(tr("Headline:"), m_title);
    m_form->addRow(tr("Description:"), m_subtitle);
    m_form->addRow(tr("Notes:"), m_notes);
    m_form->addRow(tr("Source line:"), m_credit);
    m_form->addRow(tr("Byline:"), m_byline);
    m_form->addRow(QString(), m_legend);
    m_form->addRow(tr("File (.png, .svg, .pdf):"), file);
    m_form->addRow(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &PictureExportDialog::applyPreset);
    connect(browse, &QPushButton::clicked, this, &PictureExportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (PictureWriter::formatOf(m_path->text()).isEmpty()) {
            m_path->setFocus();
            return;
        }
        QSettings().setValue(QLatin1String(kBylineKey), m_byline->text());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applyPreset(0);
}

PictureExportDialog::~PictureExportDialog() = default;

void PictureExportDialog::applyPreset(int index)
{
    const bool custom = index < 0 || index >= m_presets.size();
    for (QWidget *w : std::initializer_list<QWidget *> { m_width, m_height, m_scale })
        w->setEnabled(custom);
    if (custom)
        return;
    const auto &p = m_presets[index];
    // The fields hold the layout size; the PNG measures layout × scale.
    m_width->setValue(p.layout.width());
    m_height->setValue(p.layout.height());
    m_scale->setValue(p.scale);
}

void PictureExportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

PictureSpec PictureExportDialog::spec() const
{
    PictureSpec s;
    s.path = m_path->text();
    s.size = QSize(m_width->value(), m_height->value());
    s.scale = m_scale->value();
    s.publication.title = m_title->text();
    s.publication.subtitle = m_subtitle->text();
    s.publication.notes = m_notes->toPlainText();
    s.publication.credit = m_credit->text();
    s.publication.byline = m_byline->text();
    s.publication.legend = m_legend->isChecked();
    return s;
}

} // namespace entente
