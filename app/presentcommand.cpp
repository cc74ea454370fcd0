#include "command.h"

#include "document.h"
#include "selection.h"
#include "story/presentationwindow.h"
#include "story/storysteps.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QScreen>
#include <QTimer>

namespace entente::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::cli", text);
}

} // namespace

int runPresent(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The Entente file to present from."));
    const QCommandLineOption storyOption(QStringLiteral("story"),
                                         tr("The story to present; without it, every event in date order."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption screenOption(QStringLiteral("screen"),
                                          tr("The screen to present on, counted from 0 (the primary by default)."),
                                          QStringLiteral("N"));
    const QCommandLineOption contrast(QStringLiteral("high-contrast"), tr("Use the high-contrast theme."));
    const QCommandLineOption fontScale(QStringLiteral("font-scale"), tr("Scale the type, 0.6 to 2 (1 by default)."),
                                       QStringLiteral("F"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Draw one step to PNG instead of presenting, and quit."),
                                        QStringLiteral("PNG"));
    const QCommandLineOption step(QStringLiteral("step"), tr("With --screenshot: the step to draw, from 1."),
                                  QStringLiteral("N"));
    const QCommandLineOption size(QStringLiteral("size"), tr("With --screenshot: WxH (1920x1080 by default)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption notes(
        QStringLiteral("notes"),
        tr("Show the teacher's notes and the next step under the slide (N while presenting)."));
    parser.addOptions({ storyOption, screenOption, contrast, fontScale, notes, screenshot, step, size });
    if (auto status = parseOrExit(parser, arguments, tr("Present a story full screen.")))
        return *status;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("present needs one file: entente present DB [--story NAME]"));
    auto opened = Document::open(
        openStore(parser.positionalArguments().constFirst(), { .allowReadOnly = true, .exclusive = true }));
    if (!opened.document)
        return fail(opened.error);
    Document &document = *opened.document;
    std::optional<StoryId> story;
    if (parser.isSet(storyOption)) {
        story = stories::findByName(document.store(), parser.value(storyOption));
        if (!story)
            return fail(tr("--story: no story is named \"%1\".").arg(parser.value(storyOption)));
    }
    SlideStyle style;
    style.highContrast = parser.isSet(contrast);
    if (parser.isSet(fontScale)) {
        bool ok = false;
        style.fontScale = parser.value(fontScale).toDouble(&ok);
        if (!ok || style.fontScale < 0.6 || style.fontScale > 2)
            return fail(tr("--font-scale: give a number from 0.6 to 2."));
    }
    Selection selection;
    PresentationWindow window(&document, &selection, story);
    window.setStyle(style);
    window.setNotesShown(parser.isSet(notes));
    if (window.stepCount() == 0)
        return fail(tr("There is nothing to present: the story has no steps."));

    if (parser.isSet(screenshot)) {
        QSize pixels(1920, 1080);
        if (parser.isSet(size)) {
            static const QRegularExpression re(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
            const auto m = re.match(parser.value(size));
            if (!m.hasMatch())
                return fail(tr("Bad --size %1: write WIDTHxHEIGHT, e.g. 1920x1080.").arg(parser.value(size)));
            pixels = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        }
        const int n = parser.isSet(step) ? parser.value(step).toInt() : 1;
        if (n < 1 || n > window.stepCount())
            return fail(tr("--step: give a number from 1 to %1.").arg(window.stepCount()));
        window.setAnimationDuration(1);
        window.resize(pixels);
        window.goTo(n - 1);
        // The camera jumps rather than glides: draw the end of the movement.
        QTimer::singleShot(50, &window, [] { QApplication::quit(); });
        QApplication::exec();
        if (!window.grab().save(parser.value(screenshot)))
            return fail(tr("cannot write %1").arg(parser.value(screenshot)));
        return 0;
    }

    if (QGuiApplication::platformName() == u"offscreen")
        return fail(tr("present needs a display; use --screenshot to draw a step without one."));
    QScreen *screen = nullptr;
    if (parser.isSet(screenOption)) {
        const auto screens = QGuiApplication::screens();
        bool ok = false;
        const int index = parser.value(screenOption).toInt(&ok);
        if (!ok || index < 0 || index >= screens.size())
            return fail(tr("--screen: give a number from 0 to %1.").arg(screens.size() - 1));
        screen = screens.at(index);
    }
    QObject::connect(&window, &PresentationWindow::finished, &window, [] { QApplication::quit(); });
    window.start(screen);
    return QApplication::exec();
}

} // namespace entente::cli
