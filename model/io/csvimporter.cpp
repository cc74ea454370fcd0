#include "csvimporter.h"

#include "csvlist.h"
#include "csvreader.h"
#include "importsink.h"
#include "source.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <array>

namespace entente {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("entente::CsvImporter", text, disambiguation, n);
}

// clang-format off
enum Column { Title, Start, End, Kind, Status, Summary, Place, Latitude, Longitude, Actors, Sources, Tags, SourceGrades,
              Count };
// clang-format on

std::optional<double> coordinate(const QString &text, const QString &field, double limit)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = text.toDouble(&ok);
    // NaN compares false both ways: refused like inf, never stored as nothing.
    if (!ok || !(v >= -limit && v <= limit))
        throw RowError(field, tr("\"%1\" is not a coordinate between -%2 and %2").arg(text).arg(limit));
    return v;
}

} // namespace

QString CsvImporter::secondsDropped(const QString &seconds)
{
    return tr("the seconds \"%1\" were dropped (Entente keeps times to the minute)").arg(seconds);
}

QStringList CsvImporter::columns()
{
    return { QStringLiteral("title"),        QStringLiteral("start"),    QStringLiteral("end"),
             QStringLiteral("kind"),         QStringLiteral("status"),   QStringLiteral("summary"),
             QStringLiteral("place"),        QStringLiteral("latitude"), QStringLiteral("longitude"),
             QStringLiteral("actors"),       QStringLiteral("sources"),  QStringLiteral("tags"),
             QStringLiteral("source_grades") };
}

QString CsvImporter::guessColumn(const QString &fileColumn)
{
    // Names journalists' sheets, TimelineJS, ACLED-like exports and the like give these columns.
    static const QHash<QString, QString> synonyms = {
        { QStringLiteral("headline"), QStringLiteral("title") },
        { QStringLiteral("event"), QStringLiteral("title") },
        { QStringLiteral("name"), QStringLiteral("title") },
        { QStringLiteral("date"), QStringLiteral("start") },
        { QStringLiteral("start date"), QStringLiteral("start") },
        { QStringLiteral("start_date"), QStringLiteral("start") },
        { QStringLiteral("event_date"), QStringLiteral("start") },
        { QStringLiteral("from"), QStringLiteral("start") },
        { QStringLiteral("when"), QStringLiteral("start") },
        { QStringLiteral("end date"), QStringLiteral("end") },
        { QStringLiteral("end_date"), QStringLiteral("end") },
        { QStringLiteral("to"), QStringLiteral("end") },
        { QStringLiteral("until"), QStringLiteral("end") },
        { QStringLiteral("type"), QStringLiteral("kind") },
        { QStringLiteral("category"), QStringLiteral("kind") },
        { QStringLiteral("event_type"), QStringLiteral("kind") },
        { QStringLiteral("description"), QStringLiteral("summary") },
        { QStringLiteral("text"), QStringLiteral("summary") },
        { QStringLiteral("notes"), QStringLiteral("summary") },
        { QStringLiteral("details"), QStringLiteral("summary") },
        { QStringLiteral("location"), QStringLiteral("place") },
        { QStringLiteral("city"), QStringLiteral("place") },
        { QStringLiteral("where"), QStringLiteral("place") },
        { QStringLiteral("lat"), QStringLiteral("latitude") },
        { QStringLiteral("lon"), QStringLiteral("longitude") },
        { QStringLiteral("lng"), QStringLiteral("longitude") },
        { QStringLiteral("long"), QStringLiteral("longitude") },
        { QStringLiteral("actor"), QStringLiteral("actors") },
        { QStringLiteral("who"), QStringLiteral("actors") },
        { QStringLiteral("people"), QStringLiteral("actors") },
        { QStringLiteral("participants"), QStringLiteral("actors") },
        { QStringLiteral("source"), QStringLiteral("sources") },
        { QStringLiteral("url"), QStringLiteral("sources") },
        { QStringLiteral("link"), QStringLiteral("sources") },
        { QStringLiteral("tag"), QStringLiteral("tags") },
        { QStringLiteral("grades"), QStringLiteral("source_grades") },
        { QStringLiteral("grade"), QStringLiteral("source_grades") },
        { QStringLiteral("keywords"), QStringLiteral("tags") },
    };
    QString key = fileColumn.trimmed().toLower();
    if (columns().contains(key))
        return key;
    return synonyms.value(key);
}

void CsvImporter::read(const QString &path, ImportSink &sink, const ImportOptions &options, ImportProgress &progress)
{
    CsvReader reader(path);
    std::array<int, Count> index {};
    index.fill(-1);
    const QStringList ours = columns();
    bool mapped = false;
    qint64 rows = 0;
    auto mapHeader = [&] {
        const QStringList &header = reader.header();
        const QString file = QFileInfo(path).fileName();
        // A mapping is checked as a mapping: its mistakes are not the file's.
        for (auto it = options.columnMap.cbegin(); it != options.columnMap.cend(); ++it) {
            if (!it.value().isEmpty() && !ours.contains(it.value().toLower()))
                throw ImportError(tr("The mapping %1=%2 names no column of Entente's: \"%2\" is not one of %3.")
                                      .arg(it.key(), it.value(), ours.join(QStringLiteral(", "))));
            if (!header.contains(it.key()))
                throw ImportError(tr("The mapping %1=%2 names a column %3 does not have; its columns are %4.")
                                      .arg(it.key(), it.value(), file, header.join(QStringLiteral(", "))));
        }
        for (qsizetype i = 0; i < header.size(); ++i) {
            const auto mapping = options.columnMap.constFind(header.at(i));
            const QString name = (mapping != options.columnMap.cend() ? *mapping : header.at(i)).toLower();
            if (name.isEmpty())
                continue;
            const qsizetype c = ours.indexOf(name);
            if (c < 0)
                throw ImportError::at(path, tr("line 1"), header.at(i),
                                      tr("unknown column; the columns are %1 (map others with --map FILE_COLUMN=%2)")
                                          .arg(ours.join(QStringLiteral(", ")), ours.first()));
            // Two columns into one would keep only the last: refused, naming both.
            if (const int other = index[static_cast<std::size_t>(c)]; other >= 0)
                throw ImportError(tr("Both columns %1 and %2 of %3 would fill %4; map one of them elsewhere or leave "
                                     "it out (FILE_COLUMN= with nothing after the =).")
                                      .arg(header.at(other), header.at(i), file, name));
            index[static_cast<std::size_t>(c)] = static_cast<int>(i);
        }
        for (Column required : { Title, Start }) {
            if (index[required] < 0)
                throw ImportError::at(path, tr("line 1"), ours.at(required),
                                      tr("the header lacks this column, which every row needs"));
        }
        mapped = true;
    };
    reader.read(
        [&](const CsvReader::Fields &fields, qint64 line) {
            if (!mapped)
                mapHeader();
            if (++rows % 4096 == 0)
                sink.tick(progress, rows, -1);
            // Free text as written (libcsv already drops the spaces around an unquoted field; a
            // quoted field keeps them, as the exporter quotes them); the rest trimmed.
            auto text = [&](Column c) -> QString {
                const int i = index[c];
                if (i < 0 || static_cast<std::size_t>(i) >= fields.size())
                    return QString();
                return QString::fromUtf8(fields[static_cast<std::size_t>(i)].data(),
                                         static_cast<qsizetype>(fields[static_cast<std::size_t>(i)].size()));
            };
            auto get = [&](Column c) -> QString { return text(c).trimmed(); };
            try {
                if (fields.size() > static_cast<std::size_t>(reader.header().size()))
                    throw RowError(
                        QString(),
                        tr("the row has %n field(s) but the header has %1", nullptr, static_cast<int>(fields.size()))
                            .arg(reader.header().size()));
                ImportSink::Row row;
                const QString title = text(Title);
                if (title.trimmed().isEmpty())
                    throw RowError(ours.at(Title), tr("an event needs a title"));
                const QString startText = get(Start);
                QString dropped;
                const std::optional<FuzzyDate> start = FuzzyDate::parse(startText, &dropped);
                if (!start)
                    throw RowError(ours.at(Start), FuzzyDate::parseError(startText));
                if (!dropped.isEmpty())
                    sink.summary().noteChange(tr("line %1").arg(line), ours.at(Start), secondsDropped(dropped));
                std::optional<FuzzyDate> end;
                if (const QString endText = get(End); !endText.isEmpty()) {
                    end = FuzzyDate::parse(endText, &dropped);
                    if (!end)
                        throw RowError(ours.at(End), FuzzyDate::parseError(endText));
                    if (!dropped.isEmpty())
                        sink.summary().noteChange(tr("line %1").arg(line), ours.at(End), secondsDropped(dropped));
                }
                row.setDates(*start, end);
                if (const QString status = get(Status); !status.isEmpty()) {
                    const auto s = claimStatusFromKey(status.toLower());
                    if (!s)
                        throw RowError(ours.at(Status),
                                       tr("\"%1\" is not a claim status (confirmed, reported, alleged, disputed, "
                                          "denied)")
                                           .arg(status));
                    row.status = utf8(claimStatusKey(*s));
                }
                row.latitude = coordinate(get(Latitude), ours.at(Latitude), 90);
                row.longitude = coordinate(get(Longitude), ours.at(Longitude), 180);
                row.title = utf8(title);
                row.summary = utf8(text(Summary));
                row.kind = utf8(text(Kind));
                row.place = utf8(text(Place));
                for (const auto &[name, role] : CsvList::parseActors(get(Actors)))
                    row.actors.emplace_back(sink.actor(utf8(name)), utf8(role));
                // The n-th grade ("B2", "B", "2" or nothing) is the n-th source's.
                const QStringList grades = get(SourceGrades).split(u';');
                for (const QString &entry : CsvList::splitRaw(get(Sources), u';')) {
                    if (entry.trimmed().isEmpty())
                        continue;
                    const QStringList parts = CsvList::parseSource(entry);
                    Source s;
                    s.publisher = parts.at(0);
                    s.title = parts.at(1);
                    s.url = parts.at(2);
                    const QString gradeText = grades.value(static_cast<qsizetype>(row.sources.size())).trimmed();
                    const auto grade = Grade::parse(gradeText);
                    if (!grade)
                        throw RowError(
                            ours.at(SourceGrades),
                            tr("\"%1\" is not a source grade (A to F, then 1 to 6: B2, B or 2)").arg(gradeText));
                    s.reliability = grade->reliability;
                    row.sources.emplace_back(sink.source(s), std::string());
                    if (grade->credibility)
                        row.credibility.emplace_back(row.sources.back().first, *grade->credibility);
                }
                for (const QString &tag : CsvList::split(get(Tags)))
                    row.tags.push_back(utf8(tag));
                sink.add(row);
            } catch (const RowError &e) {
                sink.problem(tr("line %1").arg(line), e);
            }
        },
        [&](qint64 done, qint64 total) { sink.tick(progress, done, total); });
    if (!mapped)
        mapHeader();
}

} // namespace entente
