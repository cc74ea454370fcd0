#pragma once

#include <QString>

#include <exception>
#include <stdexcept>
#include <utility>

namespace entente {

// What a bulk write (an import, an interrupted import taken back at open) throws, in a header of
// its own so the store and the readers above it share them without the store looking up into io/.

// Thrown when the user cancels; the transaction around the import rolls back.
class ImportCancelled : public std::exception
{
public:
    const char *what() const noexcept override { return "import cancelled"; }
};

// Thrown by an importer (or the store's bulk writer) for one bad record; the caller decides
// whether to skip it.
class RowError : public std::runtime_error
{
public:
    RowError(QString fieldName, const QString &why)
        : std::runtime_error(why.toStdString())
        , field(std::move(fieldName))
        , reason(why)
    { }
    QString field;
    QString reason;
};

} // namespace entente
