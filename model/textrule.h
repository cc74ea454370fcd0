#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace entente {

// The one rule for the text Entente stores (docs/entente-json.md, "Text"): valid Unicode with
// line feeds for line ends, and nothing a file format cannot carry. A CR LF pair and a lone CR
// become LF; the other C0 controls (U+0000-U+001F but tab and LF), DEL (U+007F), the
// noncharacters U+FFFE and U+FFFF and a lone surrogate each become U+FFFD, the replacement
// character, so the reader sees that something was there. What the rule lets through, XML 1.0,
// JSON, CSV and iCalendar all carry. Every reader applies it to what it reads and the store to
// what it writes; every exporter applies it again to what it writes, so a file stored before
// the rule existed exports too.
namespace TextRule {

// True when `utf8` needs no change (a quick scan; most text does not).
bool isClean(std::string_view utf8);
bool isClean(QStringView text);
// `utf8` with the rule applied; UTF-8 in, UTF-8 out (bytes that are not UTF-8 are left alone).
void clean(std::string &utf8);
std::string cleaned(std::string_view utf8);
QString cleaned(const QString &text);
// The rule applied, as the UTF-8 bytes the store binds.
std::string storable(const QString &text);

} // namespace TextRule

} // namespace entente
