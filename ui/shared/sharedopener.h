#pragma once

#include "store/store.h"

#include <QString>

class QWidget;

namespace entente {

// Opens a shared timeline (a postgresql:// URL) on a worker thread, so the window keeps painting
// and answering while it connects and, the first time on this computer, copies the whole timeline
// from the server into its mirror (seconds at a million events; a server that does not answer
// takes up to libpq's connect timeout). A progress dialog with Cancel shows when it takes longer
// than a moment; a cancel stops the copy and keeps nothing of it (open() refuses with Cancelled).
class SharedOpener
{
public:
    // The store, opened as a window opens a file (Document::open's options), for the window to
    // make its document.
    // `name` is what the dialog calls the timeline ("desk on db.example").
    static Store::OpenResult open(QWidget *window, const QString &url, const QString &name);
    // The dialog's text for the copy's progress: `done` of `total` records, or the index steps.
    static QString copyingText(const QString &name, qint64 done, qint64 total);
    static QString indexingText(const QString &name, int done, int total);
    // …or of the starting copy's fetch, in bytes (shown in MB).
    static QString fetchingText(const QString &name, qint64 doneBytes, qint64 totalBytes);
};

} // namespace entente
