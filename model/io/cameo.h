#pragma once

#include <QString>

#include <span>
#include <string_view>

namespace entente {

// The CAMEO event codebook (Conflict and Mediation Event Observations, v1.1b3) as GDELT codes its
// events: two-digit root codes 01-20, three-digit base codes and four-digit sub-codes. The table
// ships with the program (cameo.cpp): every root code and the base codes in words, with the
// Entente kind each maps to and the part its two actors play. Codes not in it fall back to their
// base code, then their root code, so every valid GDELT code has a kind.
struct CameoEvent
{
    const char *code; // "046", "0871"
    const char *kind; // the Entente kind: "talks", "ceasefire", "statement"...
    const char *description; // the codebook's words: "Engage in negotiation"
    const char *role1; // the part of the source actor (Actor1): "host", "proposer"...
    const char *role2; // the target actor's (Actor2)
};

class Cameo
{
public:
    // Every entry, sorted by code.
    static std::span<const CameoEvent> events();
    // The entry for `code`, or for the nearest shorter code (base, then root) it falls under;
    // nullptr when none does (not a CAMEO code).
    static const CameoEvent *find(std::string_view code);
    // The root code's entry ("04" for "046"); nullptr when there is none.
    static const CameoEvent *root(std::string_view code);
    // GDELT's QuadClass in words: 1 verbal cooperation ... 4 material conflict; empty otherwise.
    static QString quadClassName(int quadClass);
};

} // namespace entente
