#include "timelinejscsvimporter.h"

#include "csvimporter.h"
#include "csvreader.h"
#include "importsink.h"
#include "timelinejsimporter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::TimelineJsCsvImporter", text);
}

enum Column {
    Year,
    Month,
    Day,
    Time,
    EndYear,
    EndMonth,
    EndDay,
    EndTime,
    DisplayDate,
    Headline,
    Text,
    Media,
    MediaCredit,
    MediaCaption,
    Type,
    Group,
    Count
};

constexpr std::array<const char *, Count> kNames
    = { "Year",         "Month",    "Day",  "Time",  "End Year",     "End Month",     "End Day", "End Time",
        "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Type",    "Group" };

// "14:30", "2:30 PM", "14:30:15". The seconds are checked and dropped; `seconds` receives them
// unless they were ":00".
bool parseTime(const QString &text, int &hour, int &minute, QString &seconds)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch() || m.captured(3).toInt() > 59)
        return false;
    seconds = m.hasCaptured(3) && m.captured(3).toInt() != 0 ? u':' + m.captured(3) : QString();
    hour = m.captured(1).toInt();
    minute = m.captured(2).toInt();
    const QString ampm = m.captured(4).toLower();
    if (ampm == u"pm" && hour < 12)
        hour += 12;
    if (ampm == u"am" && hour == 12)
        hour = 0;
    return hour < 24 && minute < 60;
}

std::optional<FuzzyDate> dateOf(const QString &year, const QString &month, const QString &day, const QString &time,
                                bool isEnd, QString &seconds)
{
    seconds.clear();
    const char *field = isEnd ? kNames[EndYear] : kNames[Year];
    if (year.isEmpty()) {
        if (!month.isEmpty() || !day.isEmpty())
            throw RowError(QLatin1String(field), tr("a month or day is given without a year"));
        return std::nullopt;
    }
    bool ok = false;
    const int y = year.toInt(&ok);
    if (!ok)
        throw RowError(QLatin1String(field), tr("\"%1\" is not a year").arg(year));
    const int m = month.isEmpty() ? 0 : month.toInt(&ok);
    if (!ok)
        throw RowError(QLatin1String(isEnd ? kNames[EndMonth] : kNames[Month]), tr("\"%1\" is not a month").arg(month));
    const int d = day.isEmpty() ? 0 : day.toInt(&ok);
    if (!ok)
        throw RowError(QLatin1String(isEnd ? kNames[EndDay] : kNames[Day]), tr("\"%1\" is not a day").arg(day));
    int hour = 0;
    int minute = 0;
    const bool hasTime = !time.isEmpty();
    if (hasTime && !parseTime(time, hour, minute, seconds))
        throw RowError(QLatin1String(isEnd ? kNames[EndTime] : kNames[Time]), tr("\"%1\" is not a time").arg(time));
    const FuzzyDate date = FuzzyDate::fromParts(y, m, d, hasTime ? std::optional<int>(hour) : std::nullopt,
                                                hasTime ? std::optional<int>(minute) : std::nullopt);
    if (!date.isValid())
        throw RowError(QLatin1String(field), tr("%1-%2-%3 is not a date").arg(year, month, day));
    return date;
}

} // namespace

void TimelineJsCsvImporter::read(const QString &path, ImportSink &sink, const ImportOptions &, ImportProgress &progress)
{
    CsvReader reader(path);
    std::array<int, Count> index {};
    bool mapped = false;
    qint64 rows = 0;
    auto mapHeader = [&] {
        for (std::size_t c = 0; c < Count; ++c)
            index[c] = reader.column(QLatin1String(kNames[c]));
        for (Column required : { Year, Headline }) {
            if (index[required] < 0)
                throw ImportError::at(path, tr("line 1"), QLatin1String(kNames[required]),
                                      tr("the header lacks this column of the TimelineJS template"));
        }
        mapped = true;
    };
    reader.read(
        [&](const CsvReader::Fields &fields, qint64 line) {
            if (!mapped)
                mapHeader();
            if ((++rows & 255) == 0)
                sink.tick(progress, rows, -1);
            auto get = [&](Column c) -> QString {
                const int i = index[c];
                if (i < 0 || static_cast<std::size_t>(i) >= fields.size())
                    return QString();
                const std::string_view v = fields[static_cast<std::size_t>(i)];
                return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())).trimmed();
            };
            try {
                const QString type = get(Type).toLower();
                TimelineJsImporter::Slide slide;
                slide.headline = get(Headline);
                slide.text = get(Text);
                slide.mediaUrl = get(Media);
                slide.mediaCredit = get(MediaCredit);
                slide.mediaCaption = get(MediaCaption);
                slide.group = get(Group);
                slide.displayDate = get(DisplayDate);
                if (type == u"title") {
                    TimelineJsImporter::setTitle(sink, slide);
                    return;
                }
                QString seconds;
                const auto start = dateOf(get(Year), get(Month), get(Day), get(Time), false, seconds);
                if (!seconds.isEmpty())
                    sink.summary().noteChange(tr("line %1").arg(line), QLatin1String(kNames[Time]),
                                              CsvImporter::secondsDropped(seconds));
                // The blank template has rows with nothing in them but commas.
                if (!start && slide.headline.isEmpty() && slide.text.isEmpty() && slide.mediaUrl.isEmpty())
                    return;
                if (!start)
                    throw RowError(QLatin1String(kNames[Year]), tr("a slide needs a start year"));
                slide.start = *start;
                slide.end = dateOf(get(EndYear), get(EndMonth), get(EndDay), get(EndTime), true, seconds);
                if (!seconds.isEmpty())
                    sink.summary().noteChange(tr("line %1").arg(line), QLatin1String(kNames[EndTime]),
                                              CsvImporter::secondsDropped(seconds));
                if (type == u"era")
                    TimelineJsImporter::addEra(sink, slide);
                else
                    TimelineJsImporter::addSlide(sink, slide);
            } catch (const RowError &e) {
                sink.problem(tr("line %1").arg(line), e);
            }
        },
        [&](qint64 done, qint64 total) { sink.tick(progress, done, total); });
    if (!mapped)
        mapHeader();
}

} // namespace entente
