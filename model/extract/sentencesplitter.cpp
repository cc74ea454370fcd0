#include "sentencesplitter.h"

#include "languagerules.h"

namespace entente {

QList<SentenceSplitter::Sentence> SentenceSplitter::split(const QString &text, const LanguageRules &rules)
{
    QList<Sentence> out;
    int paragraph = 0;
    qsizetype start = 0;
    auto flushSentence = [&](qsizetype from, qsizetype to) {
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        if (to > from)
            out.append({ { from, to - from }, paragraph });
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            flushSentence(start, i);
            start = i + 1;
            if (i + 1 < n && text.at(i + 1) == u'\n')
                ++paragraph;
            else if (!out.isEmpty())
                ++paragraph; // a single line break ends a paragraph in plain reports too
            continue;
        }
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        qsizetype j = i + 1;
        while (j < n && (text.at(j) == u'"' || text.at(j) == u'”' || text.at(j) == u'’' || text.at(j) == u')'))
            ++j;
        if (j < n && !text.at(j).isSpace())
            continue;
        qsizetype k = j;
        while (k < n && text.at(k) == u' ')
            ++k;
        if (k < n
            && !(text.at(k).isUpper() || text.at(k) == u'"' || text.at(k) == u'“' || text.at(k).isDigit()
                 || text.at(k) == u'\n'))
            continue;
        if (c == u'.') {
            qsizetype w = i;
            while (w > start && !text.at(w - 1).isSpace() && text.at(w - 1) != u'(')
                --w;
            const QString word = text.mid(w, i - w);
            if (word.size() == 1 && word.at(0).isUpper())
                continue; // an initial
            if (rules.abbreviations.contains(word, Qt::CaseSensitive))
                continue;
        }
        flushSentence(start, j);
        start = j;
    }
    flushSentence(start, n);
    return out;
}

} // namespace entente
