#pragma once

#include "event.h"

#include <QTextBrowser>

#include <functional>
#include <optional>

namespace entente {

class Document;
class Selection;

// The details of the selected event (date as written, actors with roles and titles then,
// claim status, sources with quotes and links, linked events) or actor. Untrusted text is
// escaped by DetailsFormatter; this browser also never fetches anything: no images, no style
// sheets, no files. A link leaves the application only on a click, and only for http/https.
class DetailsPanel final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPanel)

public:
    explicit DetailsPanel(Selection *selection, QWidget *parent = nullptr);

    void setDocument(Document *document);
    // Where an allowed external link goes; the system browser by default (tests replace it).
    void setLinkOpener(std::function<void(const QUrl &)> opener) { m_opener = std::move(opener); }
    void followLink(const QUrl &url);
    // A line under a record ("edited by olena, 14:02", a shared timeline's history), plain text.
    void setProvenance(std::function<QString(const QString &table, qint64 id)> provenance)
    {
        m_provenance = std::move(provenance);
    }

    QVariant loadResource(int type, const QUrl &name) override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    // Whether an event's accounts fit side by side, a column each, or go one under another.
    bool sideBySideFits() const;

    Selection *m_selection;
    Document *m_document = nullptr;
    std::function<void(const QUrl &)> m_opener;
    std::function<QString(const QString &table, qint64 id)> m_provenance;
    enum class Showing { Nothing, Event, Actor } m_showing = Showing::Nothing;
    bool m_sideBySide = true;
};

} // namespace entente
