#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

// Runs frontdesk-devserver on a free loopback port for one test. The server is started with
// --exit-on-stdin-eof and we keep its stdin open: if the test process dies, the OS closes
// the pipe and the server exits, so no server ever outlives its test.
class DevServerProcess : public QObject
{
    Q_OBJECT

public:
    // The server's clock starts at the test's (models/clock.h), so a test that moved its
    // clock before starting the server gets data seeded around that instant.
    struct Options
    {
        int seedBookings = 50;
        QString database = QStringLiteral(":memory:");
        QStringList extraArgs;
    };

    explicit DevServerProcess(QObject *parent = nullptr);
    ~DevServerProcess() override; // terminates the process (kill after 3 s)

    bool start(const Options &options); // waits at most 20 s for the "listening on" line
    bool start() { return start(Options{}); }
    void stop();

    QUrl baseUrl() const; // http://127.0.0.1:PORT, no trailing slash, no /api/v1
    quint16 port() const;
    qint64 processId() const; // 0 when not running
    QString email() const;
    QString password() const;
    QString errorString() const;

    // Synchronous helpers for the control endpoint (nested event loop, 10 s timeout).
    // control() returns the parsed JSON object of the answer, an empty object on failure.
    QJsonObject control(const QByteArray &method, const QString &path,
                        const QJsonObject &body = {});
    bool setFaults(const QJsonObject &faults);
    bool resetFaults();
    bool expireTokens();
    QJsonObject mutate(const QJsonObject &request);
    // Creates bookings as described (the control endpoint's "bookings": start_time, and
    // optionally end_time, status, created_at, metadata, lead). Returns their full records
    // as GET /bookings/{id} would (no API request is made or counted); empty on failure.
    QJsonArray createBookings(const QJsonArray &specs);
    QJsonObject stats();

    // Login through plain QNetworkAccessManager, for tests that need a token quickly.
    QByteArray login();

    static QString executablePath(); // FRONTDESK_DEVSERVER env var, else the build's path

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QString error;
    };

    Reply request(const QByteArray &method, const QString &path, const QByteArray &body);
    void readStdout();
    QNetworkAccessManager *network();

    std::unique_ptr<QProcess> m_process;
    QNetworkAccessManager *m_network = nullptr;
    QByteArray m_stdout;
    QUrl m_baseUrl;
    QString m_email;
    QString m_password;
    QString m_error;
};
