#include "timelinejsimporter.h"

#include "csvimporter.h"
#include "htmltext.h"
#include "importsink.h"
#include "jsondocument.h"
#include "store/store.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace entente {

namespace {

using simdjson::dom::element;
using J = JsonDocument;

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::TimelineJsImporter", text);
}

// A TimelineJS date object: year required, the rest optional, numbers or numeric strings.
std::optional<FuzzyDate> slideDate(element object, const char *key, bool required, QString *dropped)
{
    const element d = J::child(object, key);
    if (!J::has(d, "year")) {
        if (required)
            throw RowError(QStringLiteral("%1.year").arg(QLatin1String(key)), tr("a slide needs a start year"));
        return std::nullopt;
    }
    const auto part = [&](const char *name) -> std::optional<qint64> {
        try {
            return J::integer(d, name);
        } catch (const RowError &e) {
            throw RowError(QStringLiteral("%1.%2").arg(QLatin1String(key), e.field), e.reason);
        }
    };
    const qint64 year = *part("year");
    const qint64 month = part("month").value_or(0);
    const qint64 day = part("day").value_or(0);
    const std::optional<qint64> hour = part("hour");
    const std::optional<qint64> minute = part("minute");
    // Seconds are checked and dropped, with a word (a date is as fine as the minute).
    const qint64 second = part("second").value_or(0);
    const qint64 millisecond = part("millisecond").value_or(0);
    if (second < 0 || second > 59)
        throw RowError(QStringLiteral("%1.second").arg(QLatin1String(key)), tr("there is no second %1").arg(second));
    if (second != 0 || millisecond != 0)
        *dropped = millisecond != 0 ? QStringLiteral(":%1.%2").arg(second, 2, 10, QLatin1Char('0')).arg(millisecond)
                                    : QStringLiteral(":%1").arg(second, 2, 10, QLatin1Char('0'));
    const FuzzyDate date
        = FuzzyDate::fromParts(static_cast<int>(year), static_cast<int>(month), static_cast<int>(day),
                               hour ? std::optional<int>(static_cast<int>(*hour)) : std::nullopt,
                               hour ? std::optional<int>(static_cast<int>(minute.value_or(0))) : std::nullopt);
    if (!date.isValid() || year < -999999 || year > 999999)
        throw RowError(QLatin1String(key), tr("%1-%2-%3 is not a date").arg(year).arg(month).arg(day));
    return date;
}

// TimelineJS's media "url" is a link, or HTML that TimelineJS shows as it is: a quote
// (<blockquote>) or an embed (<iframe src=...>). A quote becomes the source's quote, as plain
// text; an embed its link; a link without a scheme ("//host/...") an https one.
struct Media
{
    QString url;
    QString quote;
};

QString absoluteLink(const QString &url)
{
    return url.startsWith(QLatin1String("//")) ? QStringLiteral("https:") + url : url;
}

Media mediaOf(const QString &field)
{
    const QString value = field.trimmed();
    if (!value.startsWith(u'<'))
        return { absoluteLink(value), QString() };
    if (value.startsWith(QLatin1String("<blockquote"), Qt::CaseInsensitive))
        return { QString(), htmlToPlainText(value) };
    static const QRegularExpression src(QStringLiteral("\\bsrc\\s*=\\s*[\"']([^\"']+)[\"']"),
                                        QRegularExpression::CaseInsensitiveOption);
    // The attribute's entities decoded (&amp; in a query).
    return { absoluteLink(htmlToPlainText(src.match(value).captured(1)).trimmed()), QString() };
}

TimelineJsImporter::Slide slideOf(element o, bool requireStart)
{
    TimelineJsImporter::Slide s;
    QString dropped;
    if (auto start = slideDate(o, "start_date", requireStart, &dropped))
        s.start = *start;
    if (!dropped.isEmpty())
        s.secondsField = QStringLiteral("start_date");
    s.secondsDropped = dropped;
    s.end = slideDate(o, "end_date", false, &dropped);
    if (!dropped.isEmpty() && s.secondsDropped.isEmpty()) {
        s.secondsField = QStringLiteral("end_date");
        s.secondsDropped = dropped;
    }
    const element text = J::child(o, "text");
    s.headline = J::string(text, "headline");
    s.text = J::string(text, "text");
    const element media = J::child(o, "media");
    s.mediaUrl = J::string(media, "url");
    s.mediaCredit = J::string(media, "credit");
    s.mediaCaption = J::string(media, "caption");
    s.group = J::string(o, "group");
    s.displayDate = J::string(o, "display_date");
    return s;
}

} // namespace

void TimelineJsImporter::addSlide(ImportSink &sink, const Slide &slide)
{
    ImportSink::Row row;
    row.setDates(slide.start, slide.end);
    QString title = htmlToPlainText(slide.headline);
    const QString summary = htmlToPlainText(slide.text);
    // A slide may be all picture: name it by its text, its caption or its date rather than drop it.
    if (title.isEmpty())
        title = summary.section(u'\n', 0, 0).left(80);
    if (title.isEmpty())
        title = htmlToPlainText(slide.mediaCaption).left(80);
    if (title.isEmpty())
        title = slide.displayDate.isEmpty() ? slide.start.toDisplayString(QLocale::c()) : slide.displayDate;
    row.title = utf8(title);
    row.summary = utf8(summary);
    const QString group = slide.group.trimmed();
    if (!group.isEmpty()) {
        if (sink.options().groupAsTag)
            row.tags.push_back(utf8(group));
        else
            row.actors.emplace_back(sink.actor(utf8(group), ActorKind::Organization), "group");
    }
    const QString credit = htmlToPlainText(slide.mediaCredit);
    const Media media = mediaOf(slide.mediaUrl);
    if (!media.url.isEmpty() || !media.quote.isEmpty() || !credit.isEmpty()) {
        Source s;
        s.publisher = credit;
        s.title = htmlToPlainText(slide.mediaCaption);
        s.url = media.url;
        row.sources.emplace_back(sink.source(s), utf8(media.quote));
    }
    sink.add(row);
}

void TimelineJsImporter::addEra(ImportSink &sink, const Slide &slide)
{
    if (!slide.end)
        throw RowError(QStringLiteral("end_date"), tr("an era needs an end date"));
    Era era;
    era.name = htmlToPlainText(slide.headline);
    era.start = slide.start;
    era.end = *slide.end;
    if (era.end.endSeconds() < era.start.startSeconds())
        throw RowError(QStringLiteral("end_date"), tr("the era ends before it starts"));
    sink.addEra(era);
}

void TimelineJsImporter::setTitle(ImportSink &sink, const Slide &slide)
{
    const QString title = htmlToPlainText(slide.headline);
    if (!title.isEmpty() && (sink.targetWasEmpty() || sink.store().meta(QStringLiteral("title")).isEmpty()))
        sink.store().setMeta(QStringLiteral("title"), title);
    const QString text = htmlToPlainText(slide.text);
    if (!text.isEmpty() && (sink.targetWasEmpty() || sink.store().meta(QStringLiteral("description")).isEmpty()))
        sink.store().setMeta(QStringLiteral("description"), text);
}

void TimelineJsImporter::read(const QString &path, ImportSink &sink, const ImportOptions &, ImportProgress &progress)
{
    const JsonDocument doc(path);
    const element root = doc.root();
    if (!root.is_object() || !J::has(root, "events"))
        throw ImportError::at(path, QStringLiteral("$"), QStringLiteral("events"),
                              tr("a TimelineJS file is an object with a list of events"));
    try {
        if (J::string(root, "scale") == u"cosmological")
            throw ImportError::at(path, QStringLiteral("$"), QStringLiteral("scale"),
                                  tr("this is a cosmological TimelineJS timeline (dates in millions of years); "
                                     "Entente keeps calendar dates only"));
        if (J::has(root, "title")) {
            try {
                setTitle(sink, slideOf(J::child(root, "title"), false));
            } catch (const RowError &e) {
                sink.problem(QStringLiteral("title"), e);
            }
        }
        qsizetype i = 0;
        for (element o : J::array(root, "events")) {
            try {
                const TimelineJsImporter::Slide slide = slideOf(o, true);
                addSlide(sink, slide);
                if (!slide.secondsDropped.isEmpty())
                    sink.summary().noteChange(QStringLiteral("events[%1]").arg(i), slide.secondsField,
                                              CsvImporter::secondsDropped(slide.secondsDropped));
            } catch (const RowError &e) {
                sink.problem(QStringLiteral("events[%1]").arg(i), e);
            }
            if ((++i & 255) == 0)
                sink.tick(progress, i, -1);
        }
        i = 0;
        for (element o : J::array(root, "eras")) {
            try {
                addEra(sink, slideOf(o, true));
            } catch (const RowError &e) {
                sink.problem(QStringLiteral("eras[%1]").arg(i), e);
            }
            ++i;
        }
    } catch (const RowError &e) {
        throw ImportError::at(path, QStringLiteral("$"), e.field, e.reason);
    }
}

} // namespace entente
