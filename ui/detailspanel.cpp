#include "detailspanel.h"

#include "detailsformatter.h"
#include "document.h"
#include "selection.h"

#include <QDesktopServices>
#include <QScrollBar>

namespace entente {

DetailsPanel::DetailsPanel(Selection *selection, QWidget *parent)
    : QTextBrowser(parent)
    , m_selection(selection)
    , m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("detailsPanel"));
    setAccessibleName(tr("Details"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailsPanel::followLink);
    connect(m_selection, &Selection::eventChanged, this, [this](std::optional<EventId> id) {
        if (id)
            m_showing = Showing::Event;
        refresh();
    });
    connect(m_selection, &Selection::actorChanged, this, [this](std::optional<ActorId> id) {
        if (id)
            m_showing = Showing::Actor;
        refresh();
    });
    connect(m_selection, &Selection::filterChanged, this, &DetailsPanel::refresh);
}

void DetailsPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::changed, this, &DetailsPanel::refresh);
    m_showing = Showing::Nothing;
    refresh();
}

QVariant DetailsPanel::loadResource(int, const QUrl &)
{
    // Nothing named in a page is ever fetched.
    return {};
}

void DetailsPanel::followLink(const QUrl &url)
{
    if (const auto e = DetailsFormatter::eventFromLink(url)) {
        m_selection->setEvent(*e);
        return;
    }
    if (const auto a = DetailsFormatter::actorFromLink(url)) {
        m_selection->setActor(*a);
        return;
    }
    if (DetailsFormatter::isExternalLinkAllowed(url))
        m_opener(url);
}

bool DetailsPanel::sideBySideFits() const
{
    // Two accounts a column each beside the field names: room for about 22 characters a column.
    return viewport()->width() >= fontMetrics().averageCharWidth() * 60;
}

void DetailsPanel::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (sideBySideFits() != m_sideBySide)
        refresh();
}

void DetailsPanel::refresh()
{
    if (!m_document) {
        clear();
        return;
    }
    DetailsFormatter formatter(m_document->store(), locale());
    formatter.setHighlight(m_selection->filter().text);
    m_sideBySide = sideBySideFits();
    formatter.setSideBySide(m_sideBySide);
    QString html;
    QString line;
    if (m_showing == Showing::Actor && m_selection->actor()) {
        html = formatter.actorHtml(*m_selection->actor());
        line = m_provenance ? m_provenance(QStringLiteral("actors"), *m_selection->actor()) : QString();
    } else if (m_selection->event()) {
        html = formatter.eventHtml(*m_selection->event());
        line = m_provenance ? m_provenance(QStringLiteral("events"), *m_selection->event()) : QString();
    }
    if (!html.isEmpty() && !line.isEmpty())
        html += QStringLiteral("<p style=\"color:gray\">%1</p>").arg(line.toHtmlEscaped());
    if (html.isEmpty())
        html = QStringLiteral("<p style=\"color:gray\">%1</p>")
                   .arg(tr("Select an event in the table or the timeline to see who was in it and who says so.")
                            .toHtmlEscaped());
    const int scroll = verticalScrollBar()->value();
    setHtml(html);
    verticalScrollBar()->setValue(scroll);
}

} // namespace entente
