#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

#include <memory>

namespace entente {

class Exporter;
class FormatProbe;
class Importer;

// What Entente knows of one file format, in one place: what it is called, the names its files
// have, how to recognise one, and how to read and write it. FormatRegistry holds one per format;
// the import and export factories, the window's dialogs, the command line's --format help and
// dropped files all ask it.
struct FormatInfo
{
    // How well a file fits a format, from its first bytes; the best fit wins, and of equal fits
    // the format listed first.
    enum class Match {
        No,
        ByExtension, // only the file's name says so (the content tells nothing)
        ByShape, // the content has the format's shape (JSON, a CSV line), as others may
        ByContent, // the content says so (a header, a marker only this format writes)
    };
    // What else a format takes or needs, beyond a path.
    enum class Option {
        GroupAsTag = 0x1, // ImportOptions::groupAsTag: TimelineJS groups as tags
        ColumnMap = 0x2, // ImportOptions::columnMap: the file's columns mapped to ours
        GraphLayout = 0x4, // the writer gives the graph's node positions: lay them out first
    };
    Q_DECLARE_FLAGS(Options, Option)

    QString id; // what --format takes and the code passes around: "json", "acled", "gexf"
    // The name people see, untranslated: QT_TRANSLATE_NOOP("entente::FormatNames", "…").
    const char *name = nullptr;
    QStringList extensions; // without the dot, the usual one first: { "csv" }
    Match (*sniff)(const FormatProbe &probe) = nullptr; // null for a format only written
    std::unique_ptr<Importer> (*reader)() = nullptr; // null: Entente does not read it
    std::unique_ptr<Exporter> (*writer)() = nullptr; // null: Entente does not write it
    Options options;

    bool canRead() const { return reader != nullptr; }
    bool canWrite() const { return writer != nullptr; }
    bool has(Option option) const { return options.testFlag(option); }
    // The name, translated: "GEXF for Gephi".
    QString displayName() const;
    // "*.gexf", one per extension.
    QStringList patterns() const;
    // For a file dialog: "GEXF for Gephi (*.gexf)".
    QString fileFilter() const;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(FormatInfo::Options)

} // namespace entente
