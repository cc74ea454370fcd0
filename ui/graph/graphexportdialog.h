#pragma once

#include "graphrenderer.h"

#include <QDialog>
#include <QList>
#include <QSize>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace entente {

// Asks how to export the graph as it is shown (mode, measure, focus, time slider): a preset
// size or a custom one with a scale factor, a title, the legend, a credit line and the file
// (.png, .svg or .pdf), as the timeline's export dialog does.
class GraphExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphExportDialog)

public:
    struct Spec
    {
        QString path;
        QSize size { 1920, 1080 }; // layout size; a PNG measures size × scale pixels
        double scale = 1;
        GraphRenderer::Decorations decorations;
    };

    explicit GraphExportDialog(const QString &title, QWidget *parent = nullptr);

    Spec spec() const;

private:
    void applyPreset(int index);
    void chooseFile();

    struct Preset
    {
        QString name;
        QSize pixels;
        double scale = 1;
    };
    QList<Preset> m_presets;
    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QLineEdit *m_title;
    QLineEdit *m_credit;
    QCheckBox *m_legend;
    QLineEdit *m_path;
};

} // namespace entente
