#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace entente {

// Settings ▸ Preferences: theme, font scale, language and the default export size.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_theme;
    QSpinBox *m_fontScale;
    QComboBox *m_language;
    QSpinBox *m_exportWidth;
    QSpinBox *m_exportHeight;
};

} // namespace entente
