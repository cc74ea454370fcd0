#pragma once

#include "exporter.h"

#include <QByteArray>

namespace entente {

// iCalendar (RFC 5545): one VEVENT per event; dates of day, month or year precision become
// all-day events covering their span, minute precision a timed UTC event. Text is escaped and
// lines folded at 75 octets, with the text rule applied. Events iCalendar cannot date (before the
// year 1, or reaching 31 December 9999) are left out and counted in warnings().
class IcsExporter final : public Exporter
{
public:
    static QByteArray escape(const QString &text);
    // One content line, folded, with its CRLF.
    static QByteArray fold(const QByteArray &line);

protected:
    void writeFile(const Store &store, const EventFilter &filter, const QString &path) override;
};

} // namespace entente
