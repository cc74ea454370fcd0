#pragma once

namespace entente {

class Store;

// "Istanbul talks, 2022–2025": the bundled sample, built from the news report and its dated fact
// sheet (shared/source). Every event keeps the precision the record supports, every claim its
// source and quote, every actor its aliases and dated titles.
class SampleDataset
{
public:
    // Writes the sample into an empty store, in one transaction.
    static void write(Store &store);
    static const char *title();
};

} // namespace entente
