#pragma once

#include <QString>

namespace entente::bench {

// Synthetic datasets for benchmarks: N events over K years among M actors, reproducible from a
// seed. Event starts cluster the way news does (bursts around a few dates) rather than spread
// evenly, actors follow a Zipf-like activity curve, and 1–3 actors join each event.
class Generator
{
public:
    struct Spec
    {
        qint64 events = 100'000;
        int actors = 50;
        int years = 30;
        int startYear = 1995;
        quint32 seed = 42;
        int month = 1; // GDELT: the month (of 31 days) its events fall in
    };
    // Writes a new Entente file (replacing `path`) through the raw SQLite API.
    static void writeEntente(const QString &path, const Spec &spec);
    // Writes an ACLED-style CSV with the codebook's 31 columns.
    static void writeAcledCsv(const QString &path, const Spec &spec);

    // What varies between GDELT files, for the import's caches: the share of rows citing a URL
    // seen nowhere before, the share naming a person seen nowhere before, and the URLs' length.
    struct GdeltVariety
    {
        double newSources = 0.6;
        double newActors = 0.02;
        int urlLength = 110;
    };
    // Writes a GDELT 2.0 event file: the real 61 tab-separated columns, no header, CAMEO codes
    // and QuadClass that agree, a month of days from spec.startYear (generator_gdelt.cpp).
    static void writeGdeltEvents(const QString &path, const Spec &spec, const GdeltVariety &variety);
};

} // namespace entente::bench
