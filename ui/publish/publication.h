#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QSize>
#include <QString>

namespace entente {

// What a published picture says around its view, and how it is made: one set of options for
// every view (timeline, graph, charts, story slides and handouts), the window's Export… dialogs
// and `entente render` alike.
struct Publication
{
    QString title; // the headline
    QString subtitle; // an optional one-line description under it
    QString notes; // what the reader should know, above the source line
    QString credit; // the source line; empty: "Sources: …" from the events shown
    QString byline; // who made it ("Graphic: Olena Petrenko"), beside the date
    QDate date; // written out in full ("6 December 2026"); today when null
    QLocale locale;
    bool dark = false;
    bool legend = true;
    bool showDate = true;

    // The source line as written: the credit given, else the publishers of the events shown.
    static QString sourceLine(const QStringList &publishers, const QLocale &locale = {});
};

// A size a picture is commonly made at. `layout` is the size the picture is laid out at (in
// pixels at 96 dpi); the PNG measures layout × scale, the PDF page layout / 96 inches.
struct PicturePreset
{
    QString key; // what `--preset` takes
    QString name; // what the dialog shows
    QSize layout;
    double scale = 1;

    QSize pixels() const;
    // slide (1920×1080), social (1200×675), portrait (1080×1350), a4-landscape, a4-portrait
    // (300 dpi).
    static QList<PicturePreset> all();
    static const PicturePreset *find(const QString &key);
};

} // namespace entente
