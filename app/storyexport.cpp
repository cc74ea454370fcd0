#include "command.h"

#include "store/store.h"
#include "story/storyhandout.h"
#include "story/storysteps.h"

#include <QCoreApplication>

namespace entente::cli {

int exportStory(const QString &path, const QString &story, const QString &format, const QString &output,
                const Publication &publication)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("entente::cli", text); };
    if (!StoryHandout::formats().contains(format))
        return fail(tr("%1 is not a story handout format; use one of %2.")
                        .arg(format, StoryHandout::formats().join(QStringLiteral(", "))));
    auto opened = openStore(path, { .allowReadOnly = true });
    if (!opened.store)
        return fail(opened.error);
    try {
        const auto id = stories::findByName(*opened.store, story);
        if (!id)
            return fail(tr("--story: no story is named \"%1\".").arg(story));
        const auto record = opened.store->story(*id);
        if (!record)
            return fail(tr("--story: no story is named \"%1\".").arg(story));
        const QString error = StoryHandout::write(*opened.store, *record, format, output, publication);
        return error.isEmpty() ? 0 : fail(error);
    } catch (const std::exception &e) {
        return fail(Store::causeSentence(e));
    }
}

} // namespace entente::cli
