#pragma once

#include "chartdata.h"

#include <QList>
#include <QString>

namespace entente {

// The charts' groupings by an event attribute (docs/event-datasets.md names the keys): which
// attribute each reads, and the group a value falls in, with its words. Numbers are put in
// ranges (a Goldstein score from -10 to 10 in five, deaths in powers of ten), codes by their
// meaning (QuadClass 1-4, a CAMEO code by its root). Events without the attribute are a group of
// their own, last.
class AttributeGroups
{
public:
    struct Group
    {
        int order = 0; // groups are shown in this order (smallest first)
        QString label;
    };
    // The place of the group of events that have no value.
    static constexpr int kNoValue = 1000;

    // The attribute groupings, in the order the window offers them.
    static QList<StackBy> all();
    static bool isAttribute(StackBy by);
    // The attribute's key, "quadclass"; empty for Kind and Actor.
    static QString key(StackBy by);
    // What the grouping is called: "QuadClass", "Goldstein scale"...
    static QString name(StackBy by);
    // The group of a value of the attribute (a null or empty value: none).
    static Group group(StackBy by, const QString &value);
};

} // namespace entente
