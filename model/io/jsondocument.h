#pragma once

#include <QString>

#include <simdjson.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace entente {

// A JSON file parsed by simdjson, with refusals that name the file and the line: malformed
// JSON, nesting deeper than any timeline needs (a depth bomb), a file too large to parse.
class JsonDocument
{
public:
    // Nesting deeper than this is refused; our formats need 6 levels.
    static constexpr std::size_t kMaxDepth = 64;

    explicit JsonDocument(const QString &path);
    // Out of line: simdjson's parser differs in layout with its threading macro, which only
    // this library's build sets, so no other target may create or destroy one.
    ~JsonDocument();
    JsonDocument(const JsonDocument &) = delete;
    JsonDocument &operator=(const JsonDocument &) = delete;
    simdjson::dom::element root() const { return m_root; }
    std::size_t bytes() const { return m_bytes; }

    // Field access that tolerates what real files do: numbers written as strings and back,
    // null for absent. A value of the wrong kind throws RowError naming the key. Text comes with
    // the text rule applied (textrule.h); real() refuses what is not a finite number.
    static bool has(simdjson::dom::element object, const char *key);
    static QString string(simdjson::dom::element object, const char *key);
    static std::optional<qint64> integer(simdjson::dom::element object, const char *key);
    static std::optional<double> real(simdjson::dom::element object, const char *key);
    // real() within [-limit, limit], as a latitude (90) or longitude (180) must be.
    static std::optional<double> coordinate(simdjson::dom::element object, const char *key, double limit);
    // The same for a value already in hand (`key` names it in errors).
    static QString stringOf(simdjson::dom::element value, const char *key);
    static std::optional<qint64> integerOf(simdjson::dom::element value, const char *key);
    // string() as UTF-8 bytes into `out`, with no QString between (the hot path of a large file).
    static void stringInto(simdjson::dom::element object, const char *key, std::string &out);
    static simdjson::dom::element child(simdjson::dom::element object, const char *key); // null element if absent
    static simdjson::dom::array array(simdjson::dom::element object, const char *key); // empty if absent

    // The first number in `json` (outside strings) that neither a double nor a 64-bit integer
    // holds (1e400, 99999999999999999999999), with its offset; empty when there is none.
    static QString badNumber(std::string_view json, std::size_t *offset);
    static QString badNumberReason(const QString &number);
    // Rewrites each escaped lone surrogate ("\ud800" without its pair), which JSON allows but
    // simdjson refuses, as "\ufffd" (the text rule's replacement), in place; true when it did.
    static bool replaceLoneSurrogates(char *json, std::size_t size);

private:
    static bool find(simdjson::dom::element object, const char *key, simdjson::dom::element &value);

    std::unique_ptr<simdjson::dom::parser> m_parser;
    simdjson::padded_string m_text; // the file, when it had to be mended before parsing
    simdjson::dom::element m_root;
    std::size_t m_bytes = 0;
};

} // namespace entente
