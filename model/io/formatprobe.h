#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace entente {

// The first bytes of a file (64 KiB, a UTF-8 byte order mark left out) and its name's suffix,
// read once and shown to every format's sniff function (FormatInfo::sniff).
class FormatProbe
{
public:
    static constexpr qint64 kHeadBytes = 65536;

    explicit FormatProbe(const QString &path);
    // A head in hand (tests, a dropped buffer): `suffix` as QFileInfo::suffix() gives it.
    FormatProbe(QByteArray head, const QString &suffix);

    bool isReadable() const { return m_readable; }
    // The file looked at (empty for a head in hand): for a sniff that must read further, e.g. into a zip.
    const QString &path() const { return m_path; }
    const QByteArray &head() const { return m_head; }
    // The head without the blank space around it.
    const QByteArray &trimmed() const { return m_trimmed; }
    // The first line, lower-cased: a CSV file's header.
    const QByteArray &firstLine() const { return m_firstLine; }
    // The file name's last suffix, lower-cased, without the dot ("csv").
    const QString &suffix() const { return m_suffix; }

    // What the content looks like at a glance.
    bool looksLikeJson() const; // begins with { or [
    bool looksLikeXml() const; // begins with <
    bool looksLikeText() const { return !looksLikeJson() && !looksLikeXml(); }
    // The event dataset the file is ("gdelt", "ucdp", or empty), looked into a zip when it is one:
    // read at the first question only, however many formats ask.
    const QString &dataset() const;

private:
    void look();

    QString m_path;
    QByteArray m_head;
    QByteArray m_trimmed;
    QByteArray m_firstLine;
    QString m_suffix;
    bool m_readable = false;
    mutable std::optional<QString> m_dataset;
};

} // namespace entente
