#include "csvimporter.h"

#include "csvreader.h"
#include "importsink.h"
#include "source.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::CsvImporter", text);
}

enum Column { Title, Start, End, Kind, Status, Summary, Place, Latitude, Longitude, Actors, Sources, Tags, Count };

std::optional<double> coordinate(const QString &text, const QString &field, double limit)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v < -limit || v > limit)
        throw RowError(field, tr("\"%1\" is not a coordinate between -%2 and %2").arg(text).arg(limit));
    return v;
}

} // namespace

QStringList CsvImporter::columns()
{
    return { QStringLiteral("title"),  QStringLiteral("start"),    QStringLiteral("end"),
             QStringLiteral("kind"),   QStringLiteral("status"),   QStringLiteral("summary"),
             QStringLiteral("place"),  QStringLiteral("latitude"), QStringLiteral("longitude"),
             QStringLiteral("actors"), QStringLiteral("sources"),  QStringLiteral("tags") };
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
        { QStringLiteral("keywords"), QStringLiteral("tags") },
    };
    QString key = fileColumn.trimmed().toLower();
    if (columns().contains(key))
        return key;
    return synonyms.value(key);
}

QList<QPair<QString, QString>> CsvImporter::parseActors(const QString &text)
{
    QList<QPair<QString, QString>> out;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        QString name = part.trimmed();
        QString role;
        if (name.endsWith(u')')) {
            const qsizetype open = name.lastIndexOf(u'(');
            if (open > 0) {
                role = name.mid(open + 1, name.size() - open - 2).trimmed();
                name = name.left(open).trimmed();
            }
        }
        if (!name.isEmpty())
            out.append({ name, role });
    }
    return out;
}

QStringList CsvImporter::parseSource(const QString &text)
{
    const QString t = text.trimmed();
    if (!t.contains(u'|') && (t.startsWith(u"http://") || t.startsWith(u"https://")))
        return { QString(), QString(), t };
    QStringList parts = t.split(u'|');
    for (QString &p : parts)
        p = p.trimmed();
    while (parts.size() < 3)
        parts.append(QString());
    return parts.mid(0, 3);
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
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QString name = options.columnMap.value(header.at(i), header.at(i)).toLower();
            if (name.isEmpty())
                continue;
            const qsizetype c = ours.indexOf(name);
            if (c < 0)
                throw ImportError::at(path, tr("line 1"), header.at(i),
                                      tr("unknown column; the columns are %1 (map others with --map FILE_COLUMN=%2)")
                                          .arg(ours.join(QStringLiteral(", ")), ours.first()));
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
            auto get = [&](Column c) -> QString {
                const int i = index[c];
                if (i < 0 || static_cast<std::size_t>(i) >= fields.size())
                    return QString();
                return QString::fromUtf8(fields[static_cast<std::size_t>(i)].data(),
                                         static_cast<qsizetype>(fields[static_cast<std::size_t>(i)].size()))
                    .trimmed();
            };
            try {
                if (fields.size() > static_cast<std::size_t>(reader.header().size()))
                    throw RowError(QString(),
                                   tr("the row has %1 fields but the header has %2")
                                       .arg(fields.size())
                                       .arg(reader.header().size()));
                ImportSink::Row row;
                const QString title = get(Title);
                if (title.isEmpty())
                    throw RowError(ours.at(Title), tr("an event needs a title"));
                const QString startText = get(Start);
                const std::optional<FuzzyDate> start = FuzzyDate::parse(startText);
                if (!start)
                    throw RowError(ours.at(Start),
                                   tr("\"%1\" is not a date (write 2022, 2022-03 or 2022-03-29)").arg(startText));
                std::optional<FuzzyDate> end;
                if (const QString endText = get(End); !endText.isEmpty()) {
                    end = FuzzyDate::parse(endText);
                    if (!end)
                        throw RowError(ours.at(End), tr("\"%1\" is not a date").arg(endText));
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
                row.summary = utf8(get(Summary));
                row.kind = utf8(get(Kind));
                row.place = utf8(get(Place));
                for (const auto &[name, role] : parseActors(get(Actors)))
                    row.actors.emplace_back(sink.actor(utf8(name)), utf8(role));
                for (const QString &entry : get(Sources).split(u';', Qt::SkipEmptyParts)) {
                    const QStringList parts = parseSource(entry);
                    Source s;
                    s.publisher = parts.at(0);
                    s.title = parts.at(1);
                    s.url = parts.at(2);
                    row.sources.emplace_back(sink.source(s), std::string());
                }
                for (const QString &tag : get(Tags).split(u';', Qt::SkipEmptyParts))
                    row.tags.push_back(utf8(tag.trimmed()));
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
