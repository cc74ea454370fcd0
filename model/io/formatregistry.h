#pragma once

#include "formatinfo.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace entente {

class FormatProbe;

// Every file format Entente reads or writes, one FormatInfo each (formatregistry.cpp lists them):
// the importer and exporter factories (makeImporter, makeExporter), the window's import and export
// dialogs, the command line's --format and dropped files all read this list, so a new format is
// one entry there.
class FormatRegistry
{
public:
    // In the order lists show them.
    static const QList<FormatInfo> &formats();
    // The format with this id; null when there is none.
    static const FormatInfo *find(const QString &id);
    // The ids of the formats Entente reads (writes), in the order of formats().
    static QStringList readable();
    static QStringList writable();
    // The format a file is in, from its first bytes (and, when they tell nothing, its name): the
    // id of the best fit of the readable formats; empty when none fits.
    static QString sniff(const QString &path);
    static QString sniff(const FormatProbe &probe);
    // "*.json", "*.csv", … of the readable formats, each once: what an Open dialog shows first.
    static QStringList readablePatterns();
    // For help texts: "json = Entente JSON, csv = CSV, …" of the given ids.
    static QString describe(const QStringList &ids);
};

} // namespace entente
