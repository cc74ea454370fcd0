#include "textrule.h"

#include <array>

namespace entente::TextRule {

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD"; // U+FFFD in UTF-8

// How many bytes at `s[i]` the rule changes: 0 when the character there is fine.
std::size_t badAt(std::string_view s, std::size_t i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20)
        return c == '\t' || c == '\n' ? 0 : 1;
    if (c == 0x7F)
        return 1;
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF
        && (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE)
        return 3; // U+FFFE, U+FFFF
    if (c == 0xED && i + 2 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xE0) == 0xA0
        && (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80)
        return 3; // a surrogate written as UTF-8 (CESU-8, WTF-8)
    return 0;
}

// What a byte can start: 0 nothing the rule changes, 1 a character it replaces (a control
// character but tab and newline, DEL), 2 a character it may replace (0xEF: U+FFFE or U+FFFF;
// 0xED: a surrogate), for badAt() to tell. One lookup a byte: the test per byte with badAt()
// called at every tab was a tenth of reading a GDELT row (61 tab-separated fields).
constexpr std::array<unsigned char, 256> kStarts = [] {
    std::array<unsigned char, 256> table {};
    for (int c = 0; c < 0x20; ++c)
        table[static_cast<std::size_t>(c)] = c == '\t' || c == '\n' ? 0 : 1;
    table[0x7F] = 1;
    table[0xEF] = 2;
    table[0xED] = 2;
    return table;
}();

bool badChar(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n') || c == 0x7F || c == 0xFFFE || c == 0xFFFF;
}

} // namespace

bool isClean(std::string_view utf8)
{
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const unsigned char starts = kStarts[static_cast<unsigned char>(utf8[i])];
        if (starts == 1 || (starts == 2 && badAt(utf8, i) > 0))
            return false;
    }
    return true;
}

bool isClean(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (badChar(c))
            return false;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode()))
            ++i;
        else if (QChar::isSurrogate(c))
            return false;
    }
    return true;
}

void clean(std::string &utf8)
{
    if (isClean(utf8))
        return;
    utf8 = cleaned(utf8);
}

std::string cleaned(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size() + 8);
    for (std::size_t i = 0; i < utf8.size();) {
        if (utf8[i] == '\r') {
            out += '\n';
            i += i + 1 < utf8.size() && utf8[i + 1] == '\n' ? 2 : 1;
        } else if (const std::size_t bad = badAt(utf8, i); bad > 0) {
            out += kReplacement;
            i += bad;
        } else {
            out += utf8[i++];
        }
    }
    return out;
}

QString cleaned(const QString &text)
{
    if (isClean(text))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out += text[i];
            out += text[++i];
        } else if (badChar(c) || QChar::isSurrogate(c)) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string storable(const QString &text)
{
    const QByteArray b = (isClean(text) ? text : cleaned(text)).toUtf8();
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

} // namespace entente::TextRule
