#include "detailsformatter.h"

#include "actornames.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace entente {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("entente::DetailsFormatter", s);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString dateText(const FuzzyDate &start, const std::optional<FuzzyDate> &end, const QLocale &locale)
{
    QString t = start.toDisplayString(locale);
    if (end && end->isValid())
        t += QStringLiteral(" – ") + end->toDisplayString(locale);
    return t;
}

QString statusExplanation(ClaimStatus s)
{
    switch (s) {
    case ClaimStatus::Confirmed:
        return tr("confirmed by the sources below");
    case ClaimStatus::Reported:
        return tr("reported by the sources below, not independently confirmed");
    case ClaimStatus::Alleged:
        return tr("an allegation: claimed, not established");
    case ClaimStatus::Disputed:
        return tr("disputed: sources disagree");
    case ClaimStatus::Denied:
        return tr("denied by a party to it");
    }
    return {};
}

// How a link reads from the shown event: "Follows: X" for its own links, "Followed by: Y" for
// the links other events make to it.
QString linkPhrase(LinkKind kind, bool outgoing)
{
    switch (kind) {
    case LinkKind::Follows:
        return outgoing ? tr("Follows") : tr("Followed by");
    case LinkKind::RespondsTo:
        return outgoing ? tr("Responds to") : tr("Answered by");
    case LinkKind::Causes:
        return outgoing ? tr("Causes") : tr("Caused by");
    }
    return {};
}

} // namespace

DetailsFormatter::DetailsFormatter(const Store &store, const QLocale &locale)
    : m_store(store)
    , m_locale(locale)
{ }

QUrl DetailsFormatter::eventLink(EventId id)
{
    return QUrl(QStringLiteral("entente:event/%1").arg(id));
}

QUrl DetailsFormatter::actorLink(ActorId id)
{
    return QUrl(QStringLiteral("entente:actor/%1").arg(id));
}

std::optional<EventId> DetailsFormatter::eventFromLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("entente") || !url.path().startsWith(QLatin1String("event/")))
        return std::nullopt;
    bool ok = false;
    const EventId id = url.path().mid(6).toLongLong(&ok);
    return ok ? std::optional<EventId>(id) : std::nullopt;
}

std::optional<ActorId> DetailsFormatter::actorFromLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("entente") || !url.path().startsWith(QLatin1String("actor/")))
        return std::nullopt;
    bool ok = false;
    const ActorId id = url.path().mid(6).toLongLong(&ok);
    return ok ? std::optional<ActorId>(id) : std::nullopt;
}

bool DetailsFormatter::isExternalLinkAllowed(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QString DetailsFormatter::nameWithTitle(const QString &name, const std::optional<QString> &title, bool ended)
{
    if (!title)
        return name;
    return ended ? tr("%1, then %2").arg(name, *title) : tr("%1, %2").arg(name, *title);
}

QString DetailsFormatter::text(const QString &plain) const
{
    // Find the marked spans in the plain text first, then escape each piece on its own, so a
    // mark can never fall inside an entity such as &lt;.
    static const QRegularExpression kWord(QStringLiteral("[\\p{L}\\p{N}_]+"));
    QStringList words;
    auto it = kWord.globalMatch(m_highlight);
    while (it.hasNext()) {
        const QString w = it.next().captured(0);
        if (w.size() >= 2)
            words.append(QRegularExpression::escape(w));
    }
    if (words.isEmpty())
        return esc(plain);
    // Words that start with what was typed, as the search matches prefixes.
    const QRegularExpression re(QStringLiteral("(?<![\\p{L}\\p{N}_])(?:%1)[\\p{L}\\p{N}_]*").arg(words.join(u'|')),
                                QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    auto m = re.globalMatch(plain);
    while (m.hasNext()) {
        const auto match = m.next();
        out += esc(plain.mid(last, match.capturedStart() - last));
        out += QStringLiteral("<span style=\"background-color:#ffe08a; color:#000000\">%1</span>")
                   .arg(esc(match.captured(0)));
        last = match.capturedEnd();
    }
    out += esc(plain.mid(last));
    return out;
}

QString DetailsFormatter::eventHtml(EventId id) const
{
    const auto event = m_store.event(id);
    if (!event)
        return {};
    const Event &e = *event;
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(text(e.title));
    h += QStringLiteral("<p><b>%1</b>").arg(esc(dateText(e.start, e.end, m_locale)));
    if (!e.place.isEmpty())
        h += QStringLiteral(" · %1").arg(text(e.place));
    if (!e.kind.isEmpty())
        h += QStringLiteral(" · %1").arg(text(e.kind));
    h += QStringLiteral("</p>");
    h += QStringLiteral("<p><b>%1</b> — %2</p>").arg(esc(claimStatusLabel(e.status)), esc(statusExplanation(e.status)));
    if (!e.summary.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(text(e.summary));
    // Accounts that disagree come first, under the claim they qualify: who says so, and how.
    const bool compared = e.sources.size() >= 2 && AccountComparison(e).hasOwnFields();
    if (compared)
        h += accountsHtml(e);

    if (!e.actors.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Actors")));
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        for (const EventActor &ea : e.actors) {
            const auto actor = m_store.actor(ea.actorId);
            if (!actor)
                continue;
            std::optional<QString> title;
            bool ended = false;
            for (const ActorTitle &t : actor->titles) {
                if (t.heldAt(e.start)) {
                    title = t.title;
                    ended = t.to && t.to->endSeconds() <= now;
                    break;
                }
            }
            h += QStringLiteral("<li><a href=\"%1\">%2</a> <i>(%3)</i></li>")
                     .arg(actorLink(actor->id).toString(),
                          text(nameWithTitle(ActorNames::displayName(*actor), title, ended)), esc(ea.role));
        }
        h += QStringLiteral("</ul>");
    }

    if (!compared)
        h += sourcesHtml(e);
    h += linksHtml(id);
    if (!e.tags.isEmpty())
        h += QStringLiteral("<p>%1: %2</p>").arg(esc(tr("Tags")), esc(e.tags.join(QStringLiteral(", "))));
    return h;
}

QString DetailsFormatter::sourcesHtml(const Event &e) const
{
    QString h = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Who says so")));
    if (e.sources.isEmpty())
        h += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("No source is recorded for this event.")));
    for (const EventSource &es : e.sources) {
        const auto s = m_store.source(es.sourceId);
        if (!s)
            continue;
        QString line = sourceLine(*s, true);
        if (!s->author.isEmpty())
            line += QStringLiteral(", %1").arg(esc(tr("by %1").arg(s->author)));
        if (s->published)
            line += QStringLiteral(", %1").arg(esc(s->published->toDisplayString(m_locale)));
        // The Admiralty grade, "B2", with what it means: never a colour alone.
        if (const Grade grade { s->reliability, es.credibility }; !grade.isEmpty())
            line += QStringLiteral(" · <b>%1</b> <i>(%2)</i>").arg(esc(grade.text()), esc(grade.description()));
        h += QStringLiteral("<p>%1").arg(line);
        if (!es.quote.isEmpty())
            h += QStringLiteral("%1<i>“%2”</i>")
                     .arg(line.isEmpty() ? QString() : QStringLiteral("<br>"), text(es.quote));
        // A lone account that says something of its own says what.
        Event alone = e;
        alone.sources = { es };
        const AccountComparison one(alone);
        for (const auto &[field, label] :
             { std::pair { AccountComparison::Status, tr("Claim status") },
               std::pair { AccountComparison::Date, tr("Date") }, std::pair { AccountComparison::Figure, tr("Figure") },
               std::pair { AccountComparison::Actors, tr("Who took part") } }) {
            if (one.rows().first().own & field)
                h += QStringLiteral("<br>%1: %2").arg(esc(label), accountValue(one.rows().first(), field));
        }
        h += QStringLiteral("</p>");
    }
    return h;
}

QString DetailsFormatter::linksHtml(EventId id) const
{
    QString h;
    const QList<EventLink> links = m_store.linksOf(id);
    if (!links.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Linked events")));
        for (const EventLink &l : links) {
            const bool outgoing = l.from == id;
            const auto other = m_store.event(outgoing ? l.to : l.from);
            if (!other)
                continue;
            h += QStringLiteral("<li>%1: <a href=\"%2\">%3</a> (%4)</li>")
                     .arg(esc(linkPhrase(l.kind, outgoing)), eventLink(other->id).toString(), esc(other->title),
                          esc(other->start.toDisplayString(m_locale)));
        }
        h += QStringLiteral("</ul>");
    }
    return h;
}

QString DetailsFormatter::actorHtml(ActorId id) const
{
    const auto actor = m_store.actor(id);
    if (!actor)
        return {};
    const Actor &a = *actor;
    QString h
        = QStringLiteral("<h2>%1</h2><p>%2</p>").arg(text(ActorNames::displayName(a)), esc(actorKindLabel(a.kind)));
    if (!a.description.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(text(a.description));
    if (!a.titles.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Titles")));
        for (const ActorTitle &t : a.titles) {
            const QString from = t.from ? t.from->toDisplayString(m_locale) : QStringLiteral("…");
            const QString to = t.to ? t.to->toDisplayString(m_locale) : QStringLiteral("…");
            h += QStringLiteral("<li>%1 (%2 – %3)</li>").arg(text(t.title), esc(from), esc(to));
        }
        h += QStringLiteral("</ul>");
    }
    if (!a.aliases.isEmpty()) {
        QStringList names;
        for (const ActorAlias &al : a.aliases)
            names.append(al.language.isEmpty()
                             ? text(al.alias)
                             : QStringLiteral("%1 <i>(%2)</i>").arg(text(al.alias), esc(al.language)));
        h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Also known as")), names.join(QStringLiteral(", ")));
    }
    const QList<EventId> ids = m_store.eventsByActor(id);
    h += QStringLiteral("<h3>%1</h3><ul>")
             .arg(esc(QCoreApplication::translate("entente::DetailsFormatter", "Events (%Ln)", nullptr,
                                                  static_cast<int>(ids.size()))));
    const QList<Event> events = m_store.events(ids.mid(0, 200));
    for (const Event &e : events) {
        QString role;
        for (const EventActor &ea : e.actors) {
            if (ea.actorId == id)
                role = ea.role;
        }
        h += QStringLiteral("<li>%1 — <a href=\"%2\">%3</a> <i>(%4)</i></li>")
                 .arg(esc(e.start.toDisplayString(m_locale)), eventLink(e.id).toString(), text(e.title), esc(role));
    }
    if (ids.size() > events.size())
        h += QStringLiteral("<li>%1</li>")
                 .arg(esc(QCoreApplication::translate("entente::DetailsFormatter", "… and %Ln more", nullptr,
                                                      static_cast<int>(ids.size() - events.size()))));
    h += QStringLiteral("</ul>");
    return h;
}

} // namespace entente
