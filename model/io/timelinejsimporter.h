#pragma once

#include "importer.h"

#include "fuzzydate.h"

#include <optional>

namespace entente {

// TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html): the title slide
// names the file, each event slide becomes an event (HTML text as plain text, media credit and
// URL as a source, `group` as an actor lane or, with groupAsTag, a tag), eras become eras.
// Cosmological timelines (dates in billions of years) are refused.
class TimelineJsImporter final : public Importer
{
public:
    void read(const QString &path, ImportSink &sink, const ImportOptions &options, ImportProgress &progress) override;

    // One slide as both TimelineJS flavours (JSON and the spreadsheet) give it.
    struct Slide
    {
        FuzzyDate start;
        std::optional<FuzzyDate> end;
        QString headline; // HTML
        QString text; // HTML
        QString mediaUrl;
        QString mediaCredit; // HTML
        QString mediaCaption; // HTML
        QString group;
        QString displayDate;
        // "start_date" or "end_date" and the seconds it had, which a FuzzyDate does not keep.
        QString secondsField;
        QString secondsDropped;
    };
    static void addSlide(ImportSink &sink, const Slide &slide);
    static void addEra(ImportSink &sink, const Slide &slide);
    static void setTitle(ImportSink &sink, const Slide &slide);
};

} // namespace entente
