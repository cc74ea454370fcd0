#include "cameo.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace entente {

namespace {

// The CAMEO codebook v1.1b3 (Schrodt 2012), chapter 2: every root code and every base code, and
// the sub-codes of the diplomacy families, in its own words. The kinds are Entente's: the
// sample's "talks", "visit", "statement", "proposal", "agreement", "withdrawal", "military
// action", and one for each other family. Sorted by code (find() searches it).
// clang-format off
constexpr CameoEvent kEvents[] = {
    { "01", "statement", "Make public statement", "speaker", "subject" },
    { "010", "statement", "Make statement, not specified below", "speaker", "subject" },
    { "011", "statement", "Decline comment", "speaker", "subject" },
    { "012", "statement", "Make pessimistic comment", "speaker", "subject" },
    { "013", "statement", "Make optimistic comment", "speaker", "subject" },
    { "014", "statement", "Consider policy option", "speaker", "subject" },
    { "015", "statement", "Acknowledge or claim responsibility", "speaker", "subject" },
    { "016", "statement", "Deny responsibility", "speaker", "subject" },
    { "017", "statement", "Engage in symbolic act", "speaker", "subject" },
    { "018", "statement", "Make empathetic comment", "speaker", "subject" },
    { "019", "statement", "Express accord", "speaker", "subject" },
    { "02", "appeal", "Appeal", "proposer", "subject" },
    { "020", "appeal", "Make an appeal or request, not specified below", "proposer", "subject" },
    { "021", "appeal", "Appeal for material cooperation", "proposer", "subject" },
    { "0211", "appeal", "Appeal for economic cooperation", "proposer", "subject" },
    { "0212", "appeal", "Appeal for military cooperation", "proposer", "subject" },
    { "0213", "appeal", "Appeal for judicial cooperation", "proposer", "subject" },
    { "0214", "appeal", "Appeal for intelligence", "proposer", "subject" },
    { "022", "appeal", "Appeal for diplomatic cooperation, such as policy support", "proposer", "subject" },
    { "023", "appeal", "Appeal for aid", "proposer", "subject" },
    { "0231", "appeal", "Appeal for economic aid", "proposer", "subject" },
    { "0232", "appeal", "Appeal for military aid", "proposer", "subject" },
    { "0233", "appeal", "Appeal for humanitarian aid", "proposer", "subject" },
    { "0234", "appeal", "Appeal for military protection or peacekeeping", "proposer", "subject" },
    { "024", "appeal", "Appeal for political reform", "proposer", "subject" },
    { "0241", "appeal", "Appeal for change in leadership", "proposer", "subject" },
    { "0242", "appeal", "Appeal for policy change", "proposer", "subject" },
    { "0243", "appeal", "Appeal for rights", "proposer", "subject" },
    { "0244", "appeal", "Appeal for change in institutions, regime", "proposer", "subject" },
    { "025", "appeal", "Appeal to yield", "proposer", "subject" },
    { "0251", "appeal", "Appeal for easing of administrative sanctions", "proposer", "subject" },
    { "0252", "appeal", "Appeal for easing of popular dissent", "proposer", "subject" },
    { "0253", "appeal", "Appeal for release of persons or property", "proposer", "subject" },
    { "0254", "appeal", "Appeal for easing of economic sanctions, boycott, or embargo", "proposer", "subject" },
    { "0255", "appeal", "Appeal for target to allow international involvement (non-mediation)", "proposer", "subject" },
    { "0256", "appeal", "Appeal for de-escalation of military engagement", "proposer", "subject" },
    { "026", "proposal", "Appeal to others to meet or negotiate", "proposer", "subject" },
    { "027", "proposal", "Appeal to others to settle dispute", "proposer", "subject" },
    { "028", "proposal", "Appeal to others to engage in or accept mediation", "proposer", "subject" },
    { "03", "intent to cooperate", "Express intent to cooperate", "proposer", "participant" },
    { "030", "intent to cooperate", "Express intent to cooperate, not specified below", "proposer", "participant" },
    { "031", "intent to cooperate", "Express intent to engage in material cooperation", "proposer", "participant" },
    { "0311", "intent to cooperate", "Express intent to cooperate economically", "proposer", "participant" },
    { "0312", "intent to cooperate", "Express intent to cooperate militarily", "proposer", "participant" },
    { "0313", "intent to cooperate", "Express intent to cooperate on judicial matters", "proposer", "participant" },
    { "0314", "intent to cooperate", "Express intent to cooperate on intelligence", "proposer", "participant" },
    { "032", "intent to cooperate", "Express intent to provide diplomatic cooperation", "proposer", "participant" },
    { "033", "intent to cooperate", "Express intent to provide material aid", "proposer", "participant" },
    { "0331", "intent to cooperate", "Express intent to provide economic aid", "proposer", "participant" },
    { "0332", "intent to cooperate", "Express intent to provide military aid", "proposer", "participant" },
    { "0333", "intent to cooperate", "Express intent to provide humanitarian aid", "proposer", "participant" },
    { "0334", "intent to cooperate", "Express intent to provide military protection or peacekeeping", "proposer", "participant" },
    { "034", "intent to cooperate", "Express intent to institute political reform", "proposer", "participant" },
    { "035", "intent to cooperate", "Express intent to yield", "proposer", "participant" },
    { "036", "proposal", "Express intent to meet or negotiate", "proposer", "participant" },
    { "037", "proposal", "Express intent to settle dispute", "proposer", "participant" },
    { "038", "proposal", "Express intent to accept mediation", "proposer", "participant" },
    { "039", "proposal", "Express intent to mediate", "mediator", "participant" },
    { "04", "consultation", "Consult", "participant", "participant" },
    { "040", "consultation", "Consult, not specified below", "participant", "participant" },
    { "041", "talks", "Discuss by telephone", "participant", "participant" },
    { "042", "visit", "Make a visit", "participant", "host" },
    { "043", "visit", "Host a visit", "host", "participant" },
    { "044", "talks", "Meet at a \"third\" location", "participant", "participant" },
    { "045", "mediation", "Mediate", "mediator", "participant" },
    { "046", "talks", "Engage in negotiation", "participant", "participant" },
    { "05", "diplomatic cooperation", "Engage in diplomatic cooperation", "participant", "participant" },
    { "050", "diplomatic cooperation", "Engage in diplomatic cooperation, not specified below", "participant", "participant" },
    { "051", "statement", "Praise or endorse", "supporter", "subject" },
    { "052", "statement", "Defend verbally", "supporter", "subject" },
    { "053", "diplomatic cooperation", "Rally support on behalf of", "supporter", "subject" },
    { "054", "recognition", "Grant diplomatic recognition", "participant", "participant" },
    { "055", "statement", "Apologize", "speaker", "subject" },
    { "056", "statement", "Forgive", "speaker", "subject" },
    { "057", "agreement", "Sign formal agreement", "participant", "participant" },
    { "06", "material cooperation", "Engage in material cooperation", "participant", "participant" },
    { "060", "material cooperation", "Engage in material cooperation, not specified below", "participant", "participant" },
    { "061", "material cooperation", "Cooperate economically", "participant", "participant" },
    { "062", "material cooperation", "Cooperate militarily", "participant", "participant" },
    { "063", "material cooperation", "Engage in judicial cooperation", "participant", "participant" },
    { "064", "material cooperation", "Share intelligence or information", "participant", "participant" },
    { "07", "aid", "Provide aid", "supporter", "participant" },
    { "070", "aid", "Provide aid, not specified below", "supporter", "participant" },
    { "071", "aid", "Provide economic aid", "supporter", "participant" },
    { "072", "aid", "Provide military aid", "supporter", "participant" },
    { "073", "aid", "Provide humanitarian aid", "supporter", "participant" },
    { "074", "aid", "Provide military protection or peacekeeping", "supporter", "participant" },
    { "075", "aid", "Grant asylum", "supporter", "participant" },
    { "08", "concession", "Yield", "participant", "participant" },
    { "080", "concession", "Yield, not specified below", "participant", "participant" },
    { "081", "concession", "Ease administrative sanctions", "participant", "participant" },
    { "082", "concession", "Ease political dissent", "participant", "participant" },
    { "083", "concession", "Accede to requests or demands for political reform", "participant", "participant" },
    { "084", "release", "Return, release", "participant", "participant" },
    { "0841", "release", "Return, release person(s)", "participant", "participant" },
    { "0842", "release", "Return, release property", "participant", "participant" },
    { "085", "sanctions eased", "Ease economic sanctions, boycott, embargo", "participant", "participant" },
    { "086", "concession", "Allow international involvement", "participant", "participant" },
    { "0861", "concession", "Receive deployment of peacekeepers", "participant", "participant" },
    { "0862", "concession", "Receive inspectors", "participant", "participant" },
    { "0863", "concession", "Allow humanitarian access", "participant", "participant" },
    { "087", "de-escalation", "De-escalate military engagement", "participant", "participant" },
    { "0871", "ceasefire", "Declare truce, ceasefire", "participant", "participant" },
    { "0872", "de-escalation", "Ease military blockade", "participant", "participant" },
    { "0873", "de-escalation", "Demobilize armed forces", "participant", "participant" },
    { "0874", "withdrawal", "Retreat or surrender militarily", "participant", "participant" },
    { "09", "investigation", "Investigate", "participant", "subject" },
    { "090", "investigation", "Investigate, not specified below", "participant", "subject" },
    { "091", "investigation", "Investigate crime, corruption", "participant", "subject" },
    { "092", "investigation", "Investigate human rights abuses", "participant", "subject" },
    { "093", "investigation", "Investigate military action", "participant", "subject" },
    { "094", "investigation", "Investigate war crimes", "participant", "subject" },
    { "10", "demand", "Demand", "proposer", "subject" },
    { "100", "demand", "Demand, not specified below", "proposer", "subject" },
    { "101", "demand", "Demand material cooperation", "proposer", "subject" },
    { "102", "demand", "Demand diplomatic cooperation", "proposer", "subject" },
    { "103", "demand", "Demand material aid", "proposer", "subject" },
    { "104", "demand", "Demand political reform", "proposer", "subject" },
    { "105", "demand", "Demand that target yields", "proposer", "subject" },
    { "106", "demand", "Demand meeting, negotiation", "proposer", "subject" },
    { "107", "demand", "Demand settling of dispute", "proposer", "subject" },
    { "108", "demand", "Demand mediation", "proposer", "subject" },
    { "11", "criticism", "Disapprove", "opponent", "subject" },
    { "110", "criticism", "Disapprove, not specified below", "opponent", "subject" },
    { "111", "criticism", "Criticize or denounce", "opponent", "subject" },
    { "112", "criticism", "Accuse", "opponent", "subject" },
    { "1121", "criticism", "Accuse of crime, corruption", "opponent", "subject" },
    { "1122", "criticism", "Accuse of human rights abuses", "opponent", "subject" },
    { "1123", "criticism", "Accuse of aggression", "opponent", "subject" },
    { "1124", "criticism", "Accuse of war crimes", "opponent", "subject" },
    { "1125", "criticism", "Accuse of espionage, treason", "opponent", "subject" },
    { "113", "criticism", "Rally opposition against", "opponent", "subject" },
    { "114", "criticism", "Complain officially", "opponent", "subject" },
    { "115", "lawsuit", "Bring lawsuit against", "opponent", "subject" },
    { "116", "verdict", "Find guilty or liable (legally)", "opponent", "subject" },
    { "12", "rejection", "Reject", "opponent", "proposer" },
    { "120", "rejection", "Reject, not specified below", "opponent", "proposer" },
    { "121", "rejection", "Reject material cooperation", "opponent", "proposer" },
    { "122", "rejection", "Reject request or demand for material aid", "opponent", "proposer" },
    { "123", "rejection", "Reject request or demand for political reform", "opponent", "proposer" },
    { "124", "rejection", "Refuse to yield", "opponent", "proposer" },
    { "125", "rejection", "Reject proposal to meet, discuss, or negotiate", "opponent", "proposer" },
    { "126", "rejection", "Reject mediation", "opponent", "proposer" },
    { "127", "rejection", "Reject plan, agreement to settle dispute", "opponent", "proposer" },
    { "128", "rejection", "Defy norms, law", "opponent", "proposer" },
    { "129", "rejection", "Veto", "opponent", "proposer" },
    { "13", "threat", "Threaten", "opponent", "subject" },
    { "130", "threat", "Threaten, not specified below", "opponent", "subject" },
    { "131", "threat", "Threaten non-force", "opponent", "subject" },
    { "1311", "threat", "Threaten to reduce or stop aid", "opponent", "subject" },
    { "1312", "threat", "Threaten with sanctions, boycott, embargo", "opponent", "subject" },
    { "1313", "threat", "Threaten to reduce or break relations", "opponent", "subject" },
    { "132", "threat", "Threaten with administrative sanctions", "opponent", "subject" },
    { "133", "threat", "Threaten with political dissent, protest", "opponent", "subject" },
    { "134", "threat", "Threaten to halt negotiations", "opponent", "subject" },
    { "135", "threat", "Threaten to halt mediation", "opponent", "subject" },
    { "136", "threat", "Threaten to halt international involvement (non-mediation)", "opponent", "subject" },
    { "137", "threat", "Threaten with repression", "opponent", "subject" },
    { "138", "threat", "Threaten to use military force", "opponent", "subject" },
    { "139", "ultimatum", "Give ultimatum", "opponent", "subject" },
    { "14", "protest", "Protest", "opponent", "subject" },
    { "140", "protest", "Engage in political dissent, not specified below", "opponent", "subject" },
    { "141", "protest", "Demonstrate or rally", "opponent", "subject" },
    { "142", "protest", "Conduct hunger strike", "opponent", "subject" },
    { "143", "protest", "Conduct strike or boycott", "opponent", "subject" },
    { "144", "protest", "Obstruct passage, block", "opponent", "subject" },
    { "145", "protest", "Protest violently, riot", "opponent", "subject" },
    { "15", "military posture", "Exhibit force posture", "participant", "subject" },
    { "150", "military posture", "Demonstrate military or police power, not specified below", "participant", "subject" },
    { "151", "military posture", "Increase police alert status", "participant", "subject" },
    { "152", "military posture", "Increase military alert status", "participant", "subject" },
    { "153", "military posture", "Mobilize or increase police power", "participant", "subject" },
    { "154", "military posture", "Mobilize or increase armed forces", "participant", "subject" },
    { "155", "military posture", "Mobilize or increase cyber-forces", "participant", "subject" },
    { "16", "reduced relations", "Reduce relations", "opponent", "subject" },
    { "160", "reduced relations", "Reduce relations, not specified below", "opponent", "subject" },
    { "161", "reduced relations", "Reduce or break diplomatic relations", "opponent", "subject" },
    { "162", "reduced relations", "Reduce or stop material aid", "opponent", "subject" },
    { "163", "sanctions", "Impose embargo, boycott, or sanctions", "opponent", "subject" },
    { "164", "talks halted", "Halt negotiations", "opponent", "subject" },
    { "165", "talks halted", "Halt mediation", "opponent", "subject" },
    { "166", "withdrawal", "Expel or withdraw", "opponent", "subject" },
    { "17", "coercion", "Coerce", "opponent", "subject" },
    { "170", "coercion", "Coerce, not specified below", "opponent", "subject" },
    { "171", "coercion", "Seize or damage property", "opponent", "subject" },
    { "172", "coercion", "Impose administrative sanctions", "opponent", "subject" },
    { "173", "arrest", "Arrest, detain, or charge with legal action", "opponent", "subject" },
    { "174", "coercion", "Expel or deport individuals", "opponent", "subject" },
    { "175", "coercion", "Use tactics of violent repression", "opponent", "subject" },
    { "176", "cyberattack", "Attack cybernetically", "opponent", "subject" },
    { "18", "assault", "Assault", "opponent", "subject" },
    { "180", "assault", "Use unconventional violence, not specified below", "opponent", "subject" },
    { "181", "assault", "Abduct, hijack, or take hostage", "opponent", "subject" },
    { "182", "assault", "Physically assault", "opponent", "subject" },
    { "183", "bombing", "Conduct suicide, car, or other non-military bombing", "opponent", "subject" },
    { "184", "assault", "Use as human shield", "opponent", "subject" },
    { "185", "assault", "Attempt to assassinate", "opponent", "subject" },
    { "186", "assault", "Assassinate", "opponent", "subject" },
    { "19", "military action", "Fight", "participant", "participant" },
    { "190", "military action", "Use conventional military force, not specified below", "participant", "participant" },
    { "191", "blockade", "Impose blockade, restrict movement", "participant", "participant" },
    { "192", "occupation", "Occupy territory", "participant", "participant" },
    { "193", "military action", "Fight with small arms and light weapons", "participant", "participant" },
    { "194", "military action", "Fight with artillery and tanks", "participant", "participant" },
    { "195", "air strike", "Employ aerial weapons", "participant", "participant" },
    { "196", "ceasefire violation", "Violate ceasefire", "participant", "participant" },
    { "20", "mass violence", "Use unconventional mass violence", "opponent", "subject" },
    { "200", "mass violence", "Use unconventional mass violence, not specified below", "opponent", "subject" },
    { "201", "mass violence", "Engage in mass expulsion", "opponent", "subject" },
    { "202", "mass violence", "Engage in mass killings", "opponent", "subject" },
    { "203", "mass violence", "Engage in ethnic cleansing", "opponent", "subject" },
    { "204", "mass violence", "Use weapons of mass destruction", "opponent", "subject" },
};
// clang-format on

} // namespace

std::span<const CameoEvent> Cameo::events()
{
    return kEvents;
}

const CameoEvent *Cameo::find(std::string_view code)
{
    while (code.size() >= 2) {
        const auto it
            = std::lower_bound(std::begin(kEvents), std::end(kEvents), code,
                               [](const CameoEvent &e, std::string_view c) { return std::string_view(e.code) < c; });
        if (it != std::end(kEvents) && it->code == code)
            return &*it;
        code.remove_suffix(1);
    }
    return nullptr;
}

const CameoEvent *Cameo::root(std::string_view code)
{
    return code.size() < 2 ? nullptr : find(code.substr(0, 2));
}

QString Cameo::quadClassName(int quadClass)
{
    switch (quadClass) {
    case 1:
        return QCoreApplication::translate("entente::Cameo", "verbal cooperation");
    case 2:
        return QCoreApplication::translate("entente::Cameo", "material cooperation");
    case 3:
        return QCoreApplication::translate("entente::Cameo", "verbal conflict");
    case 4:
        return QCoreApplication::translate("entente::Cameo", "material conflict");
    default:
        return {};
    }
}

} // namespace entente
