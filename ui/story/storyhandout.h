#pragma once

#include "publish/publication.h"
#include "story.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace entente {

class Store;

// Handouts of a story: a PDF (a page per step with the timeline and the card, or a compact
// list of the steps with their notes) or TimelineJS JSON.
class StoryHandout
{
    Q_DECLARE_TR_FUNCTIONS(entente::StoryHandout)

public:
    enum class Layout { PagePerStep, List };

    // Each returns an empty string on success, otherwise one sentence naming the file.
    // Each page is a published picture: the story's name (or the publication's title) as its
    // headline, the source line naming the sources of the steps on it, the byline and date.
    static QString writePdf(const Store &store, const Story &story, const QString &path, Layout layout,
                            const Publication &publication = {});
    // By format name: "pdf" (a page per step), "pdf-list" (the compact list) or "timelinejs".
    static QString write(const Store &store, const Story &story, const QString &format, const QString &path,
                         const Publication &publication = {});
    static QStringList formats();
};

} // namespace entente
