#include "settingsdialog.h"

#include "appearance.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace entente {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_theme(new QComboBox(this))
    , m_fontScale(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_exportWidth(new QSpinBox(this))
    , m_exportHeight(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_theme->addItem(tr("As the system"), static_cast<int>(Appearance::Theme::System));
    m_theme->addItem(tr("Light"), static_cast<int>(Appearance::Theme::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Appearance::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(Appearance::theme())));
    m_fontScale->setRange(70, 250);
    m_fontScale->setSingleStep(10);
    m_fontScale->setSuffix(QStringLiteral(" %"));
    m_fontScale->setValue(Appearance::fontScalePercent());
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Українська"), QStringLiteral("uk"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("Türkçe"), QStringLiteral("tr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Appearance::language())));
    const QSize size = Appearance::defaultExportSize();
    for (QSpinBox *b : { m_exportWidth, m_exportHeight }) {
        b->setRange(100, 20000);
        b->setSuffix(tr(" px"));
    }
    m_exportWidth->setValue(size.width());
    m_exportHeight->setValue(size.height());
    m_exportWidth->setAccessibleName(tr("Export width"));
    m_exportHeight->setAccessibleName(tr("Export height"));

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_exportWidth);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_exportHeight);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Theme"), m_theme);
    form->addRow(tr("&Font size"), m_fontScale);
    form->addRow(tr("&Language"), m_language);
    form->addRow(new QLabel(tr("A new language applies when Entente next starts."), this));
    // A row of two fields: its label needs a buddy, or the & of the mnemonic shows.
    auto *sizeLabel = new QLabel(tr("Default &export size"), this);
    sizeLabel->setBuddy(m_exportWidth);
    form->addRow(sizeLabel, sizeRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    Appearance::setTheme(static_cast<Appearance::Theme>(m_theme->currentData().toInt()));
    Appearance::setFontScalePercent(m_fontScale->value());
    Appearance::setLanguage(m_language->currentData().toString());
    Appearance::setDefaultExportSize({ m_exportWidth->value(), m_exportHeight->value() });
    Appearance::apply();
    QDialog::accept();
}

} // namespace entente
