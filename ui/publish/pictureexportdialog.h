#pragma once

#include "publishedpicture.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace entente {

// Asks how to publish a view as a picture, the same for the timeline, the graph and the charts:
// a preset size (slide, social card, portrait post, A4 at 300 dpi) or a custom one with a scale,
// the headline, a description, notes, the source line (left empty: the sources of the events
// shown), a byline, the legend, and the file (.png, .svg or .pdf).
class PictureExportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PictureExportDialog)

public:
    PictureExportDialog(const QString &windowTitle, const QString &headline, const QString &fileName,
                        QWidget *parent = nullptr);
    ~PictureExportDialog() override;

    PictureSpec spec() const;

protected:
    // Where a view adds rows of its own (the timeline: the window or the whole span).
    QFormLayout *form() const { return m_form; }

private:
    void applyPreset(int index);
    void chooseFile();

    QList<PicturePreset> m_presets;
    QFormLayout *m_form;
    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QLineEdit *m_title;
    QLineEdit *m_subtitle;
    QPlainTextEdit *m_notes;
    QLineEdit *m_credit;
    QLineEdit *m_byline;
    QCheckBox *m_legend;
    QLineEdit *m_path;
};

} // namespace entente
