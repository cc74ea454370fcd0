#pragma once

#include <QString>

namespace entente {

// What the window calls the import and export formats (io/importer.h, io/exporter.h name them
// "json", "acled", "gexf"…): a translated name for lists, and a file-dialog filter.
class FormatNames
{
public:
    static QString name(const QString &format);
    static QString fileFilter(const QString &format); // "GEXF for Gephi (*.gexf)"
};

} // namespace entente
