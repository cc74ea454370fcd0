#include "progressline.h"

#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace entente::cli {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

ProgressLine::ProgressLine()
{
    m_sinceStart.start();
}

void ProgressLine::show(const QString &text)
{
    const qint64 now = m_sinceStart.elapsed();
    if (now < 1000 || now - m_lastShown < 500)
        return;
    m_lastShown = std::max<qint64>(1, now);
    // Padded over the rest of a longer line before it.
    err() << '\r' << text.leftJustified(m_width) << Qt::flush;
    m_width = std::max(m_width, text.size());
}

void ProgressLine::keep(const QString &text)
{
    clear();
    err() << text << '\n' << Qt::flush;
    m_lastShown = std::max<qint64>(1, m_sinceStart.elapsed());
}

void ProgressLine::clear()
{
    if (m_lastShown == 0)
        return;
    err() << '\r' << QString(m_width, u' ') << '\r' << Qt::flush;
    m_lastShown = 0;
    m_width = 0;
}

} // namespace entente::cli
