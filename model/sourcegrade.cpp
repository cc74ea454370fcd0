#include "sourcegrade.h"

#include <QCoreApplication>

namespace entente {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("entente::SourceGrade", s);
}

} // namespace

QString reliabilityKey(Reliability r)
{
    return QString(QChar(u'A' + static_cast<int>(r)));
}

std::optional<Reliability> reliabilityFromKey(QStringView key)
{
    const QStringView k = key.trimmed();
    if (k.size() != 1)
        return std::nullopt;
    const char16_t c = k.front().toUpper().unicode();
    if (c < u'A' || c > u'F')
        return std::nullopt;
    return static_cast<Reliability>(c - u'A');
}

QString reliabilityLabel(Reliability r)
{
    switch (r) {
    case Reliability::A:
        return tr("completely reliable");
    case Reliability::B:
        return tr("usually reliable");
    case Reliability::C:
        return tr("fairly reliable");
    case Reliability::D:
        return tr("not usually reliable");
    case Reliability::E:
        return tr("unreliable");
    case Reliability::F:
        return tr("reliability cannot be judged");
    }
    return {};
}

int credibilityNumber(Credibility c)
{
    return static_cast<int>(c);
}

std::optional<Credibility> credibilityFromNumber(qint64 number)
{
    if (number < 1 || number > 6)
        return std::nullopt;
    return static_cast<Credibility>(number);
}

QString credibilityLabel(Credibility c)
{
    switch (c) {
    case Credibility::Confirmed:
        return tr("confirmed by other sources");
    case Credibility::Probable:
        return tr("probably true");
    case Credibility::Possible:
        return tr("possibly true");
    case Credibility::Doubtful:
        return tr("doubtful");
    case Credibility::Improbable:
        return tr("improbable");
    case Credibility::CannotBeJudged:
        return tr("truth cannot be judged");
    }
    return {};
}

QString Grade::text() const
{
    QString t;
    if (reliability)
        t += reliabilityKey(*reliability);
    if (credibility)
        t += QString::number(credibilityNumber(*credibility));
    return t;
}

QString Grade::description() const
{
    if (reliability && credibility)
        return tr("%1, %2").arg(reliabilityLabel(*reliability), credibilityLabel(*credibility));
    if (reliability)
        return reliabilityLabel(*reliability);
    if (credibility)
        return credibilityLabel(*credibility);
    return {};
}

std::optional<Grade> Grade::parse(QStringView text)
{
    QStringView t = text.trimmed();
    Grade g;
    if (!t.isEmpty() && t.front().isLetter()) {
        g.reliability = reliabilityFromKey(t.first(1));
        if (!g.reliability)
            return std::nullopt;
        t = t.sliced(1);
    }
    if (!t.isEmpty()) {
        if (t.size() != 1 || !t.front().isDigit())
            return std::nullopt;
        g.credibility = credibilityFromNumber(t.front().digitValue());
        if (!g.credibility)
            return std::nullopt;
    }
    return g;
}

} // namespace entente
