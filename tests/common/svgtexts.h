#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace entente::test {

// Every <text> of an SVG, in document order, trimmed: what a reader of the picture reads.
inline QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
    }
    return texts;
}

// The same of an SVG file (none when it cannot be read).
inline QStringList svgFileTexts(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? svgTexts(f.readAll()) : QStringList();
}

} // namespace entente::test
