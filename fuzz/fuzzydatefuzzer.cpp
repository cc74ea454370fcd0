// libFuzzer harness for FuzzyDate::parse: any text either parses to a valid date whose span is
// well formed and whose ISO form parses back to the same date, or is refused.
#include "fuzzydate.h"

#include <QLocale>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace entente;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const std::optional<FuzzyDate> date = FuzzyDate::parse(text);
    if (!date)
        return 0;
    if (!date->isValid())
        std::abort();
    if (date->startSeconds() >= date->endSeconds())
        std::abort();
    const std::optional<FuzzyDate> again = FuzzyDate::parse(date->toIsoString());
    if (!again || *again != *date)
        std::abort();
    (void)date->toDisplayString(QLocale::c());
    return 0;
}
