#include "application.h"

#include "appearance.h"
#include "command.h"
#include "filehealth.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "store/sharedtimeline.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <unistd.h>

namespace entente::cli {

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Entente"));
    QCoreApplication::setApplicationName(QStringLiteral("entente"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENTENTE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Entente"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.entente.Entente"));
}

// Outside a desktop session (a terminal, CI) there is no runtime folder; make the private one
// Qt would otherwise fall back to with a warning on every run.
void ensureRuntimeDir()
{
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(::getuid());
    if (QDir().mkpath(dir)
        && QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

QString commandList()
{
    QString text = QCoreApplication::translate("entente::cli", "Commands:") + u'\n';
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(c.name).leftJustified(10),
                         QCoreApplication::translate("entente::cli", c.summary));
    return text;
}

int runWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "entente::cli",
            "Browse, present and export diplomacy timelines.\n\n%1\nRun `entente COMMAND --help` for "
            "a command's options.")
            .arg(commandList()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("entente::cli", "An Entente file to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("entente::cli", "Open the window, save a picture of it to PNG and quit."),
        QStringLiteral("PNG"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("entente::cli", "Window size, WxH."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QCoreApplication::translate("entente::cli", "Start, open the file or sample, and quit."));
    parser.addOptions({ screenshot, size, selfTest });
    parser.process(arguments);

    Appearance::apply();
    MainWindow window;
    const QStringList files = parser.positionalArguments();
    const bool headless = parser.isSet(screenshot) || parser.isSet(selfTest);
    QCoreApplication::instance()->setProperty(FileHealth::kHeadlessProperty, headless);
    bool opened = false;
    bool firstStart = false;
    if (!files.isEmpty()) {
        // A shared timeline's first open copies it for seconds: the window shows first, under
        // the copy's progress.
        if (!headless && MainWindow::isSharedUrl(files.constFirst()))
            window.show();
        opened = window.openFile(files.constFirst());
    } else {
        // The first start opens the sample with a short welcome; later ones the last file.
        const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
        firstStart = !QSettings().value(QStringLiteral("welcomeShown")).toBool() && !headless;
        opened = (!recent.isEmpty() && QFileInfo::exists(recent.constFirst()) && window.openFile(recent.constFirst()))
            || window.openSample();
    }
    if (headless && !opened)
        return fail(window.lastError());
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(u'x');
        if (wh.size() == 2)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();
    if (parser.isSet(selfTest)) {
        QTimer::singleShot(200, &window, &QWidget::close);
        return QApplication::exec();
    }
    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        int status = 0;
        // Let layouts settle and the first paint happen before grabbing.
        QTimer::singleShot(500, &window, [&] {
            if (!window.grab().save(out))
                status = fail(QCoreApplication::translate("entente::cli", "cannot write %1").arg(out));
            window.close();
        });
        QApplication::exec();
        return status;
    }
    if (firstStart && opened) {
        QSettings().setValue(QStringLiteral("welcomeShown"), true);
        QTimer::singleShot(300, &window, &MainWindow::showWelcome);
    }
    return QApplication::exec();
}

} // namespace

int runApplication(int argc, char *argv[])
{
    const Command *command = argc > 1 ? findCommand(QString::fromLocal8Bit(argv[1])) : nullptr;
    // A bare word that is neither a command nor a file is a mistyped command, not a file to open.
    // A shared timeline's URL (postgresql://…) opens like a file.
    const bool unknownCommand = !command && argc > 1 && argv[1][0] != '-'
        && !SharedTimeline::isUrl(QString::fromLocal8Bit(argv[1]))
        && !QFileInfo::exists(QString::fromLocal8Bit(argv[1]))
        && QFileInfo(QString::fromLocal8Bit(argv[1])).suffix().isEmpty();
    const bool wantsWindow = (!command && !unknownCommand) || (command && needsDisplay(*command));
    bool printsOnly = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        printsOnly = printsOnly || a == "--version" || a == "-v" || a == "--help" || a == "-h"
            || (command && a.startsWith("--screenshot")); // a command's picture, drawn without a display
    }
    // Headless work never needs a display: pick the offscreen platform unless one is forced.
    // A command that shows windows, started where there is no display, still parses its
    // arguments and says so in one line rather than aborting in the platform plugin.
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if ((!wantsWindow || printsOnly || (command && noDisplay)) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        ensureRuntimeDir();
    QApplication app(argc, argv);
    describeApplication();
    // The language chosen in Preferences, else the system's; commands speak it too.
    Translations::install(Appearance::language());
    QStringList arguments = QCoreApplication::arguments();
    if (command) {
        arguments.removeFirst(); // "entente COMMAND ..." → "COMMAND ..."
        return command->run(arguments);
    }
    if (unknownCommand)
        return fail(QCoreApplication::translate("entente::cli", "unknown command %1; see entente --help")
                        .arg(QString::fromLocal8Bit(argv[1])));
    return runWindow(arguments);
}

} // namespace entente::cli
