#include "exporter.h"

#include "formatregistry.h"
#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>

namespace entente {

ExportError::ExportError(const QString &message)
    : std::runtime_error(message.toStdString())
{ }

ExportCancelled::ExportCancelled()
    : ExportError(QCoreApplication::translate("entente::Exporter", "The export was cancelled; nothing was written."))
{ }

void Exporter::write(const Store &store, const EventFilter &filter, const QString &path, const ExportProgress &progress)
{
    m_progress = &progress;
    m_passes = std::max(1, passes(filter));
    m_done = 0;
    m_warnings.clear();
    struct Reset
    {
        const ExportProgress *&progress;
        ~Reset() { progress = nullptr; }
    } reset { m_progress };
    writeFile(store, filter, path);
}

void Exporter::forEachEvent(const Store &store, const EventFilter &filter,
                            const std::function<void(const Event &)> &each, EventOrder order)
{
    const QList<EventId> ids = store.eventIds(filter, order);
    const qint64 total = ids.size() * static_cast<qint64>(m_passes);
    constexpr qsizetype kBlock = 2048;
    for (qsizetype i = 0; i < ids.size(); i += kBlock) {
        if (m_progress && m_progress->cancel && m_progress->cancel->load())
            throw ExportCancelled();
        for (const Event &e : store.events(ids.mid(i, kBlock)))
            each(e);
        m_done += std::min(kBlock, ids.size() - i);
        if (m_progress && m_progress->report)
            m_progress->report(std::min(m_done, total), total);
    }
}

QStringList exportFormats()
{
    return FormatRegistry::writable();
}

std::unique_ptr<Exporter> makeExporter(const QString &format)
{
    const FormatInfo *info = FormatRegistry::find(format);
    return info && info->canWrite() ? info->writer() : nullptr;
}

} // namespace entente
