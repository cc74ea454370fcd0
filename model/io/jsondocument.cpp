#include "jsondocument.h"

#include "importer.h"
#include "textrule.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace entente {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("entente::JsonDocument", text, disambiguation, n);
}

// simdjson reads the whole document into memory; past this a JSON file is refused, not parsed.
constexpr qint64 kMaxJsonBytes = qint64(1) << 30;

// simdjson says what is wrong but not where; Qt's parser gives the offset, for the line number.
QString lineOfError(const QString &path)
{
    QFile f(path);
    if (f.size() > (qint64(64) << 20) || !f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    QJsonParseError error;
    QJsonDocument::fromJson(data, &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    const qint64 line = data.left(error.offset).count('\n') + 1;
    return tr("line %1").arg(line);
}

} // namespace

JsonDocument::~JsonDocument() = default;

JsonDocument::JsonDocument(const QString &path)
    : m_parser(std::make_unique<simdjson::dom::parser>())
{
    const QString name = QFileInfo(path).fileName();
    const qint64 size = QFileInfo(path).size();
    if (size > kMaxJsonBytes)
        throw ImportError(tr("%1 is %2 MB, more than the 1024 MB a JSON file may have; split it or use CSV.")
                              .arg(name)
                              .arg(size >> 20));
    if (m_parser->allocate(static_cast<std::size_t>(size) + 64, kMaxDepth) != simdjson::SUCCESS)
        throw ImportError(tr("%1 is too large to parse in the memory available.").arg(name));
    auto result = m_parser->load(QFile::encodeName(path).toStdString());
    if (result.error() == simdjson::STRING_ERROR) {
        // Perhaps a lone surrogate escape: read as U+FFFD, as the text rule has it.
        if (simdjson::padded_string::load(QFile::encodeName(path).toStdString()).get(m_text) == simdjson::SUCCESS
            && replaceLoneSurrogates(m_text.data(), m_text.size()))
            result = m_parser->parse(m_text);
    }
    if (result.error() == simdjson::DEPTH_ERROR)
        throw ImportError(tr("%1 nests deeper than %n level(s), which no timeline needs; refused.", nullptr,
                             static_cast<int>(kMaxDepth))
                              .arg(name));
    if (result.error() == simdjson::UTF8_ERROR)
        throw ImportError(tr("%1 is not UTF-8 (it may be Windows-1252 or Latin-1); save it as UTF-8 and import it "
                             "again.")
                              .arg(name));
    if (result.error() == simdjson::NUMBER_ERROR || result.error() == simdjson::NUMBER_OUT_OF_RANGE) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray data = f.readAll();
            std::size_t at = 0;
            if (const QString number = badNumber(std::string_view(data.constData(), std::size_t(data.size())), &at);
                !number.isEmpty())
                throw ImportError::at(path, tr("line %1").arg(data.left(qsizetype(at)).count('\n') + 1), QString(),
                                      badNumberReason(number));
        }
    }
    if (result.error() != simdjson::SUCCESS)
        throw ImportError::at(
            path, lineOfError(path), QString(),
            tr("the JSON is malformed (%1)").arg(QString::fromUtf8(simdjson::error_message(result.error()))));
    m_root = result.value_unsafe();
    m_bytes = static_cast<std::size_t>(size);
}

QString JsonDocument::badNumber(std::string_view json, std::size_t *offset)
{
    bool inString = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c != '-' && (c < '0' || c > '9'))
            continue;
        std::size_t end = i + 1;
        while (end < json.size() && std::strchr("0123456789.eE+-", json[end]) && json[end] != '\0')
            ++end;
        const std::string token(json.substr(i, end - i));
        const bool integral = token.find_first_of(".eE") == std::string::npos;
        bool bad = false;
        if (integral) {
            errno = 0;
            char *stop = nullptr;
            if (token[0] == '-')
                (void)std::strtoll(token.c_str(), &stop, 10);
            else
                (void)std::strtoull(token.c_str(), &stop, 10);
            bad = errno == ERANGE;
        } else {
            bad = !std::isfinite(std::strtod(token.c_str(), nullptr));
        }
        if (bad) {
            *offset = i;
            return QString::fromStdString(token.size() > 40 ? token.substr(0, 40) + "..." : token);
        }
        i = end - 1;
    }
    return {};
}

bool JsonDocument::replaceLoneSurrogates(char *json, std::size_t size)
{
    auto hex = [&](std::size_t at, unsigned &code) {
        if (at + 6 > size || json[at] != '\\' || json[at + 1] != 'u')
            return false;
        code = 0;
        for (std::size_t k = at + 2; k < at + 6; ++k) {
            const char c = json[k];
            const int digit = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f'             ? c - 'a' + 10
                : c >= 'A' && c <= 'F'             ? c - 'A' + 10
                                                   : -1;
            if (digit < 0)
                return false;
            code = code * 16 + static_cast<unsigned>(digit);
        }
        return true;
    };
    bool changed = false;
    for (std::size_t i = 0; i + 1 < size; ++i) {
        if (json[i] != '\\')
            continue;
        unsigned code = 0;
        if (!hex(i, code)) {
            ++i; // another escape: its second character is no backslash of its own
            continue;
        }
        unsigned low = 0;
        if (code >= 0xD800 && code <= 0xDBFF && hex(i + 6, low) && low >= 0xDC00 && low <= 0xDFFF) {
            i += 11; // a pair
            continue;
        }
        if (code >= 0xD800 && code <= 0xDFFF) {
            std::memcpy(json + i + 2, "fffd", 4);
            changed = true;
        }
        i += 5;
    }
    return changed;
}

QString JsonDocument::badNumberReason(const QString &number)
{
    return tr("the number %1 is too large (Entente reads numbers a double or a 64-bit integer holds)").arg(number);
}

// One lookup of `key`; false for an absent key, a null value or a non-object.
bool JsonDocument::find(simdjson::dom::element object, const char *key, simdjson::dom::element &value)
{
    return object.is_object() && object.at_key(key).get(value) == simdjson::SUCCESS && !value.is_null();
}

bool JsonDocument::has(simdjson::dom::element object, const char *key)
{
    simdjson::dom::element v;
    return find(object, key, v);
}

simdjson::dom::element JsonDocument::child(simdjson::dom::element object, const char *key)
{
    simdjson::dom::element v;
    if (find(object, key, v))
        return v;
    // An absent object reads as an empty one, so callers can look inside without checking.
    static simdjson::dom::parser emptyParser;
    static const simdjson::dom::element empty
        = emptyParser.parse(simdjson::padded_string(std::string_view("{}"))).value();
    return empty;
}

simdjson::dom::array JsonDocument::array(simdjson::dom::element object, const char *key)
{
    simdjson::dom::element v;
    if (!find(object, key, v)) {
        static simdjson::dom::parser emptyParser;
        static const simdjson::dom::array empty
            = emptyParser.parse(simdjson::padded_string(std::string_view("[]"))).get_array().value();
        return empty;
    }
    simdjson::dom::array a;
    if (v.get(a) != simdjson::SUCCESS)
        throw RowError(QLatin1String(key), tr("expected a list"));
    return a;
}

QString JsonDocument::string(simdjson::dom::element object, const char *key)
{
    simdjson::dom::element v;
    return find(object, key, v) ? stringOf(v, key) : QString();
}

void JsonDocument::stringInto(simdjson::dom::element object, const char *key, std::string &out)
{
    simdjson::dom::element v;
    std::string_view text;
    if (!find(object, key, v))
        out.clear();
    else if (v.get(text) == simdjson::SUCCESS) {
        if (TextRule::isClean(text))
            out.assign(text);
        else
            out = TextRule::cleaned(text);
    } else
        out = utf8(stringOf(v, key));
}

QString JsonDocument::stringOf(simdjson::dom::element v, const char *key)
{
    switch (v.type()) {
    case simdjson::dom::element_type::STRING:
        return TextRule::cleaned(qs(v.get_string().value_unsafe()));
    case simdjson::dom::element_type::INT64:
        return QString::number(v.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
        return QString::number(v.get_uint64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE:
        return QString::number(v.get_double().value_unsafe());
    case simdjson::dom::element_type::BOOL:
        return v.get_bool().value_unsafe() ? QStringLiteral("true") : QStringLiteral("false");
    case simdjson::dom::element_type::NULL_VALUE:
        return {};
    default:
        throw RowError(QLatin1String(key), tr("expected text, found a list or an object"));
    }
}

std::optional<qint64> JsonDocument::integer(simdjson::dom::element object, const char *key)
{
    simdjson::dom::element v;
    return find(object, key, v) ? integerOf(v, key) : std::nullopt;
}

std::optional<qint64> JsonDocument::integerOf(simdjson::dom::element v, const char *key)
{
    if (v.is_null())
        return std::nullopt;
    if (v.is_int64())
        return v.get_int64().value_unsafe();
    if (v.is_double()) {
        // In range first: converting 1e300 to an integer is undefined.
        const double d = v.get_double().value_unsafe();
        if (d >= -9.2e18 && d <= 9.2e18 && d == static_cast<double>(static_cast<qint64>(d)))
            return static_cast<qint64>(d);
    }
    if (v.is_string()) {
        const QString text = qs(v.get_string().value_unsafe()).trimmed();
        if (text.isEmpty())
            return std::nullopt;
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (ok)
            return n;
        throw RowError(QLatin1String(key), tr("\"%1\" is not a whole number").arg(text));
    }
    throw RowError(QLatin1String(key), tr("expected a whole number"));
}

std::optional<double> JsonDocument::real(simdjson::dom::element object, const char *key)
{
    simdjson::dom::element v;
    if (!find(object, key, v))
        return std::nullopt;
    // Finite only: "nan" and "inf" (as text; JSON has no such numbers) are refused, not dropped.
    if (v.is_number() && std::isfinite(v.get_double().value_unsafe()))
        return v.get_double().value_unsafe();
    if (v.is_string()) {
        bool ok = false;
        const QString text = qs(v.get_string().value_unsafe()).trimmed();
        const double d = text.toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
        throw RowError(QLatin1String(key), tr("\"%1\" is not a number").arg(text));
    }
    throw RowError(QLatin1String(key), tr("expected a number"));
}

std::optional<double> JsonDocument::coordinate(simdjson::dom::element object, const char *key, double limit)
{
    const std::optional<double> v = real(object, key);
    if (v && !(*v >= -limit && *v <= limit))
        throw RowError(QLatin1String(key), tr("%1 is not a coordinate between -%2 and %2").arg(*v).arg(limit));
    return v;
}

} // namespace entente
