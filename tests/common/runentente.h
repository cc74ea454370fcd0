#pragma once

#include <QProcess>
#include <QStringList>

// Runs the built `entente` with arguments, as a user at a terminal would, and collects what it
// printed. Headless commands choose the offscreen platform themselves; the test environment does
// not set a display.
struct EntenteRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline EntenteRun runEntente(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ENTENTE_BINARY), arguments);
    EntenteRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
