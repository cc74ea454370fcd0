#pragma once

#include <QElapsedTimer>
#include <QString>

namespace entente::cli {

// The line a long command keeps rewriting on stderr ("importing... 45%"): nothing in the first
// second, then at most twice a second, and wiped before anything else is printed.
class ProgressLine
{
public:
    ProgressLine();

    // Shows `text` in place of the last, unless that was under half a second ago.
    void show(const QString &text);
    // Replaces the line with `text` and a newline: it stays on the screen.
    void keep(const QString &text);
    // Wipes the line, if one is shown.
    void clear();

private:
    QElapsedTimer m_sinceStart;
    qint64 m_lastShown = 0; // 0: no line shown
    qsizetype m_width = 0; // the longest line shown since the last clear
};

} // namespace entente::cli
