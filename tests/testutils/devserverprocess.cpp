#include "devserverprocess.h"

#include "clock.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

using namespace std::chrono_literals;

DevServerProcess::DevServerProcess(QObject *parent) : QObject(parent)
{}

DevServerProcess::~DevServerProcess()
{
    stop();
}

bool DevServerProcess::start(const Options &options)
{
    stop();
    m_error.clear();
    m_stdout.clear();
    m_baseUrl.clear();
    m_email.clear();
    m_password.clear();

    const QString program = executablePath();
    QStringList arguments{QStringLiteral("--port"),          QStringLiteral("0"),
                          QStringLiteral("--quiet"),         QStringLiteral("--exit-on-stdin-eof"),
                          QStringLiteral("--seed-bookings"), QString::number(options.seedBookings),
                          QStringLiteral("--database"),      options.database};
    if (!Clock::isSystem())
        arguments << QStringLiteral("--now") << Clock::now().toString(Qt::ISODateWithMs);
    arguments += options.extraArgs;

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    // stderr goes straight to the test's stderr, so a failing start explains itself.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setInputChannelMode(QProcess::ManagedInputChannel);
    m_process->start(QIODevice::ReadWrite);
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process->errorString());
        m_process.reset();
        return false;
    }

    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    static const QRegularExpression credentials(QStringLiteral("^credentials: (\\S+) / (.*)$"));
    const QDeadlineTimer deadline(20s);
    while (m_email.isEmpty()) {
        while (m_process->canReadLine()) {
            const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
            m_stdout += line.toUtf8() + '\n';
            if (const auto match = listening.match(line); match.hasMatch())
                m_baseUrl = QUrl(match.captured(1));
            else if (const auto match = credentials.match(line); match.hasMatch()) {
                m_email = match.captured(1);
                m_password = match.captured(2);
            }
        }
        if (!m_email.isEmpty())
            break;
        if (m_process->state() != QProcess::Running || deadline.hasExpired() ||
            !m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            if (m_process->canReadLine())
                continue;
            m_error = m_process->state() == QProcess::Running
                          ? QStringLiteral("frontdesk-devserver did not report a port within 20 s")
                          : QStringLiteral("frontdesk-devserver exited (code %1)")
                                .arg(m_process->exitCode());
            std::fprintf(stderr, "DevServerProcess: %s\n%s %s\nstdout so far:\n%s\n",
                         qPrintable(m_error), qPrintable(program),
                         qPrintable(arguments.join(QLatin1Char(' '))), m_stdout.constData());
            stop();
            return false;
        }
    }
    if (!m_baseUrl.isValid() || m_baseUrl.port() <= 0) {
        m_error = QStringLiteral("could not parse the server URL from: %1")
                      .arg(QString::fromUtf8(m_stdout));
        stop();
        return false;
    }
    // Later stdout lines are not needed, but the pipe must not fill up.
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this,
            &DevServerProcess::readStdout);
    return true;
}

void DevServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_process->disconnect(this);
    m_process.reset();
}

QUrl DevServerProcess::baseUrl() const
{
    return m_baseUrl;
}

qint64 DevServerProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

quint16 DevServerProcess::port() const
{
    return quint16(m_baseUrl.port());
}

QString DevServerProcess::email() const
{
    return m_email;
}

QString DevServerProcess::password() const
{
    return m_password;
}

QString DevServerProcess::errorString() const
{
    return m_error;
}

QJsonObject DevServerProcess::control(const QByteArray &method, const QString &path,
                                      const QJsonObject &body)
{
    const QByteArray payload =
        method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    const Reply reply = request(method, path, payload);
    if (reply.status != 200)
        return {};
    return QJsonDocument::fromJson(reply.body).object();
}

bool DevServerProcess::setFaults(const QJsonObject &faults)
{
    return !control("POST", QStringLiteral("/_control/faults"), faults).isEmpty();
}

bool DevServerProcess::resetFaults()
{
    return !control("POST", QStringLiteral("/_control/reset-faults")).isEmpty();
}

bool DevServerProcess::expireTokens()
{
    return !control("POST", QStringLiteral("/_control/expire-tokens")).isEmpty();
}

QJsonObject DevServerProcess::mutate(const QJsonObject &request)
{
    return control("POST", QStringLiteral("/_control/mutate"), request);
}

QJsonArray DevServerProcess::createBookings(const QJsonArray &specs)
{
    const Reply reply = request("POST", QStringLiteral("/_control/create"),
                                QJsonDocument(QJsonObject{{QStringLiteral("bookings"), specs}})
                                    .toJson(QJsonDocument::Compact));
    const QJsonArray records =
        QJsonDocument::fromJson(reply.body).object().value(QLatin1String("bookings")).toArray();
    if (reply.status != 200 || records.size() != specs.size()) {
        m_error = QStringLiteral("creating bookings failed: HTTP %1 %2 %3")
                      .arg(reply.status)
                      .arg(reply.error, QString::fromUtf8(reply.body));
        return {};
    }
    return records;
}

QJsonObject DevServerProcess::stats()
{
    return control("GET", QStringLiteral("/_control/stats"));
}

QByteArray DevServerProcess::login()
{
    const QJsonObject credentials{{QStringLiteral("email"), m_email},
                                  {QStringLiteral("password"), m_password}};
    const Reply reply = request("POST", QStringLiteral("/api/v1/auth/login"),
                                QJsonDocument(credentials).toJson(QJsonDocument::Compact));
    if (reply.status != 200) {
        m_error = QStringLiteral("login failed: HTTP %1 %2").arg(reply.status).arg(reply.error);
        return {};
    }
    return QJsonDocument::fromJson(reply.body)
        .object()
        .value(QLatin1String("access_token"))
        .toString()
        .toUtf8();
}

QString DevServerProcess::executablePath()
{
    const QString fromEnvironment = qEnvironmentVariable("FRONTDESK_DEVSERVER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStringLiteral(FRONTDESK_DEVSERVER_PATH);
}

DevServerProcess::Reply DevServerProcess::request(const QByteArray &method, const QString &path,
                                                  const QByteArray &body)
{
    Reply result;
    if (!m_baseUrl.isValid()) {
        result.error = QStringLiteral("server not started");
        return result;
    }
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network()->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(10s);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QStringLiteral("timeout");
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError)
            result.error = reply->errorString();
    }
    reply->deleteLater();
    return result;
}

void DevServerProcess::readStdout()
{
    if (m_process)
        m_process->readAllStandardOutput();
}

QNetworkAccessManager *DevServerProcess::network()
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        // A system proxy must never see loopback test traffic.
        m_network->setProxy(QNetworkProxy::NoProxy);
    }
    return m_network;
}
