#include "csvexporter.h"

#include "csvimporter.h"
#include "csvlist.h"
#include "store/chartrows.h"
#include "store/store.h"
#include "textrule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::CsvExporter", text);
}

QString number(const std::optional<double> &v)
{
    return v ? QLocale::c().toString(*v, 'g', QLocale::FloatingPointShortest) : QString();
}

} // namespace

QByteArray CsvExporter::field(const QString &text)
{
    // The text rule again: a file stored before it may hold a NUL, which no reader takes for text.
    QByteArray b = TextRule::cleaned(text).toUtf8();
    auto edge = [](char c) { return c == ' ' || c == '\t'; };
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r')
        || (!b.isEmpty() && (edge(b.front()) || edge(b.back())))) {
        b.replace("\"", "\"\"");
        b = '"' + b + '"';
    }
    return b;
}

void CsvExporter::writeFile(const Store &store, const EventFilter &filter, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ExportError(tr("%1 cannot be written: %2.").arg(path, file.errorString()));
    QHash<ActorId, QString> actorNames;
    for (const Actor &a : store.actors())
        actorNames.insert(a.id, a.name);
    QHash<SourceId, Source> sources;
    for (const Source &s : store.sources())
        sources.insert(s.id, s);
    // An event's attributes (GDELT's CAMEO code, UCDP's deaths...) in a column per key, after ours.
    const QStringList attributeKeys = ChartRows::attributeKeys(store);
    QStringList header = CsvImporter::columns();
    for (const QString &key : attributeKeys)
        header.append(CsvImporter::kAttributePrefix + key);
    QByteArray out;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(header.at(i));
    }
    out += "\r\n";
    bool ok = true;
    forEachEvent(store, filter, [&](const Event &e) {
        QStringList actors;
        for (const EventActor &a : e.actors)
            actors.append(CsvList::actor(actorNames.value(a.actorId), a.role));
        QStringList sourceTexts;
        QStringList grades;
        QStringList figures;
        bool graded = false;
        bool figured = false;
        for (const EventSource &es : e.sources) {
            const Source s = sources.value(es.sourceId);
            sourceTexts.append(CsvList::source(s.publisher, s.title, s.url));
            grades.append(Grade { s.reliability, es.credibility }.text());
            graded = graded || !grades.constLast().isEmpty();
            figures.append(CsvList::escape(es.account.figure));
            figured = figured || !es.account.figure.isEmpty();
        }
        QStringList values = { e.title,
                               e.start.toIsoString(),
                               e.end ? e.end->toIsoString() : QString(),
                               e.kind,
                               claimStatusKey(e.status),
                               e.summary,
                               e.place,
                               number(e.latitude),
                               number(e.longitude),
                               actors.join(QStringLiteral("; ")),
                               sourceTexts.join(QStringLiteral("; ")),
                               CsvList::join(e.tags),
                               graded ? grades.join(QStringLiteral("; ")) : QString(),
                               figured ? figures.join(QStringLiteral("; ")) : QString() };
        for (const QString &key : attributeKeys)
            values.append(e.attributes.value(key));
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                out += ',';
            out += field(values.at(i));
        }
        out += "\r\n";
        if (out.size() > (1 << 20)) {
            ok = ok && file.write(out) == out.size();
            out.clear();
        }
    });
    ok = ok && file.write(out) == out.size();
    if (!ok || !file.commit())
        throw ExportError(
            tr("%1 could not be written completely: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
}

} // namespace entente
