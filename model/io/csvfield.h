#pragma once

#include <charconv>
#include <string_view>
#include <system_error>

// Reading one field of a CSV row (ACLED, UCDP GED): the spaces and tabs around it are not part of
// the value.
namespace entente::csvfield {

// The field without the spaces and tabs around it.
inline std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// The whole (trimmed) field as a number; false when any of it is not one.
template<typename T> bool number(std::string_view s, T &out)
{
    s = trimmed(s);
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size();
}

} // namespace entente::csvfield
