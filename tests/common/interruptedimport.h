#pragma once

#include "io/importer.h"
#include "store/store.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace entente::test {

// Rows of ACLED with a word of four in the notes, a side of five, a paper of three: 80 bytes a
// row, so 20,000 rows pass the size (1 MB) from which an import into an empty file stores its
// rows before it indexes them.
inline bool writeManyAcled(const QString &csv, int rows)
{
    const char *const words[] = { "ceasefire", "shelling", "convoy", "Ševčenko" };
    const char *const sides[] = { "Azov", "Kraken", "Aidar", "Dnipro", "Donbas" };
    const char *const papers[] = { "Ukrinform", "Hromadske", "Suspilne" };
    QFile f(csv);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("event_date,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,"
            "assoc_actor_2,inter2,location,latitude,longitude,source,notes\n");
    for (int i = 0; i < rows; ++i) {
        f.write("2022-03-" + QByteArray::number(10 + i % 18) + ",1,Battles,Armed clash," + sides[i % 5] + ",,1,,,,Town "
                + QByteArray::number(i) + ",50.1,30.2," + papers[i % 3] + ",Notes " + words[i % 4] + '\n');
    }
    return f.size() > (1 << 20);
}

// What a crash between an import's two commits leaves: `csv` is imported into a new file in
// `dir`, and at the moment its rows are stored the file and its WAL are copied to `crashed`,
// which then holds the rows and the mark of the indexes still to build. False on failure.
inline bool makeInterruptedImport(const QString &csv, const QString &dir, const QString &crashed)
{
    const QString target = dir + QStringLiteral("/interrupted-source.entente");
    auto store = Store::open(target, { .create = true }).store;
    if (!store)
        return false;
    bool copied = false;
    ImportProgress progress;
    progress.stored = [&](qint64) {
        copied = QFile::copy(target, crashed)
            && QFile::copy(target + QStringLiteral("-wal"), crashed + QStringLiteral("-wal"));
    };
    return importFile(csv, *store, {}, progress).ok && copied;
}

} // namespace entente::test
