#include "timelineimporter.h"

#include "textrule.h"

#include "csvimporter.h"
#include "importsink.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <optional>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::TimelineImporter", text);
}

// "2022-03-29 14:30:00": midnight means the record knows the day only.
// `dropped` receives the seconds dropped, unless they were ":00".
FuzzyDate parseDate(const QString &text, const char *field, bool approximate, QString *dropped = nullptr)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(-?\d{1,6})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        throw RowError(QLatin1String(field),
                       tr("\"%1\" is not a date (Timeline writes 2022-03-29 14:30:00)").arg(text));
    if (m.captured(6).toInt() > 59)
        throw RowError(QLatin1String(field), FuzzyDate::parseError(text));
    if (dropped)
        *dropped = m.hasCaptured(6) && m.captured(6).toInt() != 0 ? u':' + m.captured(6) : QString();
    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const bool timed = hour != 0 || minute != 0;
    const FuzzyDate d = FuzzyDate::fromParts(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                                             timed ? std::optional<int>(hour) : std::nullopt,
                                             timed ? std::optional<int>(minute) : std::nullopt, approximate);
    if (!d.isValid())
        throw RowError(QLatin1String(field), tr("\"%1\" is not a date").arg(text));
    return d;
}

QString hexColour(const QString &rgb)
{
    const QStringList parts = rgb.split(u',');
    if (parts.size() != 3)
        return {};
    QString out = QStringLiteral("#");
    for (const QString &p : parts)
        out += QStringLiteral("%1").arg(qBound(0, p.trimmed().toInt(), 255), 2, 16, QLatin1Char('0'));
    return out;
}

// Timeline writes a container as "[7]Name" and each of its subevents as "(7)Name"; an ordinary
// event whose text starts with a bracket gets a space in front (" (draft) Talks").
struct Title
{
    QString text;
    std::optional<int> container; // this is container N
    std::optional<int> subeventOf; // this belongs to container N
};

Title titleOf(const QString &raw)
{
    Title t;
    const bool container = raw.startsWith(u'[');
    if (container || raw.startsWith(u'(')) {
        const qsizetype close = raw.indexOf(container ? u']' : u')');
        bool ok = false;
        const int id = close > 0 ? raw.mid(1, close - 1).toInt(&ok) : 0;
        if (ok) {
            (container ? t.container : t.subeventOf) = id;
            t.text = raw.mid(close + 1).trimmed();
            return t;
        }
    }
    t.text = raw.trimmed();
    return t;
}

bool isTrue(const QString &s)
{
    return s.compare(u"true", Qt::CaseInsensitive) == 0;
}

// Reads the child elements of the current element as name -> text.
QHash<QString, QString> childFields(QXmlStreamReader &xml)
{
    QHash<QString, QString> out;
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        if (name == u"labels" || name == u"container" || name == u"icon") {
            xml.skipCurrentElement();
            continue;
        }
        out.insert(name, TextRule::cleaned(xml.readElementText(QXmlStreamReader::SkipChildElements)));
    }
    return out;
}

// One <event>'s fields as a row; `containers` learns each container's name for its subevents.
ImportSink::Row eventRow(const QHash<QString, QString> &f, qint64 line, ImportSink &sink,
                         QHash<int, QString> &containers)
{
    const bool fuzzy = isTrue(f.value(QStringLiteral("fuzzy")));
    QString dropped;
    const FuzzyDate start = parseDate(f.value(QStringLiteral("start")), "start",
                                      fuzzy || isTrue(f.value(QStringLiteral("fuzzy_start"))), &dropped);
    if (!dropped.isEmpty())
        sink.summary().noteChange(tr("line %1").arg(line), QStringLiteral("start"),
                                  CsvImporter::secondsDropped(dropped));
    std::optional<FuzzyDate> end;
    const QString endText = f.value(QStringLiteral("end"));
    // A milestone is a moment: Timeline writes its start as its end too.
    if (!endText.isEmpty() && !isTrue(f.value(QStringLiteral("milestone")))) {
        const FuzzyDate e = parseDate(endText, "end", fuzzy || isTrue(f.value(QStringLiteral("fuzzy_end"))), &dropped);
        if (!dropped.isEmpty())
            sink.summary().noteChange(tr("line %1").arg(line), QStringLiteral("end"),
                                      CsvImporter::secondsDropped(dropped));
        if (e != start)
            end = e;
    }
    ImportSink::Row row;
    row.setDates(start, end);
    const Title title = titleOf(f.value(QStringLiteral("text")));
    if (title.text.isEmpty())
        throw RowError(QStringLiteral("text"), tr("an event needs a text"));
    row.title = utf8(title.text);
    // A container and its subevents share a tag: the container's name.
    if (title.container)
        containers.insert(*title.container, title.text);
    const QString group = title.container ? title.text : containers.value(title.subeventOf.value_or(-1));
    if (!group.isEmpty())
        row.tags.push_back(utf8(group));
    row.summary = utf8(f.value(QStringLiteral("description")).trimmed());
    row.kind = utf8(f.value(QStringLiteral("category")).trimmed());
    const QString link = f.value(QStringLiteral("hyperlink")).trimmed();
    if (!link.isEmpty()) {
        Source s;
        s.url = link;
        row.sources.emplace_back(sink.source(s), std::string());
    }
    return row;
}

Era eraOf(const QHash<QString, QString> &f)
{
    Era era;
    era.name = f.value(QStringLiteral("name")).trimmed();
    era.start = parseDate(f.value(QStringLiteral("start")), "start", false);
    era.end = parseDate(f.value(QStringLiteral("end")), "end", false);
    era.colour = hexColour(f.value(QStringLiteral("color")));
    if (era.end.endSeconds() < era.start.startSeconds())
        throw RowError(QStringLiteral("end"), tr("the era ends before it starts"));
    return era;
}

} // namespace

void TimelineImporter::read(const QString &path, ImportSink &sink, const ImportOptions &, ImportProgress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(tr("%1 cannot be read: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"timeline") {
        if (xml.hasError())
            throw ImportError::at(path, tr("line %1").arg(xml.lineNumber()), QString(),
                                  tr("the XML is malformed (%1)").arg(xml.errorString()));
        throw ImportError::at(path, tr("line %1").arg(xml.lineNumber()), QString(),
                              tr("this is not a Timeline file (its root element is not <timeline>)"));
    }
    qint64 count = 0;
    QHash<int, QString> containers; // id -> name
    while (xml.readNextStartElement()) {
        if (xml.name() == u"timetype") {
            const QString type = xml.readElementText().trimmed();
            if (type != u"gregoriantime")
                throw ImportError::at(path, tr("line %1").arg(xml.lineNumber()), QStringLiteral("timetype"),
                                      tr("this Timeline file counts time as \"%1\", not in calendar dates; Entente "
                                         "keeps calendar dates only")
                                          .arg(type));
        } else if (xml.name() == u"events") {
            while (xml.readNextStartElement()) {
                if (xml.name() != u"event") {
                    xml.skipCurrentElement();
                    continue;
                }
                const qint64 line = xml.lineNumber();
                const QHash<QString, QString> f = childFields(xml);
                if (xml.hasError())
                    break;
                try {
                    sink.add(eventRow(f, line, sink, containers));
                } catch (const RowError &e) {
                    sink.problem(tr("line %1").arg(line), e);
                }
                if ((++count & 255) == 0)
                    sink.tick(progress, file.pos(), file.size());
            }
        } else if (xml.name() == u"eras") {
            while (xml.readNextStartElement()) {
                if (xml.name() != u"era") {
                    xml.skipCurrentElement();
                    continue;
                }
                const qint64 line = xml.lineNumber();
                const QHash<QString, QString> f = childFields(xml);
                if (xml.hasError())
                    break;
                try {
                    sink.addEra(eraOf(f));
                } catch (const RowError &e) {
                    sink.problem(tr("line %1").arg(line), e);
                }
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        throw ImportError::at(path, tr("line %1").arg(xml.lineNumber()), QString(),
                              tr("the XML is malformed (%1)").arg(xml.errorString()));
}

} // namespace entente
