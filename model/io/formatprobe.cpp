#include "formatprobe.h"

#include "datafile.h"

#include <QFile>
#include <QFileInfo>

namespace entente {

FormatProbe::FormatProbe(const QString &path)
    : m_path(path)
    , m_suffix(QFileInfo(path).suffix().toLower())
{
    QFile f(path);
    m_readable = f.open(QIODevice::ReadOnly);
    if (m_readable)
        m_head = f.read(kHeadBytes);
    look();
}

FormatProbe::FormatProbe(QByteArray head, const QString &suffix)
    : m_head(std::move(head))
    , m_suffix(suffix.toLower())
    , m_readable(true)
{
    look();
}

void FormatProbe::look()
{
    if (m_head.startsWith("\xEF\xBB\xBF"))
        m_head.remove(0, 3);
    m_trimmed = m_head.trimmed();
    m_firstLine = m_head.left(m_head.indexOf('\n')).toLower();
}

bool FormatProbe::looksLikeJson() const
{
    return m_trimmed.startsWith('{') || m_trimmed.startsWith('[');
}

bool FormatProbe::looksLikeXml() const
{
    return m_trimmed.startsWith('<');
}

const QString &FormatProbe::dataset() const
{
    if (!m_dataset)
        m_dataset = m_path.isEmpty() ? QString() : DataFile::sniff(m_path);
    return *m_dataset;
}

} // namespace entente
