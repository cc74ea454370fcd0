// DetailsFormatter: an event's accounts side by side (or one under another in a narrow panel),
// with the fields where they differ marked by a word and bold, never by colour alone.
#include "accountcomparison.h"
#include "actornames.h"
#include "detailsformatter.h"
#include "store/store.h"

#include <QCoreApplication>

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

// A red tag with white letters: readable on a light and on a dark page alike (6.5:1).
QString differsTag()
{
    return QStringLiteral("<span style=\"background-color:#b3261e; color:#ffffff\">&nbsp;≠&nbsp;%1&nbsp;</span>")
        .arg(esc(tr("differs")));
}

struct FieldRow
{
    AccountComparison::Field field;
    QString label;
};

} // namespace

QString DetailsFormatter::sourceLine(const Source &s, bool withTitle) const
{
    QString name = s.publisher;
    if (withTitle && !s.title.isEmpty())
        name += (name.isEmpty() ? QString() : QStringLiteral(": ")) + s.title;
    const QUrl url(s.url);
    // A link with neither publisher nor title reads as its site, never as an empty anchor.
    if (name.isEmpty() && isExternalLinkAllowed(url))
        name = url.host();
    QString line = text(name);
    if (isExternalLinkAllowed(url))
        line = QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(QString::fromUtf8(url.toEncoded())), line);
    else if (!s.url.isEmpty())
        line += QStringLiteral(" <tt>%1</tt>").arg(esc(s.url));
    return line;
}

QString DetailsFormatter::accountValue(const AccountComparison::Row &row, int field) const
{
    switch (field) {
    case AccountComparison::Status:
        return esc(claimStatusLabel(row.status));
    case AccountComparison::Date: {
        QString t = row.start.toDisplayString(m_locale);
        if (row.end && row.end->isValid())
            t += QStringLiteral(" – ") + row.end->toDisplayString(m_locale);
        return esc(t);
    }
    case AccountComparison::Figure:
        return row.figure.isEmpty() ? QStringLiteral("—") : text(row.figure);
    case AccountComparison::Actors: {
        QStringList names;
        for (const ActorId id : row.actors) {
            if (const auto actor = m_store.actor(id))
                names.append(text(ActorNames::displayName(*actor)));
        }
        return names.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QString DetailsFormatter::accountsHtml(const Event &e) const
{
    const AccountComparison c(e);
    QList<std::optional<Source>> sources;
    for (const auto &row : c.rows())
        sources.append(m_store.source(row.sourceId));
    auto name = [&](qsizetype i) { return sources.at(i) ? sourceLine(*sources.at(i), false) : QString(); };
    // The headline under the outlet, in plain weight (a header cell is bold).
    auto headline = [&](qsizetype i) {
        return sources.at(i) && !sources.at(i)->title.isEmpty() && !sources.at(i)->publisher.isEmpty()
            ? QStringLiteral("<br><span style=\"font-weight:normal\">%1</span>").arg(text(sources.at(i)->title))
            : QString();
    };
    auto grade = [&](qsizetype i) -> QString {
        const Grade g { sources.at(i) ? sources.at(i)->reliability : std::nullopt, c.rows().at(i).credibility };
        return g.isEmpty() ? QString()
                           : QStringLiteral("<b>%1</b> <i>(%2)</i>").arg(esc(g.text()), esc(g.description()));
    };
    // The value an account gives: bold where the accounts differ; marked when it is the event's own
    // because the account gives none.
    auto value = [&](qsizetype i, const FieldRow &f) -> QString {
        const auto &row = c.rows().at(i);
        const QString v = accountValue(row, f.field);
        if (!(row.own & f.field) && f.field != AccountComparison::Figure)
            return QStringLiteral("%1 <i>(%2)</i>").arg(v, esc(tr("as the event")));
        return c.differs(f.field) ? QStringLiteral("<b>%1</b>").arg(v) : v;
    };
    int stated = 0;
    for (const auto &row : c.rows())
        stated |= row.own;
    QList<FieldRow> fields { { AccountComparison::Status, tr("Claim status") },
                             { AccountComparison::Date, tr("Date") } };
    if (stated & AccountComparison::Figure)
        fields.append({ AccountComparison::Figure, tr("Figure") });
    if (stated & AccountComparison::Actors)
        fields.append({ AccountComparison::Actors, tr("Who took part") });

    QString h = QStringLiteral("<h3>%1</h3>")
                    .arg(esc(QCoreApplication::translate("entente::DetailsFormatter", "Who says so: %Ln account(s)",
                                                         nullptr, static_cast<int>(c.rows().size()))));
    // One under another, first what they disagree on, in a line each: "≠ differs Figure: TASS:
    // 1,000 each · Kyiv Independent: …" (side by side, the table's rows say it).
    for (const FieldRow &f : std::as_const(fields)) {
        if (m_sideBySide || !c.differs(f.field))
            continue;
        QStringList parts;
        for (qsizetype i = 0; i < c.rows().size(); ++i) {
            if ((c.rows().at(i).own & f.field) || f.field != AccountComparison::Figure)
                parts.append(QStringLiteral("%1: %2").arg(name(i), accountValue(c.rows().at(i), f.field)));
        }
        h += QStringLiteral("<p>%1 <b>%2</b>: %3</p>")
                 .arg(differsTag(), esc(f.label), parts.join(QStringLiteral(" · ")));
    }
    const QString table = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                                         "style=\"border-collapse:collapse; border-color:#888888\">");
    auto label = [&](const FieldRow &f) {
        return c.differs(f.field) ? QStringLiteral("%1<br>%2").arg(esc(f.label), differsTag()) : esc(f.label);
    };
    if (m_sideBySide) {
        h += table + QStringLiteral("<tr><th></th>");
        for (qsizetype i = 0; i < c.rows().size(); ++i) {
            const QString g = grade(i);
            h += QStringLiteral("<th align=\"left\" valign=\"top\">%1%2%3</th>")
                     .arg(name(i), headline(i), g.isEmpty() ? g : QStringLiteral("<br>") + g);
        }
        h += QStringLiteral("</tr>");
        for (const FieldRow &f : std::as_const(fields)) {
            h += QStringLiteral("<tr><td>%1</td>").arg(label(f));
            for (qsizetype i = 0; i < c.rows().size(); ++i)
                h += QStringLiteral("<td>%1</td>").arg(value(i, f));
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("<tr><td>%1</td>").arg(esc(tr("Quote")));
        for (const auto &row : c.rows())
            h += QStringLiteral("<td><i>%1</i></td>")
                     .arg(row.quote.isEmpty() ? QStringLiteral("—") : QStringLiteral("“%1”").arg(text(row.quote)));
        return h + QStringLiteral("</tr></table>");
    }
    // Narrow: one account under another, each field on a row of its own, labels aligned.
    h += table;
    for (qsizetype i = 0; i < c.rows().size(); ++i) {
        const QString g = grade(i);
        h += QStringLiteral("<tr><th colspan=\"2\" align=\"left\">%1%2%3</th></tr>")
                 .arg(name(i), g.isEmpty() ? g : QStringLiteral(" · ") + g, headline(i));
        for (const FieldRow &f : std::as_const(fields))
            h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label(f), value(i, f));
        if (!c.rows().at(i).quote.isEmpty())
            h += QStringLiteral("<tr><td>%1</td><td><i>“%2”</i></td></tr>")
                     .arg(esc(tr("Quote")), text(c.rows().at(i).quote));
    }
    return h + QStringLiteral("</table>");
}

} // namespace entente
