#include "jsonwriter.h"

#include "textrule.h"

#include <QLocale>

namespace entente {

JsonWriter::JsonWriter(QIODevice &device)
    : m_device(device)
{ }

QByteArray JsonWriter::quoted(const QString &text)
{
    // The text rule again (a file stored before it may hold controls): what Entente JSON and
    // TimelineJS hold is what the store would.
    const QByteArray utf8 = TextRule::cleaned(text).toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

void JsonWriter::write(const QByteArray &bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() > (1 << 20)) {
        if (m_device.write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
    }
}

void JsonWriter::prefix(const char *key)
{
    if (!m_first.empty()) {
        write(m_first.back() ? QByteArray("\n") : QByteArray(",\n"));
        m_first.back() = false;
        write(QByteArray(static_cast<qsizetype>(m_first.size() * 2), ' '));
    }
    if (key) {
        write(quoted(QString::fromUtf8(key)));
        write(": ");
    }
}

void JsonWriter::beginObject(const char *key)
{
    prefix(key);
    write("{");
    m_first.push_back(true);
}

void JsonWriter::endObject()
{
    const bool empty = m_first.back();
    m_first.pop_back();
    if (!empty)
        write('\n' + QByteArray(static_cast<qsizetype>(m_first.size() * 2), ' '));
    write("}");
}

void JsonWriter::beginArray(const char *key)
{
    prefix(key);
    write("[");
    m_first.push_back(true);
}

void JsonWriter::endArray()
{
    const bool empty = m_first.back();
    m_first.pop_back();
    if (!empty)
        write('\n' + QByteArray(static_cast<qsizetype>(m_first.size() * 2), ' '));
    write("]");
}

void JsonWriter::value(const char *key, const QString &text)
{
    prefix(key);
    write(quoted(text));
}

void JsonWriter::value(const char *key, qint64 number)
{
    prefix(key);
    write(QByteArray::number(number));
}

void JsonWriter::value(const char *key, double number)
{
    prefix(key);
    // The shortest form that reads back as the same double.
    write(QLocale::c().toString(number, 'g', QLocale::FloatingPointShortest).toLatin1());
}

void JsonWriter::value(const char *key, std::nullptr_t)
{
    prefix(key);
    write("null");
}

void JsonWriter::value(const char *key, const std::optional<QString> &text)
{
    if (text)
        value(key, *text);
    else
        value(key, nullptr);
}

void JsonWriter::value(const char *key, const std::optional<double> &number)
{
    if (number)
        value(key, *number);
    else
        value(key, nullptr);
}

void JsonWriter::element(const QString &text)
{
    value(nullptr, text);
}

void JsonWriter::element(qint64 number)
{
    value(nullptr, number);
}

bool JsonWriter::finish()
{
    write("\n");
    if (!m_buffer.isEmpty() && m_device.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    return !m_failed;
}

} // namespace entente
