#pragma once

#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>

namespace entente {

// Between Qt's strings and the UTF-8 bytes SQLite, the readers' rows and the parsers hold.
inline std::string utf8(const QString &s)
{
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

inline QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace entente
