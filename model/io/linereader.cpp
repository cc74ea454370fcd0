#include "linereader.h"

#include "importer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>

namespace entente {

namespace {

constexpr std::size_t kBlock = std::size_t(4) << 20;
constexpr std::size_t kMaxLine = std::size_t(16) << 20;

} // namespace

LineReader::LineReader(QIODevice &device, QString path)
    : m_device(device)
    , m_path(std::move(path))
{ }

bool LineReader::fill()
{
    if (m_atEnd)
        return false;
    m_buffer.erase(0, m_pos);
    m_pos = 0;
    const std::size_t old = m_buffer.size();
    m_buffer.resize(old + kBlock);
    const qint64 n = m_device.read(m_buffer.data() + old, static_cast<qint64>(kBlock));
    if (n < 0) {
        m_buffer.resize(old);
        throw ImportError::at(m_path, QCoreApplication::translate("entente::LineReader", "line %1").arg(m_line + 1),
                              QString(),
                              QCoreApplication::translate("entente::LineReader", "the file cannot be read on (%1)")
                                  .arg(m_device.errorString()));
    }
    m_buffer.resize(old + static_cast<std::size_t>(n));
    m_bytesRead += n;
    if (n == 0)
        m_atEnd = true;
    return n > 0;
}

bool LineReader::next(std::string_view &line)
{
    for (;;) {
        const std::size_t nl = m_buffer.find('\n', m_pos);
        if (nl != std::string::npos || (m_atEnd && m_pos < m_buffer.size())) {
            const std::size_t end = nl == std::string::npos ? m_buffer.size() : nl;
            line = std::string_view(m_buffer).substr(m_pos, end - m_pos);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            m_pos = nl == std::string::npos ? m_buffer.size() : nl + 1;
            ++m_line;
            return true;
        }
        if (m_buffer.size() - m_pos > kMaxLine)
            throw ImportError::at(m_path, QCoreApplication::translate("entente::LineReader", "line %1").arg(m_line + 1),
                                  QString(),
                                  QCoreApplication::translate("entente::LineReader",
                                                              "the line is longer than 16 MB, more than any "
                                                              "event row needs; refused"));
        if (!fill() && m_pos >= m_buffer.size())
            return false;
    }
}

} // namespace entente
