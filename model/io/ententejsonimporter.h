#pragma once

#include "importer.h"
#include "jsonstream.h"
#include "store/eventrow.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace entente {

// Entente JSON, our interchange format (docs/entente-json.md). Into an empty file it keeps every
// id, so export -> import -> export gives the same bytes; into a file with events it renumbers
// and matches actors by name and alias.
//
// The file is streamed: its big lists go by element in windows of about a megabyte, so memory
// does not grow with the file. The lists are read in the order the exporter writes them; one that
// comes before what it refers to (events before actors) is passed over and read again from the
// file once the rest is in. One method reads the header's keys, one each element of a section.
class EntenteJsonImporter final : public Importer
{
public:
    void read(const QString &path, ImportSink &sink, const ImportOptions &options, ImportProgress &progress) override;

private:
    using Element = simdjson::dom::element;
    // One of the file's lists: how to read an element of it, and what it refers to.
    struct Section
    {
        const char *name;
        void (EntenteJsonImporter::*each)(Element);
        std::array<const char *, 2> needs; // sections whose ids its elements refer to (null: none)
        bool seen = false;
        bool done = false;
        JsonStream::Range deferred; // where it lies, when it came before what it needs
    };

    // The root object's keys, as the stream meets them.
    void readKey(std::string_view key);
    void readFormat();
    void readVersion();
    void readMeta();
    // Refuses a file that is not Entente JSON of a version this Entente reads, once; then sets
    // the file's meta from the header's.
    void checkHeader();
    Section *section(std::string_view name);
    bool ready(const Section &section) const;
    void readSection(Section &section);

    // One element of each section.
    void readActor(Element o);
    void readSource(Element o);
    void readEvent(Element o);
    void readLink(Element o);
    void readEra(Element o);
    void readStory(Element o);
    void readSavedView(Element o);
    void readNodePosition(Element o);
    // Parts of an event: its claim status, its actors and its sources.
    void readStatus(Element o);
    void readEventActors(Element o);
    void readEventSources(Element o);
    void readEventAttributes(Element o);
    Account readAccount(Element o) const;

    // Where the element being read is ("events[3]"), for a note about it.
    QString here() const;

    QString m_path;
    ImportSink *m_sink = nullptr;
    ImportProgress *m_progress = nullptr;
    std::unique_ptr<JsonStream> m_stream;
    bool m_fresh = false; // the target was empty: the file's ids are kept

    // The header.
    QString m_format;
    std::optional<qint64> m_version;
    std::optional<RowError> m_versionError;
    bool m_haveFormat = false;
    bool m_haveVersion = false;
    bool m_haveMeta = false;
    bool m_headerChecked = false;
    QList<std::pair<QString, QString>> m_meta;

    std::array<Section, 8> m_sections {};
    const char *m_sectionName = "";
    qsizetype m_elementIndex = 0;

    // The file's ids -> the store's.
    QHash<qint64, ActorId> m_actors;
    QHash<qint64, SourceId> m_sources;
    QHash<qint64, EventId> m_events;

    // Events go straight from simdjson's UTF-8 into the sink's row, reused from one to the next:
    // a million-event file would otherwise make each text a QString and back.
    ImportRow m_row;
    std::string m_statusText;
    std::optional<std::string> m_checkedStatus; // the last status text, found good
    std::string m_statusKey; // how we write it
};

} // namespace entente
