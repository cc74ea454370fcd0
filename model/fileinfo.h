#pragma once

#include <QJsonObject>
#include <QString>

namespace entente {

class Store;

// What `entente info` reports about a file: counts, date span, schema version, names.
class FileInfo
{
public:
    static QJsonObject toJson(const Store &store);
    // The same, as lines for a terminal.
    static QString toText(const Store &store);
};

} // namespace entente
