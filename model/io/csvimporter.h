#pragma once

#include "importer.h"

#include <QString>
#include <QStringList>

namespace entente {

// Entente's own CSV (docs/csv-format.md): one event a row under the header
//   title,start,end,kind,status,summary,place,latitude,longitude,actors,sources,tags,source_grades,source_figures
// with dates in ISO 8601 of reduced precision, actors separated by ";" each with an optional
// role in parentheses, sources as "publisher | title | url" separated by ";" (CsvList, with its
// escapes). Files with other headers import through ImportOptions::columnMap.
class CsvImporter final : public Importer
{
public:
    static QStringList columns();
    // Columns named so hold an event attribute each: "attribute:quadclass" (lower case).
    static inline const QString kAttributePrefix = QStringLiteral("attribute:");
    // Which of our columns a file's column most likely holds ("Headline" → title, "Date" →
    // start, "Lat" → latitude), or empty when nothing fits: the first guess of a column mapping.
    static QString guessColumn(const QString &fileColumn);
    // The note of a time imported without its seconds (ImportSummary::noteChange).
    static QString secondsDropped(const QString &seconds);
    void read(const QString &path, ImportSink &sink, const ImportOptions &options, ImportProgress &progress) override;
};

} // namespace entente
