#include "datasetfilter.h"

#include "importer.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::DatasetFilter", text);
}

ImportError bad(const QString &condition, const QString &why)
{
    return ImportError(tr("--where: \"%1\" %2.").arg(condition, why));
}

int dayNumber(const QString &condition, const QString &value)
{
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid() || value.size() != 10)
        throw bad(condition, tr("does not give a day as 2024-01-31"));
    return d.year() * 10000 + d.month() * 100 + d.day();
}

std::int64_t count(const QString &condition, const QString &value)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok || n < 0)
        throw bad(condition, tr("does not give a count (a whole number, 0 or more)"));
    return n;
}

std::vector<int> numbers(const QString &condition, const QStringList &values, int low, int high, const QString &what)
{
    std::vector<int> out;
    for (const QString &v : values) {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < low || n > high)
            throw bad(condition, what);
        out.push_back(n);
    }
    return out;
}

} // namespace

DatasetFilter DatasetFilter::parse(const QString &text)
{
    DatasetFilter f;
    static const QRegularExpression separators(QStringLiteral("[\\s;]+"));
    static const QRegularExpression condition(QStringLiteral("^([a-z]+)\\s*(>=|=)\\s*(.+)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = condition.match(part);
        if (!m.hasMatch())
            throw bad(part, tr("is not a condition; write key=value, e.g. root=04,05 or mentions>=5"));
        const QString key = m.captured(1).toLower();
        const bool atLeast = m.captured(2) == u">=";
        const QString value = m.captured(3);
        const QStringList values = value.split(u',', Qt::SkipEmptyParts);
        if (values.isEmpty())
            throw bad(part, tr("gives no value"));
        if (atLeast && key != u"mentions" && key != u"deaths")
            throw bad(part, tr("uses >=, which only mentions and deaths take"));
        f.m_empty = false;
        if (key == u"root") {
            const auto roots = numbers(part, values, 1, 20, tr("names no CAMEO root code (01 to 20)"));
            f.m_roots.insert(f.m_roots.end(), roots.begin(), roots.end());
        } else if (key == u"code") {
            for (const QString &v : values) {
                if (v.size() < 2 || v.size() > 4
                    || !std::all_of(v.begin(), v.end(), [](QChar c) { return c.isDigit(); }))
                    throw bad(part, tr("names no CAMEO event code (two to four digits, e.g. 036)"));
                f.m_codes.push_back(v.toStdString());
            }
        } else if (key == u"quad") {
            const auto quads = numbers(part, values, 1, 4, tr("names no QuadClass (1 to 4)"));
            f.m_quads.insert(f.m_quads.end(), quads.begin(), quads.end());
        } else if (key == u"country") {
            for (const QString &v : values)
                f.m_countries.push_back(v.trimmed().toUpper().toStdString());
        } else if (key == u"mentions") {
            f.m_minMentions = count(part, value);
        } else if (key == u"deaths") {
            f.m_minDeaths = count(part, value);
        } else if (key == u"from") {
            f.m_from = dayNumber(part, value);
        } else if (key == u"to") {
            f.m_to = dayNumber(part, value);
        } else {
            throw bad(part,
                      tr("names no condition Entente knows (root, code, quad, country, mentions, deaths, "
                         "from, to)"));
        }
    }
    if (f.m_from > f.m_to)
        throw ImportError(tr("--where: the date range ends before it begins."));
    return f;
}

QString DatasetFilter::syntaxHelp()
{
    return tr("Conditions, separated by spaces, all of which must hold:\n"
              "  root=04,05        CAMEO root codes (GDELT)\n"
              "  code=036,0871     CAMEO event codes, or their beginnings (GDELT)\n"
              "  quad=1,2          QuadClass: 1 verbal cooperation, 2 material cooperation,\n"
              "                    3 verbal conflict, 4 material conflict (GDELT)\n"
              "  country=RUS,UKR   either actor's country: CAMEO codes (GDELT), names (UCDP)\n"
              "  mentions>=5       at least that many mentions (GDELT)\n"
              "  deaths>=10        at least that many deaths, best estimate (UCDP)\n"
              "  from=2024-01-01   on or after that day; to=2024-01-31, on or before it");
}

bool DatasetFilter::rootMatches(int root) const
{
    return m_roots.empty() || std::find(m_roots.begin(), m_roots.end(), root) != m_roots.end();
}

bool DatasetFilter::codeMatches(std::string_view code) const
{
    return m_codes.empty()
        || std::any_of(m_codes.begin(), m_codes.end(), [code](const std::string &c) { return code.starts_with(c); });
}

bool DatasetFilter::quadMatches(int quadClass) const
{
    return m_quads.empty() || std::find(m_quads.begin(), m_quads.end(), quadClass) != m_quads.end();
}

namespace {

bool sameUpper(std::string_view upper, std::string_view s)
{
    if (upper.size() != s.size())
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i] >= 'a' && s[i] <= 'z' ? static_cast<char>(s[i] - 'a' + 'A') : s[i];
        if (c != upper[i])
            return false;
    }
    return true;
}

} // namespace

bool DatasetFilter::countryMatches(std::string_view country1, std::string_view country2) const
{
    if (m_countries.empty())
        return true;
    return std::any_of(m_countries.begin(), m_countries.end(), [&](const std::string &c) {
        return (!country1.empty() && sameUpper(c, country1)) || (!country2.empty() && sameUpper(c, country2));
    });
}

} // namespace entente
