#include "datafile.h"

#include "gdeltrecord.h"
#include "importer.h"

#include <zip.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::DataFile", text);
}

// One file inside a zip archive as a sequential device, inflated by libzip as it is read.
class ZipEntryDevice final : public QIODevice
{
public:
    ZipEntryDevice(zip_t *archive, zip_file_t *file)
        : m_archive(archive)
        , m_file(file)
    { }
    ~ZipEntryDevice() override
    {
        zip_fclose(m_file);
        zip_discard(m_archive);
    }
    ZipEntryDevice(const ZipEntryDevice &) = delete;
    ZipEntryDevice &operator=(const ZipEntryDevice &) = delete;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const zip_int64_t n = zip_fread(m_file, data, static_cast<zip_uint64_t>(maxSize));
        if (n < 0) {
            // A damaged or cut-short entry: a CRC error, or data that ends before its size.
            setErrorString(QString::fromUtf8(zip_error_strerror(zip_file_get_error(m_file))));
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    zip_t *m_archive;
    zip_file_t *m_file;
};

} // namespace

bool DataFile::looksZipped(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray magic = f.read(4);
    return magic == QByteArrayView("PK\x03\x04", 4) || magic == QByteArrayView("PK\x05\x06", 4);
}

DataFile::DataFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (!looksZipped(path)) {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            throw ImportError(tr("%1 cannot be read: %2.").arg(name, file->errorString()));
        m_size = file->size();
        m_device = std::move(file);
        return;
    }
    m_zip = true;
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive) {
        if (error == ZIP_ER_NOZIP || error == ZIP_ER_INCONS || error == ZIP_ER_EOF)
            throw ImportError(tr("%1 is a zip archive cut short (its table of contents is missing or damaged); "
                                 "download it again.")
                                  .arg(name));
        zip_error_t e;
        zip_error_init_with_code(&e, error);
        const QString why = QString::fromUtf8(zip_error_strerror(&e));
        zip_error_fini(&e);
        throw ImportError(tr("%1 cannot be read as a zip archive: %2.").arg(name, why));
    }
    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st) != 0 || !st.name)
            continue;
        const QString entry = QString::fromUtf8(st.name);
        if (entry.endsWith(u'/') || entry.startsWith(u"__MACOSX/"))
            continue;
        zip_file_t *file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        if (!file) {
            const QString why = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            throw ImportError(tr("%1: %2 in it cannot be read: %3.").arg(name, entry, why));
        }
        m_entry = entry;
        m_size = (st.valid & ZIP_STAT_SIZE) != 0 ? static_cast<qint64>(st.size) : 0;
        m_device = std::make_unique<ZipEntryDevice>(archive, file);
        m_device->open(QIODevice::ReadOnly);
        return;
    }
    zip_discard(archive);
    throw ImportError(tr("%1 is a zip archive with no file in it: there is nothing to import.").arg(name));
}

DataFile::~DataFile() = default;

QByteArray DataFile::head(const QString &path, qint64 bytes)
{
    try {
        DataFile file(path);
        QByteArray out(bytes, Qt::Uninitialized);
        qint64 got = 0;
        while (got < bytes) {
            const qint64 n = file.device().read(out.data() + got, bytes - got);
            if (n <= 0)
                break;
            got += n;
        }
        out.truncate(got);
        return out;
    } catch (const ImportError &) {
        return {};
    }
}

QString DataFile::sniff(const QString &path)
{
    QByteArray head = DataFile::head(path, 65536);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    const qsizetype nl = head.indexOf('\n');
    const QByteArray first = nl < 0 ? head : head.left(nl);
    if (GdeltLayout::looksLikeGdelt(std::string_view(first.constData(), static_cast<std::size_t>(first.size()))))
        return QStringLiteral("gdelt");
    const QByteArray lower = first.toLower();
    if (lower.contains("side_a") && lower.contains("date_prec") && lower.contains("source_article"))
        return QStringLiteral("ucdp");
    return {};
}

} // namespace entente
