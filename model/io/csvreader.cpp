#include "csvreader.h"

#include "datafile.h"
#include "importer.h"
#include "textrule.h"

#include <csv.h>
#include <simdjson.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::CsvReader", text);
}

#ifdef ENTENTE_SMALL_READ_BLOCKS
constexpr qint64 kBlockSize = 61; // the fuzzers' build: every input crosses the ends of blocks
#else
constexpr qint64 kBlockSize = 1 << 20;
#endif
// No timeline row needs more; a longer one (a 100 MB line) is refused rather than held in memory.
constexpr std::size_t kMaxRecordBytes = std::size_t(16) << 20;

} // namespace

// libcsv is C and calls back into plain functions; these only copy bytes, so no exception ever
// crosses its frames. Rows are handed to the importer after each block is parsed.
struct CsvCallbacks
{
    static void field(void *data, std::size_t length, void *reader)
    {
        auto *r = static_cast<CsvReader *>(reader);
        const char *bytes = static_cast<const char *>(data);
        // The text rule (textrule.h) here, on the parsing thread: every CSV format gets it.
        if (const std::string_view field(bytes, length); TextRule::isClean(field))
            r->m_bytes.append(field);
        else
            r->m_bytes += TextRule::cleaned(field);
        r->m_fieldEnds.push_back(r->m_bytes.size());
        r->m_newlinesInRecord += std::count(bytes, bytes + length, '\n');
    }
    static void record(int terminator, void *reader)
    {
        auto *r = static_cast<CsvReader *>(reader);
        const std::size_t count = r->m_fieldEnds.size() - r->m_recordFirstField;
        // Blank lines come as records without fields (CSV_REPALL_NL reports each newline, which
        // keeps the line count right for CRLF files too).
        if (count > 0)
            r->m_records.push_back({ r->m_recordFirstField, count, r->m_line });
        r->m_recordFirstField = r->m_fieldEnds.size();
        r->m_line += r->m_newlinesInRecord + (terminator == '\n' ? 1 : 0);
        r->m_newlinesInRecord = 0;
    }
};

CsvReader::CsvReader(QString path)
    : m_path(std::move(path))
{ }

int CsvReader::column(const QString &name) const
{
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        if (m_header.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

void CsvReader::checkUtf8(const Fields &fields, qint64 line) const
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (!simdjson::validate_utf8(fields[i].data(), fields[i].size())) {
            const QString field = i < static_cast<std::size_t>(m_header.size()) ? m_header.at(static_cast<qsizetype>(i))
                                                                                : QString::number(i + 1);
            throw ImportError::at(m_path, tr("line %1").arg(line), field,
                                  tr("the text is not UTF-8 (it may be Windows-1252 or Latin-1); save the file "
                                     "as UTF-8 and import it again"));
        }
    }
}

// A bounded hand-over of parsed blocks: the parsing thread waits when a few are queued, so memory
// stays at a few blocks however large the file.
class CsvReader::Queue
{
public:
    // False when the caller has stopped reading (an error or a cancel): the parser then ends.
    bool push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_stopped || m_batches.size() < kMaxBatches; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    Batch pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_batches.empty(); });
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return batch;
    }
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_notFull.notify_all();
    }

private:
    static constexpr std::size_t kMaxBatches = 4;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<Batch> m_batches;
    bool m_stopped = false;
};

CsvReader::Batch CsvReader::takeBatch()
{
    // Keep the fields of a record that is still open at the end of the block.
    const std::size_t keepFrom = m_recordFirstField == 0 ? 0 : m_fieldEnds[m_recordFirstField - 1];
    Batch batch;
    batch.bytes = std::move(m_bytes);
    m_bytes.assign(batch.bytes, keepFrom, std::string::npos);
    batch.bytes.resize(keepFrom);
    const auto split = m_fieldEnds.begin() + static_cast<std::ptrdiff_t>(m_recordFirstField);
    batch.fieldEnds.assign(m_fieldEnds.begin(), split);
    m_fieldEnds.erase(m_fieldEnds.begin(), split);
    for (std::size_t &end : m_fieldEnds)
        end -= keepFrom;
    m_recordFirstField = 0;
    batch.records = std::move(m_records);
    m_records.clear();
    // The whole block at once, on this thread: valid UTF-8 cut only where a character starts is
    // valid UTF-8 in every piece. A block that fails is checked field by field as it is
    // delivered, which names the first bad field.
    batch.utf8 = simdjson::validate_utf8(batch.bytes.data(), batch.bytes.size());
    std::size_t begin = 0;
    for (std::size_t i = 0; batch.utf8 && i < batch.fieldEnds.size(); ++i) {
        const std::size_t end = batch.fieldEnds[i];
        if (end > begin && (static_cast<unsigned char>(batch.bytes[begin]) & 0xC0) == 0x80)
            batch.utf8 = false;
        begin = end;
    }
    return batch;
}

void CsvReader::deliver(const Batch &batch, const RowFunction &onRow)
{
    for (const Record &rec : batch.records) {
        m_view.clear();
        for (std::size_t f = rec.firstField; f < rec.firstField + rec.fieldCount; ++f) {
            const std::size_t begin = f == 0 ? 0 : batch.fieldEnds[f - 1];
            m_view.emplace_back(batch.bytes.data() + begin, batch.fieldEnds[f] - begin);
        }
        // A record of one empty field is a blank line.
        if (m_view.size() == 1 && m_view.front().empty())
            continue;
        if (!batch.utf8)
            checkUtf8(m_view, rec.line);
        if (!m_haveHeader) {
            for (std::string_view v : m_view)
                m_header.append(QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())).trimmed());
            m_haveHeader = true;
            continue;
        }
        onRow(m_view, rec.line);
    }
}

void CsvReader::parse(QIODevice &file, Queue &queue)
{
    try {
        csv_parser parser {};
        if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0)
            throw ImportError(tr("The CSV parser could not start."));
        // libcsv grows a field 128 bytes at a time by default: quadratic copying on a huge field.
        csv_set_blk_size(&parser, std::size_t(1) << 20);
        std::unique_ptr<csv_parser, void (*)(csv_parser *)> guard(&parser, &csv_free);
        QByteArray block(kBlockSize, Qt::Uninitialized);
        qint64 done = 0;
        bool first = true;
        for (;;) {
            const qint64 n = file.read(block.data(), kBlockSize);
            if (n < 0)
                throw ImportError(tr("%1 cannot be read: %2.").arg(QFileInfo(m_path).fileName(), file.errorString()));
            if (n == 0)
                break;
            const char *data = block.constData();
            std::size_t length = static_cast<std::size_t>(n);
            if (first && length >= 3 && std::equal(data, data + 3, "\xEF\xBB\xBF")) {
                data += 3;
                length -= 3;
            }
            first = false;
            if (csv_parse(&parser, data, length, &CsvCallbacks::field, &CsvCallbacks::record, this) != length)
                throw ImportError::at(
                    m_path, tr("line %1").arg(m_line), QString(),
                    tr("the CSV is malformed (%1)").arg(QString::fromUtf8(csv_strerror(csv_error(&parser)))));
            done += n;
            Batch batch = takeBatch();
            batch.bytesRead = done;
            if (!queue.push(std::move(batch)))
                return;
            // What is left is the record still open: its finished fields and the one libcsv holds.
            if (m_bytes.size() + parser.entry_pos > kMaxRecordBytes)
                throw ImportError::at(m_path, tr("line %1").arg(m_line), QString(),
                                      tr("the record is longer than %1 MB, more than any timeline row needs; refused")
                                          .arg(kMaxRecordBytes >> 20));
        }
        if (csv_fini(&parser, &CsvCallbacks::field, &CsvCallbacks::record, this) != 0)
            throw ImportError::at(m_path, tr("line %1").arg(m_line), QString(),
                                  tr("the CSV ends inside a quoted field (a quote is not closed)"));
        Batch batch = takeBatch();
        batch.last = true;
        queue.push(std::move(batch));
    } catch (...) {
        // The records before the error still reach the caller, then the error does.
        Batch batch = takeBatch();
        batch.error = std::current_exception();
        batch.last = true;
        queue.push(std::move(batch));
    }
}

void CsvReader::read(const RowFunction &onRow, const ProgressFunction &onProgress)
{
    // Plain, or the file inside a zip (UCDP's downloads), read as a stream.
    DataFile data(m_path);
    QIODevice &file = data.device();
    const qint64 total = data.size();
    Queue queue;
    // From here only the parsing thread touches the file and the libcsv buffers.
    std::thread parser([&] { parse(file, queue); });
    struct Join
    {
        Queue &queue;
        std::thread &thread;
        ~Join()
        {
            queue.stop();
            thread.join();
        }
    } join { queue, parser };
    for (;;) {
        const Batch batch = queue.pop();
        deliver(batch, onRow);
        if (batch.error)
            std::rethrow_exception(batch.error);
        if (batch.last)
            break;
        if (onProgress)
            onProgress(batch.bytesRead, total);
    }
    if (!m_haveHeader)
        throw ImportError(tr("%1 has no header row: there is nothing to import.").arg(QFileInfo(m_path).fileName()));
}

QStringList CsvReader::readHeader(const QString &path, QStringList *firstRow)
{
    struct HeaderRead
    {
    };
    CsvReader reader(path);
    try {
        reader.read([firstRow](const Fields &fields, qint64) {
            if (firstRow) {
                for (std::string_view f : fields)
                    firstRow->append(QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size())).trimmed());
            }
            throw HeaderRead();
        });
    } catch (const HeaderRead &) {
        // The first row after the header: all we wanted.
    }
    return reader.header();
}

} // namespace entente
