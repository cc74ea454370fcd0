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
              SourceFigures, Count };
// clang-format on

// The items of a ";" list in their order, empty ones kept (the n-th is the n-th source's), unescaped.
QStringList alignedItems(const QString &text)
{
    QStringList out;
    if (text.trimmed().isEmpty())
        return out;
    QString item;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            item += c;
            item += text.at(++i);
        } else if (c == u';') {
            out.append(CsvList::unescape(item));
            item.clear();
        } else {
            item += c;
        }
    }
    out.append(CsvList::unescape(item));
    return out;
}

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
    return { QStringLiteral("title"),         QStringLiteral("start"),         QStringLiteral("end"),
             QStringLiteral("kind"),          QStringLiteral("status"),        QStringLiteral("summary"),
             QStringLiteral("place"),         QStringLiteral("latitude"),      QStringLiteral("longitude"),
             QStringLiteral("actors"),        QStringLiteral("sources"),       QStringLiteral("tags"),
             QStringLiteral("source_grades"), QStringLiteral("source_figures") };
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
        { QStringLiteral("figures"), QStringLiteral("source_figures") },
        { QStringLiteral("keywords"), QStringLiteral("tags") },
    };
    QString key = fileColumn.trimmed().toLower();
    if (columns().contains(key))
        return key;
    return synonyms.value(key);
}

namespace {

bool isAttributeColumn(const QString &lowerName)
{
    return lowerName.startsWith(CsvImporter::kAttributePrefix)
        && !lowerName.mid(CsvImporter::kAttributePrefix.size()).trimmed().isEmpty();
}

// One CSV file's reading: its header mapped onto our columns, then each row into the sink.
class CsvRows
{
public:
    CsvRows(const QString &path, ImportSink &sink, const ImportOptions &options)
        : m_path(path)
        , m_sink(sink)
        , m_options(options)
        , m_ours(CsvImporter::columns())
    {
        m_index.fill(-1);
    }

    void mapHeader(const QStringList &header);
    bool mapped() const { return m_mapped; }
    void row(const CsvReader::Fields &fields, qint64 line, qsizetype headerSize);

private:
    // Free text as written (libcsv already drops the spaces around an unquoted field; a quoted
    // field keeps them, as the exporter quotes them).
    QString text(const CsvReader::Fields &fields, int i) const
    {
        if (i < 0 || static_cast<std::size_t>(i) >= fields.size())
            return QString();
        const std::string_view f = fields[static_cast<std::size_t>(i)];
        return QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size()));
    }
    QString text(const CsvReader::Fields &fields, Column c) const { return text(fields, m_index[c]); }
    QString get(const CsvReader::Fields &fields, Column c) const { return text(fields, c).trimmed(); }
    void readDates(ImportSink::Row &row, const CsvReader::Fields &fields, qint64 line);
    void readSources(ImportSink::Row &row, const CsvReader::Fields &fields);

    const QString &m_path;
    ImportSink &m_sink;
    const ImportOptions &m_options;
    const QStringList m_ours;
    std::array<int, Count> m_index {};
    // The "attribute:KEY" columns (the CSV export writes an event's attributes so): index, key.
    std::vector<std::pair<int, std::string>> m_attributes;
    bool m_mapped = false;
};

void CsvRows::mapHeader(const QStringList &header)
{
    const QString file = QFileInfo(m_path).fileName();
    // A mapping is checked as a mapping: its mistakes are not the file's.
    for (auto it = m_options.columnMap.cbegin(); it != m_options.columnMap.cend(); ++it) {
        if (!it.value().isEmpty() && !m_ours.contains(it.value().toLower()) && !isAttributeColumn(it.value().toLower()))
            throw ImportError(tr("The mapping %1=%2 names no column of Entente's: \"%2\" is not one of %3.")
                                  .arg(it.key(), it.value(), m_ours.join(QStringLiteral(", "))));
        if (!header.contains(it.key()))
            throw ImportError(tr("The mapping %1=%2 names a column %3 does not have; its columns are %4.")
                                  .arg(it.key(), it.value(), file, header.join(QStringLiteral(", "))));
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        const auto mapping = m_options.columnMap.constFind(header.at(i));
        const QString target = mapping != m_options.columnMap.cend() ? *mapping : header.at(i);
        const QString name = target.toLower();
        if (name.isEmpty())
            continue;
        if (isAttributeColumn(name)) {
            m_attributes.emplace_back(static_cast<int>(i),
                                      utf8(target.mid(CsvImporter::kAttributePrefix.size()).trimmed()));
            continue;
        }
        const qsizetype c = m_ours.indexOf(name);
        if (c < 0)
            throw ImportError::at(m_path, tr("line 1"), header.at(i),
                                  tr("unknown column; the columns are %1 (map others with --map FILE_COLUMN=%2)")
                                      .arg(m_ours.join(QStringLiteral(", ")), m_ours.first()));
        // Two columns into one would keep only the last: refused, naming both.
        if (const int other = m_index[static_cast<std::size_t>(c)]; other >= 0)
            throw ImportError(tr("Both columns %1 and %2 of %3 would fill %4; map one of them elsewhere or leave "
                                 "it out (FILE_COLUMN= with nothing after the =).")
                                  .arg(header.at(other), header.at(i), file, name));
        m_index[static_cast<std::size_t>(c)] = static_cast<int>(i);
    }
    for (Column required : { Title, Start }) {
        if (m_index[required] < 0)
            throw ImportError::at(m_path, tr("line 1"), m_ours.at(required),
                                  tr("the header lacks this column, which every row needs"));
    }
    m_mapped = true;
}

void CsvRows::readDates(ImportSink::Row &row, const CsvReader::Fields &fields, qint64 line)
{
    const QString startText = get(fields, Start);
    QString dropped;
    const std::optional<FuzzyDate> start = FuzzyDate::parse(startText, &dropped);
    if (!start)
        throw RowError(m_ours.at(Start), FuzzyDate::parseError(startText));
    if (!dropped.isEmpty())
        m_sink.summary().noteChange(tr("line %1").arg(line), m_ours.at(Start), CsvImporter::secondsDropped(dropped));
    std::optional<FuzzyDate> end;
    if (const QString endText = get(fields, End); !endText.isEmpty()) {
        end = FuzzyDate::parse(endText, &dropped);
        if (!end)
            throw RowError(m_ours.at(End), FuzzyDate::parseError(endText));
        if (!dropped.isEmpty())
            m_sink.summary().noteChange(tr("line %1").arg(line), m_ours.at(End), CsvImporter::secondsDropped(dropped));
    }
    row.setDates(*start, end);
}

void CsvRows::readSources(ImportSink::Row &row, const CsvReader::Fields &fields)
{
    // The n-th grade ("B2", "B", "2" or nothing) is the n-th source's.
    const QStringList grades = get(fields, SourceGrades).split(u';');
    // And the n-th figure its account's (Account::figure).
    const QStringList figures = alignedItems(get(fields, SourceFigures));
    for (const QString &entry : CsvList::splitRaw(get(fields, Sources), u';')) {
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
            throw RowError(m_ours.at(SourceGrades),
                           tr("\"%1\" is not a source grade (A to F, then 1 to 6: B2, B or 2)").arg(gradeText));
        s.reliability = grade->reliability;
        const QString figure = figures.value(static_cast<qsizetype>(row.sources.size())).trimmed();
        row.sources.emplace_back(m_sink.source(s), std::string());
        if (!figure.isEmpty()) {
            Account account;
            account.figure = figure;
            row.accounts.emplace_back(row.sources.back().first, account);
        }
        if (grade->credibility)
            row.credibility.emplace_back(row.sources.back().first, *grade->credibility);
    }
}

void CsvRows::row(const CsvReader::Fields &fields, qint64 line, qsizetype headerSize)
{
    if (fields.size() > static_cast<std::size_t>(headerSize))
        throw RowError(QString(),
                       tr("the row has %n field(s) but the header has %1", nullptr, static_cast<int>(fields.size()))
                           .arg(headerSize));
    ImportSink::Row row;
    const QString title = text(fields, Title);
    if (title.trimmed().isEmpty())
        throw RowError(m_ours.at(Title), tr("an event needs a title"));
    readDates(row, fields, line);
    if (const QString status = get(fields, Status); !status.isEmpty()) {
        const auto s = claimStatusFromKey(status.toLower());
        if (!s)
            throw RowError(
                m_ours.at(Status),
                tr("\"%1\" is not a claim status (confirmed, reported, alleged, disputed, denied)").arg(status));
        row.status = utf8(claimStatusKey(*s));
    }
    row.latitude = coordinate(get(fields, Latitude), m_ours.at(Latitude), 90);
    row.longitude = coordinate(get(fields, Longitude), m_ours.at(Longitude), 180);
    row.title = utf8(title);
    row.summary = utf8(text(fields, Summary));
    row.kind = utf8(text(fields, Kind));
    row.place = utf8(text(fields, Place));
    for (const auto &[name, role] : CsvList::parseActors(get(fields, Actors)))
        row.actors.emplace_back(m_sink.actor(utf8(name)), utf8(role));
    readSources(row, fields);
    for (const QString &tag : CsvList::split(get(fields, Tags)))
        row.tags.push_back(utf8(tag));
    for (const auto &[i, key] : m_attributes) {
        if (const QString value = text(fields, i).trimmed(); !value.isEmpty())
            row.attributes.emplace_back(key, utf8(value));
    }
    m_sink.add(row);
}

} // namespace

void CsvImporter::read(const QString &path, ImportSink &sink, const ImportOptions &options, ImportProgress &progress)
{
    CsvReader reader(path);
    CsvRows rows(path, sink, options);
    qint64 count = 0;
    reader.read(
        [&](const CsvReader::Fields &fields, qint64 line) {
            if (!rows.mapped())
                rows.mapHeader(reader.header());
            if (++count % 4096 == 0)
                sink.tick(progress, count, -1);
            try {
                rows.row(fields, line, reader.header().size());
            } catch (const RowError &e) {
                sink.problem(tr("line %1").arg(line), e);
            }
        },
        [&](qint64 done, qint64 total) { sink.tick(progress, done, total); });
    if (!rows.mapped())
        rows.mapHeader(reader.header());
}

} // namespace entente
