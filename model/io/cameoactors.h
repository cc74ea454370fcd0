#pragma once

#include <QString>

#include <span>
#include <string_view>

namespace entente {

// What CAMEO's actor codes say: the country of a three-letter code (ISO 3166 alpha-3 and a few
// of CAMEO's own), and the role of a type code ("GOV" government, "MIL" military...).
struct CameoCountry
{
    const char *code; // "RUS"
    const char *name; // the name Entente gives the state: "Russia"
    const char *gdeltName; // GDELT's spelling where it differs ("Turkey" for Türkiye), else ""
};

class CameoActors
{
public:
    static std::span<const CameoCountry> countries();
    static const CameoCountry *country(std::string_view code);
    // The words for a role type code: "government" for GOV; empty when the code is not one.
    static QString roleName(std::string_view typeCode);
    // True for the roles people hold (government, military, legislature...), false for the
    // groups CAMEO codes by what they are (rebels, media, business...).
    static bool isOfficeRole(std::string_view typeCode);
};

} // namespace entente
