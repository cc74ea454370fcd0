#include "attributegroups.h"

#include "io/cameo.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::AttributeGroups", text);
}

AttributeGroups::Group noValue()
{
    return { AttributeGroups::kNoValue, tr("(none)") };
}

AttributeGroups::Group quadClass(const QString &value)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    const QString name = ok ? Cameo::quadClassName(n) : QString();
    if (name.isEmpty())
        return { AttributeGroups::kNoValue - 1, tr("other") };
    return { n, QStringLiteral("%1 %2").arg(n).arg(name) };
}

// Goldstein's scale runs from -10 (most conflictual) to +10 (most cooperative).
AttributeGroups::Group goldstein(const QString &value)
{
    bool ok = false;
    const double g = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(g))
        return { AttributeGroups::kNoValue - 1, tr("other") };
    if (g < -5)
        return { 0, tr("−10 to −5") };
    if (g < 0)
        return { 1, tr("−5 to 0") };
    if (g == 0)
        return { 2, tr("0") };
    if (g <= 5)
        return { 3, tr("0 to 5") };
    return { 4, tr("5 to 10") };
}

AttributeGroups::Group cameoRoot(const QString &value)
{
    const QByteArray code = value.trimmed().toLatin1();
    const CameoEvent *root = Cameo::root(std::string_view(code.constData(), std::size_t(code.size())));
    if (!root)
        return { AttributeGroups::kNoValue - 1, tr("other") };
    // The codebook's words, in English as the stored titles are.
    return { QByteArray(root->code).toInt(),
             QString::fromLatin1(root->code) + u' ' + QString::fromUtf8(root->description) };
}

AttributeGroups::Group deaths(const QString &value)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        return { AttributeGroups::kNoValue - 1, tr("other") };
    if (n == 0)
        return { 0, tr("no deaths") };
    if (n < 10)
        return { 1, tr("1–9 deaths") };
    if (n < 100)
        return { 2, tr("10–99 deaths") };
    if (n < 1000)
        return { 3, tr("100–999 deaths") };
    return { 4, tr("1,000 deaths or more") };
}

} // namespace

QList<StackBy> AttributeGroups::all()
{
    return { StackBy::QuadClass, StackBy::Goldstein, StackBy::CameoRoot, StackBy::Deaths };
}

bool AttributeGroups::isAttribute(StackBy by)
{
    return by != StackBy::Kind && by != StackBy::Actor;
}

QString AttributeGroups::key(StackBy by)
{
    switch (by) {
    case StackBy::QuadClass:
        return QStringLiteral("quadclass");
    case StackBy::Goldstein:
        return QStringLiteral("goldstein");
    case StackBy::CameoRoot:
        return QStringLiteral("cameo");
    case StackBy::Deaths:
        return QStringLiteral("deaths_best");
    case StackBy::Kind:
    case StackBy::Actor:
        break;
    }
    return {};
}

QString AttributeGroups::name(StackBy by)
{
    switch (by) {
    case StackBy::QuadClass:
        return tr("QuadClass");
    case StackBy::Goldstein:
        return tr("Goldstein scale");
    case StackBy::CameoRoot:
        return tr("CAMEO root");
    case StackBy::Deaths:
        return tr("Deaths (UCDP)");
    case StackBy::Kind:
    case StackBy::Actor:
        break;
    }
    return {};
}

AttributeGroups::Group AttributeGroups::group(StackBy by, const QString &value)
{
    if (value.trimmed().isEmpty())
        return noValue();
    switch (by) {
    case StackBy::QuadClass:
        return quadClass(value);
    case StackBy::Goldstein:
        return goldstein(value);
    case StackBy::CameoRoot:
        return cameoRoot(value);
    case StackBy::Deaths:
        return deaths(value);
    case StackBy::Kind:
    case StackBy::Actor:
        break;
    }
    return noValue();
}

} // namespace entente
