// libFuzzer harness for one importer, chosen at build time by ENTENTE_FUZZ_FORMAT: the input
// becomes a file, imported into a store in memory inside a transaction that is always rolled
// back, so every input starts from the same empty store. Refusals (ImportError) are expected;
// anything else — a crash, a sanitizer report, an exception escaping importFile — is a finding.
#include "io/importer.h"
#include "store/store.h"
#include "textrule.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdlib>
#include <unistd.h>

using namespace entente;

namespace {

struct RollBack
{
};

QString inputPath()
{
    // In /dev/shm when there is one: the fuzzer writes a file per input.
    const QString dir = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return dir + QStringLiteral("/entente-fuzz-%1-%2.in").arg(QStringLiteral(ENTENTE_FUZZ_FORMAT)).arg(getpid());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString path = inputPath();
    static const std::unique_ptr<Store> store = Store::createInMemory();
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    ImportOptions options;
    options.format = QStringLiteral(ENTENTE_FUZZ_FORMAT);
    ImportProgress progress;
    try {
        store->transaction([&] {
            const ImportResult result = importFile(path, *store, options, progress);
            // A failed import says why in one sentence.
            if (!result.ok && result.error.isEmpty())
                std::abort();
            // Whatever came in keeps the text rule (textrule.h), in every text column.
            SQLite::Statement q(
                store->database(),
                "SELECT title || summary || kind || place FROM events UNION ALL SELECT name FROM actors "
                "UNION ALL SELECT role FROM event_actors UNION ALL SELECT publisher || title || url "
                "FROM sources UNION ALL SELECT quote FROM event_sources UNION ALL SELECT name FROM tags "
                "UNION ALL SELECT key || value FROM event_attributes");
            while (q.executeStep()) {
                if (!TextRule::isClean(q.getColumn(0).getString()))
                    std::abort();
            }
            throw RollBack {};
        });
    } catch (const RollBack &) { }
    // The rollback left nothing behind.
    if (store->counts().events != 0)
        std::abort();
    return 0;
}
