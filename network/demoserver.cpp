#include "demoserver.h"

#include "networklogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

DemoServer::DemoServer(QObject *parent) : QObject(parent)
{
    m_process.setReadChannel(QProcess::StandardOutput);
    // The server's own diagnostics stay visible in the terminal that started Frontdesk.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoServer::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            fail(tr("The demo server could not be started (%1): %2")
                     .arg(QDir::toNativeSeparators(executablePath()), m_process.errorString()));
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (!m_announced)
            fail(tr("The demo server stopped before it was ready (exit code %1).").arg(exitCode));
    });
}

DemoServer::~DemoServer()
{
    stop();
}

QString DemoServer::executablePath()
{
    const QString fromEnvironment = qEnvironmentVariable("FRONTDESK_DEVSERVER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("frontdesk-devserver.exe");
#else
    const QString name = QStringLiteral("frontdesk-devserver");
#endif
    const QDir appDir(QCoreApplication::applicationDirPath());
#ifdef Q_OS_MACOS
    // Installed, the helpers are inside the bundle beside the GUI; in the build tree they
    // are beside frontdesk.app.
    const QString besideBundle = appDir.filePath(QStringLiteral("../../../") + name);
    if (!QFileInfo::exists(appDir.filePath(name)) && QFileInfo::exists(besideBundle))
        return QDir::cleanPath(besideBundle);
#endif
    return appDir.filePath(name);
}

void DemoServer::start(int seedBookings)
{
    if (isRunning())
        return;
    m_announced = false;
    m_buffer.clear();
    const QStringList arguments{QStringLiteral("--port"),
                                QStringLiteral("0"),
                                QStringLiteral("--seed-bookings"),
                                QString::number(seedBookings),
                                QStringLiteral("--exit-on-stdin-eof"),
                                QStringLiteral("--quiet")};
    qCInfo(lcNetwork).noquote() << "starting demo server" << executablePath();
    m_process.start(executablePath(), arguments);
}

void DemoServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(2000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(2000))
            m_process.kill();
    }
    m_process.waitForFinished(1000);
}

void DemoServer::fail(const QString &message)
{
    // Also in the log: the GUI shows the message in a dialog only, which a terminal or a
    // test watching the output would never see.
    qCWarning(lcNetwork).noquote() << "demo server failed:" << message;
    Q_EMIT failed(message);
}

void DemoServer::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    static const QRegularExpression listening(QStringLiteral("listening on (http://[^\\s]+)"));
    static const QRegularExpression credentials(QStringLiteral("^credentials: (\\S+) / (.+)$"));
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(newline)).trimmed();
        m_buffer.remove(0, newline + 1);
        if (const auto match = listening.match(line); match.hasMatch())
            m_baseUrl = QUrl(match.captured(1));
        if (const auto match = credentials.match(line); match.hasMatch()) {
            m_email = match.captured(1);
            m_password = match.captured(2);
        }
        if (!m_announced && m_baseUrl.isValid() && !m_email.isEmpty()) {
            m_announced = true;
            Q_EMIT started(m_baseUrl);
        }
    }
}
