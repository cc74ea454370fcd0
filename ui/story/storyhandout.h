#pragma once

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
    static QString writePdf(Store &store, const Story &story, const QString &path, Layout layout);
    // By format name: "pdf" (a page per step), "pdf-list" (the compact list) or "timelinejs".
    static QString write(Store &store, const Story &story, const QString &format, const QString &path);
    static QStringList formats();
};

} // namespace entente
