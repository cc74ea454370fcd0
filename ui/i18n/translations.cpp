#include "translations.h"

#include "entententranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace entente {

namespace {

struct Installed
{
    QPointer<QTranslator> entente;
    QPointer<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed i;
    return i;
}

QString languageOf(const QString &name)
{
    // "uk_UA", "uk-UA", "uk" → "uk"; "C" and "POSIX" are English.
    const QString code = name.section(u'_', 0, 0).section(u'-', 0, 0).section(u'.', 0, 0).toLower();
    return code == u"c" || code == u"posix" ? QStringLiteral("en") : code;
}

} // namespace

QStringList Translations::available()
{
    return { QStringLiteral("uk"), QStringLiteral("ru"), QStringLiteral("tr") };
}

QString Translations::resolve(const QString &code)
{
    if (!code.isEmpty())
        return available().contains(languageOf(code)) ? languageOf(code) : QStringLiteral("en");
    // The system's languages in order of preference (LANGUAGE, then LC_MESSAGES / LANG): the
    // first that is English or translated wins.
    for (const QString &name : QLocale::system().uiLanguages()) {
        QString lang = languageOf(name);
        if (lang == u"en" || available().contains(lang))
            return lang;
    }
    return QStringLiteral("en");
}

QString Translations::install(const QString &code)
{
    Installed &i = installed();
    delete i.entente;
    delete i.qt;
    QString lang = resolve(code);
    i.language = lang;
    // The system's country when it speaks the language (uk_UA, en_GB), else the language's own.
    // Not QLocale::system() itself: its language may come from LANGUAGE while it formats dates
    // by LC_TIME, which can be C, giving English month names in a Ukrainian window.
    const QLocale locale
        = QLocale::system().language() == QLocale(lang).language() ? QLocale(QLocale::system().name()) : QLocale(lang);
    QLocale::setDefault(locale);
    // English too: its file holds the plural forms ("1 event", "2 events") and nothing else.
    auto *app = QCoreApplication::instance();
    auto *ours = new EntenteTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/entente_") + lang + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(ours);
        i.entente = ours;
    } else {
        delete ours;
    }
    if (lang == u"en")
        return lang;
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        i.qt = qt;
    } else {
        delete qt;
    }
    return lang;
}

QString Translations::current()
{
    return installed().language;
}

} // namespace entente
