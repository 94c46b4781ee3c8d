#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

// Runs frontdesk-devserver as a child process for `frontdesk --demo`: on a free loopback
// port, with sample data, and never outliving Frontdesk (it exits when its stdin closes,
// which the operating system does for us even if Frontdesk crashes).
class DemoServer : public QObject
{
    Q_OBJECT

public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    void start(int seedBookings);
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QUrl baseUrl() const { return m_baseUrl; }
    QString email() const { return m_email; }
    QString password() const { return m_password; }

    // Next to the running executable (build tree and installation alike; on macOS also
    // beside the app bundle), unless FRONTDESK_DEVSERVER names another one.
    static QString executablePath();

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    void readOutput();
    void fail(const QString &message);

    QProcess m_process;
    QByteArray m_buffer;
    QUrl m_baseUrl;
    QString m_email;
    QString m_password;
    bool m_announced = false;
};
