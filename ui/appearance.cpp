#include "appearance.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace entente {

namespace {

QFont &systemFont()
{
    static QFont font = QApplication::font();
    return font;
}

QPalette &systemPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}

QPalette darkPalette()
{
    // Contrast checked against WCAG AA: text #e8e8e8 on #262626 is 13:1, links #7cb7ff 7.6:1.
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x2d);
    const QColor base(0x26, 0x26, 0x26);
    const QColor text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Dark, QColor(0x1c, 0x1c, 0x1c));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x88, 0x88, 0x88));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x88, 0x88, 0x88));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x88, 0x88, 0x88));
    return p;
}

QPalette lightPalette()
{
    // Fusion's own light palette, with the two pairs that miss WCAG AA there made darker: white
    // on the selection (#308cc6 is 3.7:1, #2f6fb5 5.2:1) and placeholder text (4.0:1 → 5.1:1).
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x6e));
    return p;
}

} // namespace

QPalette Appearance::palette(Theme theme)
{
    switch (theme) {
    case Theme::Dark:
        return darkPalette();
    case Theme::Light:
        return lightPalette();
    case Theme::System:
        break;
    }
    return systemPalette();
}

Appearance::Theme Appearance::theme()
{
    const QString t = QSettings().value(QStringLiteral("appearance/theme")).toString();
    return t == QLatin1String("dark") ? Theme::Dark : t == QLatin1String("light") ? Theme::Light : Theme::System;
}

void Appearance::setTheme(Theme theme)
{
    QSettings().setValue(QStringLiteral("appearance/theme"),
                         theme == Theme::Dark        ? QStringLiteral("dark")
                             : theme == Theme::Light ? QStringLiteral("light")
                                                     : QStringLiteral("system"));
}

int Appearance::fontScalePercent()
{
    return std::clamp(QSettings().value(QStringLiteral("appearance/fontScale"), 100).toInt(), 70, 250);
}

void Appearance::setFontScalePercent(int percent)
{
    QSettings().setValue(QStringLiteral("appearance/fontScale"), std::clamp(percent, 70, 250));
}

QString Appearance::language()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void Appearance::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
}

QSize Appearance::defaultExportSize()
{
    const QSize s = QSettings().value(QStringLiteral("export/defaultSize"), QSize(1920, 1080)).toSize();
    return s.isValid() && s.width() >= 100 && s.height() >= 100 ? s : QSize(1920, 1080);
}

void Appearance::setDefaultExportSize(QSize size)
{
    QSettings().setValue(QStringLiteral("export/defaultSize"), size);
}

bool Appearance::isDark()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

void Appearance::apply()
{
    systemFont();
    systemPalette();
    switch (theme()) {
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case Theme::System:
        QApplication::setPalette(systemPalette());
        break;
    }
    QFont f = systemFont();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * fontScalePercent() / 100.0);
    else
        f.setPixelSize(f.pixelSize() * fontScalePercent() / 100);
    QApplication::setFont(f);
}

} // namespace entente
