// The install tree, as the Debian package ships it: `cmake --install` of this build into a
// temporary prefix, then every path the .desktop file, the MIME type and the AppStream metainfo
// promise is checked against what is really there.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <SQLiteCpp/Database.h>

#include <algorithm>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// The [Desktop Entry] group of a desktop file (freedesktop Desktop Entry Specification 1.5):
// key=value lines; other groups and comments are skipped.
QHash<QString, QString> readDesktopEntry(const QString &path)
{
    QHash<QString, QString> entry;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return entry;
    bool inEntry = false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u'[')) {
            inEntry = line.trimmed() == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (!inEntry || line.startsWith(u'#') || eq < 0)
            continue;
        entry.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return entry;
}

// One <match> of a shared-mime-info <magic> rule: it holds when its own test holds and, if it has
// nested matches, one of them holds too.
struct MagicMatch
{
    QString type;
    QString value;
    QString offset;
    QList<MagicMatch> children;

    bool test(const QByteArray &data) const
    {
        const QStringList range = offset.split(u':');
        const qsizetype first = range.constFirst().toLongLong();
        const qsizetype last = range.size() > 1 ? range.constLast().toLongLong() : first;
        bool hit = false;
        for (qsizetype at = first; at <= last && !hit; ++at) {
            if (type == QLatin1String("string")) {
                const QByteArray expected = value.toUtf8();
                hit = data.mid(at, expected.size()) == expected;
            } else if (type == QLatin1String("big32")) {
                const QByteArray bytes = data.mid(at, 4);
                if (bytes.size() == 4) {
                    const quint32 word = (quint32(quint8(bytes[0])) << 24) | (quint32(quint8(bytes[1])) << 16)
                        | (quint32(quint8(bytes[2])) << 8) | quint32(quint8(bytes[3]));
                    bool ok = false;
                    const quint32 expected = value.toUInt(&ok, 0);
                    hit = ok && word == expected;
                }
            }
        }
        if (!hit || children.isEmpty())
            return hit;
        return std::any_of(children.cbegin(), children.cend(), [&](const MagicMatch &m) { return m.test(data); });
    }
};

struct MimeType
{
    QString type;
    QStringList globs;
    QString icon;
    QString subClassOf;
    QList<MagicMatch> magic;

    bool magicMatches(const QByteArray &data) const
    {
        return std::any_of(magic.cbegin(), magic.cend(), [&](const MagicMatch &m) { return m.test(data); });
    }
};

MagicMatch readMatch(QXmlStreamReader &xml)
{
    MagicMatch m;
    m.type = xml.attributes().value(QLatin1String("type")).toString();
    m.value = xml.attributes().value(QLatin1String("value")).toString();
    m.offset = xml.attributes().value(QLatin1String("offset")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("match"))
            m.children.append(readMatch(xml));
        else
            xml.skipCurrentElement();
    }
    return m;
}

QList<MimeType> readMimeTypes(const QString &path, QString *error)
{
    QList<MimeType> types;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return types;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("mime-type"))
            continue;
        MimeType t;
        t.type = xml.attributes().value(QLatin1String("type")).toString();
        while (xml.readNextStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("glob")) {
                t.globs.append(xml.attributes().value(QLatin1String("pattern")).toString());
                xml.skipCurrentElement();
            } else if (name == QLatin1String("icon")) {
                t.icon = xml.attributes().value(QLatin1String("name")).toString();
                xml.skipCurrentElement();
            } else if (name == QLatin1String("sub-class-of")) {
                t.subClassOf = xml.attributes().value(QLatin1String("type")).toString();
                xml.skipCurrentElement();
            } else if (name == QLatin1String("magic")) {
                while (xml.readNextStartElement())
                    t.magic.append(readMatch(xml));
            } else {
                xml.skipCurrentElement();
            }
        }
        types.append(t);
    }
    if (xml.hasError())
        *error = xml.errorString();
    return types;
}

// The text content of every element with this name, in document order.
QStringList elementTexts(const QString &path, const QString &element, const QString &attribute = QString(),
                         const QString &attributeValue = QString())
{
    QStringList texts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == element
            && (attribute.isEmpty() || xml.attributes().value(attribute) == attributeValue))
            texts.append(xml.readElementText().trimmed());
    }
    return texts;
}

QByteArray readHead(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(512) : QByteArray();
}

const QString kAppId = QStringLiteral("org.entente.Entente");
const QList<int> kIconSizes = { 16, 22, 24, 32, 48, 64, 128, 256, 512 };

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_prefix;
    QTemporaryDir m_work;
    QString m_desktopPath;
    QHash<QString, QString> m_desktop;

    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }
    QString metainfoPath() const
    {
        return installed(QStringLiteral("share/metainfo/") + kAppId + QStringLiteral(".metainfo.xml"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_prefix.isValid());
        QVERIFY(m_work.isValid());
        const Run install = run(QStringLiteral(ENTENTE_CMAKE),
                                { QStringLiteral("--install"), QStringLiteral(ENTENTE_BUILD_DIR),
                                  QStringLiteral("--prefix"), m_prefix.path() });
        QVERIFY2(install.exitCode == 0, install.err.constData());
        m_desktopPath = installed(QStringLiteral("share/applications/") + kAppId + QStringLiteral(".desktop"));
        QVERIFY2(QFileInfo::exists(m_desktopPath), qPrintable(m_desktopPath));
        m_desktop = readDesktopEntry(m_desktopPath);
        QVERIFY(!m_desktop.isEmpty());
    }

    void desktopFileRunsTheInstalledBinary()
    {
        QCOMPARE(m_desktop.value(QStringLiteral("Type")), QStringLiteral("Application"));
        const QStringList exec = m_desktop.value(QStringLiteral("Exec")).split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(exec, QStringList({ QStringLiteral("entente"), QStringLiteral("%F") }));
        const QFileInfo binary(installed(QStringLiteral("bin/") + exec.constFirst()));
        QVERIFY2(binary.isFile() && binary.isExecutable(), qPrintable(binary.filePath()));
        QCOMPARE(m_desktop.value(QStringLiteral("TryExec")), exec.constFirst());
        // The installed program answers, and the desktop id is the one it tells the desktop.
        const Run version = run(binary.filePath(), { QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(ENTENTE_VERSION));
        const QStringList categories = m_desktop.value(QStringLiteral("Categories")).split(u';', Qt::SkipEmptyParts);
        QVERIFY(categories.contains(QStringLiteral("Office")));
        QVERIFY(categories.contains(QStringLiteral("Education")));
    }

    void iconInEveryHicolorSize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : kIconSizes)
            QTest::addRow("%dx%d", size, size) << size;
    }

    void iconInEveryHicolorSize()
    {
        QFETCH(int, size);
        const QString icon = m_desktop.value(QStringLiteral("Icon"));
        QCOMPARE(icon, kAppId);
        const QString path
            = installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(QString::number(size), icon));
        QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(size, size));
        // Rendered from the SVG, not blank: the middle is the opaque dark-blue tile, the corners
        // outside its rounded rectangle are transparent.
        const QColor middle = image.pixelColor(size / 2, size / 4);
        QCOMPARE(middle.alpha(), 255);
        QVERIFY(middle.blue() > middle.red());
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    }

    void scalableIcon()
    {
        const QString path
            = installed(QStringLiteral("share/icons/hicolor/scalable/apps/") + kAppId + QStringLiteral(".svg"));
        QFile svg(path);
        QVERIFY2(svg.open(QIODevice::ReadOnly), qPrintable(path));
        QVERIFY(svg.readAll().contains("<svg"));
    }

    void mimeTypeByNameAndContent()
    {
        const QStringList types = m_desktop.value(QStringLiteral("MimeType")).split(u';', Qt::SkipEmptyParts);
        QCOMPARE(types, QStringList({ QStringLiteral("application/x-entente") }));
        QString error;
        const QList<MimeType> declared = readMimeTypes(
            installed(QStringLiteral("share/mime/packages/") + kAppId + QStringLiteral(".xml")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(declared.size(), 1);
        const MimeType &mime = declared.constFirst();
        QCOMPARE(mime.type, types.constFirst());
        QCOMPARE(mime.globs, QStringList({ QStringLiteral("*.entente") }));
        QCOMPARE(mime.subClassOf, QStringLiteral("application/vnd.sqlite3"));
        QCOMPARE(mime.icon, kAppId);

        // The magic recognises a real Entente file and not another program's SQLite database.
        const QString sample = m_work.filePath(QStringLiteral("renamed.bin"));
        const Run written = run(installed(QStringLiteral("bin/entente")), { QStringLiteral("sample"), sample });
        QVERIFY2(written.exitCode == 0, written.err.constData());
        QVERIFY(mime.magicMatches(readHead(sample)));
        const QString other = m_work.filePath(QStringLiteral("other.sqlite"));
        {
            SQLite::Database db(QFile::encodeName(other).constData(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            db.exec("PRAGMA application_id = 1234; CREATE TABLE t(x)");
        }
        QVERIFY(readHead(other).startsWith("SQLite format 3"));
        QVERIFY(!mime.magicMatches(readHead(other)));
        QVERIFY(!mime.magicMatches(QByteArray("SQLite format 3")));
    }

    // What a desktop does with the installed XML: compile it, with the system's own definitions,
    // into one MIME database as /usr/share/mime is, then ask Qt (which reads that database) what an
    // Entente file, a renamed one and a plain SQLite file are. (One database, as on a real system:
    // Qt 6.4 weighs magic from several databases by their order, not by priority.)
    void mimeDatabaseRecognisesEntenteFiles()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
        const QString system = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
        if (tool.isEmpty() || !QFileInfo::exists(system))
            QSKIP("no shared-mime-info on this machine");
        const QString packages = m_work.filePath(QStringLiteral("share/mime/packages"));
        QVERIFY(QDir().mkpath(packages));
        QVERIFY(QFile::copy(system, packages + QStringLiteral("/freedesktop.org.xml")));
        const QString ours = QStringLiteral("share/mime/packages/") + kAppId + QStringLiteral(".xml");
        QVERIFY(QFile::copy(installed(ours), m_work.filePath(ours)));
        const Run update = run(tool, { m_work.filePath(QStringLiteral("share/mime")) });
        QVERIFY2(update.exitCode == 0, update.err.constData());
        qputenv("XDG_DATA_DIRS", QFile::encodeName(m_work.filePath(QStringLiteral("share"))));
        const QString named = m_work.filePath(QStringLiteral("named.entente"));
        const QString renamed = m_work.filePath(QStringLiteral("renamed.db"));
        const QString other = m_work.filePath(QStringLiteral("other.db"));
        QVERIFY(run(installed(QStringLiteral("bin/entente")), { QStringLiteral("sample"), named }).exitCode == 0);
        QVERIFY(QFile::copy(named, renamed));
        {
            SQLite::Database db(QFile::encodeName(other).constData(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            db.exec("CREATE TABLE t(x)");
        }
        const QMimeDatabase mime;
        QCOMPARE(mime.mimeTypeForFile(named).name(), QStringLiteral("application/x-entente"));
        QCOMPARE(mime.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(),
                 QStringLiteral("application/x-entente"));
        QCOMPARE(mime.mimeTypeForFile(other, QMimeDatabase::MatchContent).name(),
                 QStringLiteral("application/vnd.sqlite3"));
        QVERIFY(mime.mimeTypeForName(QStringLiteral("application/x-entente"))
                    .inherits(QStringLiteral("application/vnd.sqlite3")));
        QCOMPARE(mime.mimeTypeForName(QStringLiteral("application/x-entente")).iconName(), kAppId);
    }

    void metainfoMatchesDesktopFile()
    {
        const QString path = metainfoPath();
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QCOMPARE(elementTexts(path, QStringLiteral("id")), QStringList({ kAppId }));
        // The launchable names the desktop file that is installed, by its file name.
        const QStringList launchables
            = elementTexts(path, QStringLiteral("launchable"), QStringLiteral("type"), QStringLiteral("desktop-id"));
        QCOMPARE(launchables, QStringList({ QFileInfo(m_desktopPath).fileName() }));
        const QStringList binaries = elementTexts(path, QStringLiteral("binary"));
        QCOMPARE(binaries.size(), 1);
        QVERIFY(QFileInfo(installed(QStringLiteral("bin/") + binaries.constFirst())).isExecutable());
        QCOMPARE(elementTexts(path, QStringLiteral("mediatype")),
                 QStringList({ QStringLiteral("application/x-entente") }));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString version;
        while (!xml.atEnd() && version.isEmpty()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("release"))
                version = xml.attributes().value(QLatin1String("version")).toString();
        }
        QCOMPARE(version, QStringLiteral(ENTENTE_VERSION));
    }

    void manPage()
    {
        const QString path = installed(QStringLiteral("share/man/man1/entente.1.gz"));
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        const Run unzipped = run(QStringLiteral("gzip"), { QStringLiteral("-dc"), path });
        QCOMPARE(unzipped.exitCode, 0);
        QVERIFY(unzipped.out.startsWith(".\\\""));
        QVERIFY(unzipped.out.contains(".TH ENTENTE 1"));
        QVERIFY(unzipped.out.contains("Entente " ENTENTE_VERSION));
        QVERIFY(!unzipped.out.contains('@')); // every @VARIABLE@ was filled in
        for (const char *command : { "sample", "info", "import", "export", "render", "present" })
            QVERIFY2(unzipped.out.contains(QByteArray(QByteArray(".BI \"") + command + ' ')), command);
    }

    void sampleDatasetOpensReadOnly()
    {
        const QString path = installed(QStringLiteral("share/entente/samples/Istanbul talks 2022-2025.entente"));
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        // As in /usr/share: a read-only file in a read-only folder still opens for reading.
        const QString folder = QFileInfo(path).absolutePath();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const Run info
            = run(installed(QStringLiteral("bin/entente")), { QStringLiteral("info"), path, QStringLiteral("--json") });
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY2(info.exitCode == 0, info.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(info.out).object();
        QVERIFY(o.value(QStringLiteral("events")).toInt() > 10);
        QVERIFY(o.value(QStringLiteral("actors")).toInt() > 3);
    }

    void documentation()
    {
        QVERIFY(QFileInfo::exists(installed(QStringLiteral("share/doc/entente/README.md"))));
        const QDir docs(QStringLiteral(ENTENTE_SOURCE_DIR "/docs"));
        const QStringList guides = docs.entryList({ QStringLiteral("*.md") }, QDir::Files);
        for (const QString &guide : guides)
            QVERIFY2(QFileInfo::exists(installed(QStringLiteral("share/doc/entente/") + guide)), qPrintable(guide));
    }

    void translationsBuiltAreInstalled()
    {
        const QDir built(QStringLiteral(ENTENTE_BUILD_DIR "/translations"));
        const QStringList qm = built.entryList({ QStringLiteral("*.qm") }, QDir::Files);
        if (qm.isEmpty())
            QSKIP("no translations built in this tree");
        for (const QString &file : qm)
            QVERIFY2(QFileInfo::exists(installed(QStringLiteral("share/entente/translations/") + file)),
                     qPrintable(file));
    }

    void desktopFileValidates()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (tool.isEmpty())
            QSKIP("desktop-file-validate is not installed (Debian desktop-file-utils)");
        const Run v = run(tool, { m_desktopPath });
        QVERIFY2(v.exitCode == 0, QByteArray(v.out + v.err).constData());
        QVERIFY2(!v.out.contains("error"), v.out.constData());
    }

    void metainfoValidates()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (tool.isEmpty())
            QSKIP("appstreamcli is not installed (Debian appstream)");
        const Run v = run(tool, { QStringLiteral("validate"), QStringLiteral("--no-net"), metainfoPath() });
        QVERIFY2(v.exitCode == 0, QByteArray(v.out + v.err).constData());
    }
};

QTEST_MAIN(TestPackage)
#include "tst_package.moc"
