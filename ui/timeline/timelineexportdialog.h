#pragma once

#include "timelineexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace entente {

// Asks how to export the timeline: a preset size (slide, social card, A4 at 300 dpi) or a
// custom one with a scale factor, the window in view or the whole span, an optional title,
// legend and credit line, and the file (.png, .svg or .pdf).
class TimelineExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineExportDialog)

public:
    explicit TimelineExportDialog(const QString &title, QWidget *parent = nullptr);

    TimelineExport::Spec spec() const;
    bool wholeSpan() const;

private:
    void applyPreset(int index);
    void chooseFile();

    QList<TimelineExport::Preset> m_presets;
    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QRadioButton *m_window;
    QRadioButton *m_whole;
    QLineEdit *m_title;
    QLineEdit *m_credit;
    QCheckBox *m_legend;
    QLineEdit *m_path;
};

} // namespace entente
