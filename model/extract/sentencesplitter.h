#pragma once

#include "proposal.h"

#include <QList>
#include <QString>

namespace entente {

class LanguageRules;

// Splits text into sentences, paragraph by paragraph, without splitting after "U.S." or "Mr."
// (the language's abbreviations) or an initial.
class SentenceSplitter
{
public:
    struct Sentence
    {
        TextSpan span;
        int paragraph = 0;
    };
    static QList<Sentence> split(const QString &text, const LanguageRules &rules);
};

} // namespace entente
