#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <optional>
#include <vector>

namespace entente {

// Writes JSON straight to a device, indented two spaces, with keys in the order given, so the
// same store always gives the same bytes (an export -> import -> export round trip is
// byte-identical) and a large export never sits in memory whole.
class JsonWriter
{
public:
    explicit JsonWriter(QIODevice &device);

    void beginObject(const char *key = nullptr);
    void endObject();
    void beginArray(const char *key = nullptr);
    void endArray();
    void value(const char *key, const QString &text);
    void value(const char *key, qint64 number);
    void value(const char *key, double number);
    void value(const char *key, std::nullptr_t);
    void value(const char *key, const std::optional<QString> &text);
    void value(const char *key, const std::optional<double> &number);
    // An element of an array.
    void element(const QString &text);
    void element(qint64 number);
    // Flushes and reports a write error (a full disk) as false.
    bool finish();

    static QByteArray quoted(const QString &text);

private:
    void prefix(const char *key);
    void write(const QByteArray &bytes);

    QIODevice &m_device;
    QByteArray m_buffer;
    std::vector<bool> m_first; // per open container: nothing written in it yet
    bool m_failed = false;
};

} // namespace entente
