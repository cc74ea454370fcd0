#pragma once

#include "accountcomparison.h"
#include "event.h"
#include "source.h"

#include <QLocale>
#include <QString>
#include <QUrl>

#include <optional>

namespace entente {

class Store;

// Builds the details panel's page for an event or an actor. Every piece of imported text is
// escaped, so a title holding HTML or script shows as those characters; the only markup is our
// own, links are made only for http and https, and the page names no image or style sheet.
class DetailsFormatter
{
public:
    explicit DetailsFormatter(const Store &store, const QLocale &locale = QLocale());

    // Words to mark in the text (the search box's); empty marks nothing.
    void setHighlight(const QString &text) { m_highlight = text; }

    // Accounts that say something of their own set side by side, a column each (a wide panel),
    // or one under another (a narrow one). Side by side by default.
    void setSideBySide(bool sideBySide) { m_sideBySide = sideBySide; }

    QString eventHtml(EventId id) const;
    QString actorHtml(ActorId id) const;

    // Internal links the page uses to move between records.
    static QUrl eventLink(EventId id);
    static QUrl actorLink(ActorId id);
    static std::optional<EventId> eventFromLink(const QUrl &url);
    static std::optional<ActorId> actorFromLink(const QUrl &url);
    // True for the only links that may leave the application: http and https with a host.
    static bool isExternalLinkAllowed(const QUrl &url);

    // "Boris Johnson, then UK Prime Minister": the actor's name with the title held at `date`;
    // "then" when the title has ended since.
    static QString nameWithTitle(const QString &name, const std::optional<QString> &title, bool ended);

private:
    QString text(const QString &plain) const; // escaped, search words marked
    // The accounts of an event with two or more sources that say something of their own
    // (detailsformatteraccounts.cpp).
    QString accountsHtml(const Event &e) const;
    QString sourcesHtml(const Event &e) const; // one source after another
    QString linksHtml(EventId id) const;
    QString accountValue(const AccountComparison::Row &row, int field) const;
    // The outlet (and headline) as a link where it has an http(s) one.
    QString sourceLine(const Source &s, bool withTitle) const;
    const Store &m_store;
    QLocale m_locale;
    QString m_highlight;
    bool m_sideBySide = true;
};

} // namespace entente
