#pragma once

#include <QPalette>
#include <QSize>
#include <QString>

namespace entente {

// The user's settings, kept with QSettings, and applying them to the running application:
// light or dark palette, font scale, language, default export size.
class Appearance
{
public:
    enum class Theme { System, Light, Dark };

    static Theme theme();
    static void setTheme(Theme theme);
    static int fontScalePercent();
    static void setFontScalePercent(int percent);
    // "" for the system's language, else a code such as "uk".
    static QString language();
    static void setLanguage(const QString &code);
    static QSize defaultExportSize();
    static void setDefaultExportSize(QSize size);

    // The window palette of a theme (System: the one the application started with).
    static QPalette palette(Theme theme);
    // True when the palette in use is dark (a dark system palette counts).
    static bool isDark();
    // Applies theme and font scale to the application (call once at start and after changes).
    static void apply();
};

} // namespace entente
