#include "icsexporter.h"

#include "store/store.h"
#include "textrule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTimeZone>

namespace entente {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, qint64 n = -1)
{
    return QCoreApplication::translate("entente::IcsExporter", text, disambiguation, static_cast<int>(n));
}

QDateTime utc(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

} // namespace

QByteArray IcsExporter::escape(const QString &text)
{
    // The text rule first: iCalendar TEXT carries no control character but tab (RFC 5545 3.3.11).
    QByteArray out;
    for (const char c : TextRule::cleaned(text).toUtf8()) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ';':
            out += "\\;";
            break;
        case ',':
            out += "\\,";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray IcsExporter::fold(const QByteArray &line)
{
    QByteArray out;
    qsizetype start = 0;
    qsizetype limit = 75; // the first line has 75 octets, the next ones a space and 74
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        // Never split a UTF-8 sequence: back up to the start of the character.
        while (cut > start && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74;
    }
    out += line.mid(start) + "\r\n";
    return out;
}

void IcsExporter::writeFile(const Store &store, const EventFilter &filter, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ExportError(tr("%1 cannot be written: %2.").arg(path, file.errorString()));
    const QByteArray stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    QByteArray out;
    out += fold("BEGIN:VCALENDAR");
    out += fold("VERSION:2.0");
    out += fold("PRODID:-//Entente//Entente//EN");
    out += fold("CALSCALE:GREGORIAN");
    if (const QString title = store.meta(QStringLiteral("title")); !title.isEmpty())
        out += fold("X-WR-CALNAME:" + escape(title));
    bool ok = true;
    qint64 undated = 0;
    QString firstUndated;
    forEachEvent(store, filter, [&](const Event &e) {
        const FuzzyDate &last = e.end ? *e.end : e.start;
        // iCalendar writes years 1-9999, and an all-day DTEND is the day after the last.
        static const std::int64_t kLastEnd = FuzzyDate::daysFromCivil(9999, 12, 31) * 86400;
        if (e.start.yearNumber() < 1 || last.endSeconds() > kLastEnd) {
            if (undated++ == 0)
                firstUndated = e.title;
            return;
        }
        out += fold("BEGIN:VEVENT");
        out += fold("UID:event-" + QByteArray::number(e.id) + "@entente");
        out += fold("DTSTAMP:" + stamp);
        if (e.start.precision() == FuzzyDate::Precision::Minute) {
            const char *format = "yyyyMMdd'T'HHmmss'Z'";
            out += fold("DTSTART:" + utc(e.start.startSeconds()).toString(QLatin1String(format)).toLatin1());
            // An end of minute precision is the moment it ends; a coarser one covers its day
            // (month, year) to the end: "until 2 April" ends at midnight after 2 April.
            if (e.end) {
                const std::int64_t end
                    = e.end->precision() == FuzzyDate::Precision::Minute ? e.end->startSeconds() : e.end->endSeconds();
                out += fold("DTEND:" + utc(end).toString(QLatin1String(format)).toLatin1());
            }
        } else {
            // All-day: DTEND is the day after the last day covered (exclusive, as RFC 5545 says);
            // the last day is the one the last second falls in, for an end of any precision.
            const char *format = "yyyyMMdd";
            out += fold("DTSTART;VALUE=DATE:" + utc(e.start.startSeconds()).toString(QLatin1String(format)).toLatin1());
            out += fold("DTEND;VALUE=DATE:"
                        + utc(last.endSeconds() - 1).date().addDays(1).toString(QLatin1String(format)).toLatin1());
        }
        out += fold("SUMMARY:" + escape(e.title));
        QString description = e.summary;
        if (e.status != ClaimStatus::Confirmed)
            description
                = claimStatusLabel(e.status) + (description.isEmpty() ? QString() : QStringLiteral(": ") + description);
        if (!description.isEmpty())
            out += fold("DESCRIPTION:" + escape(description));
        if (!e.place.isEmpty())
            out += fold("LOCATION:" + escape(e.place));
        if (e.latitude && e.longitude)
            out += fold("GEO:" + QLocale::c().toString(*e.latitude, 'f', 6).toLatin1() + ';'
                        + QLocale::c().toString(*e.longitude, 'f', 6).toLatin1());
        if (!e.kind.isEmpty())
            out += fold("CATEGORIES:" + escape(e.kind));
        if (e.status == ClaimStatus::Denied || e.status == ClaimStatus::Disputed)
            out += fold("STATUS:TENTATIVE");
        out += fold("END:VEVENT");
        if (out.size() > (1 << 20)) {
            ok = ok && file.write(out) == out.size();
            out.clear();
        }
    });
    out += fold("END:VCALENDAR");
    if (undated > 0)
        warn(tr("%n event(s) dated before the year 1 or after 9999 left out (iCalendar cannot write such dates), "
                "the first \"%1\".",
                nullptr, undated)
                 .arg(firstUndated));
    ok = ok && file.write(out) == out.size();
    if (!ok || !file.commit())
        throw ExportError(
            tr("%1 could not be written completely: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
}

} // namespace entente
