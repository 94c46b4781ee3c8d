#pragma once

#include "devserverprocess.h"
#include "translationloader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// frontdesk-cli's tests (tst_cli: sync, list, export, sign-in; tst_cliactions: the booking
// commands, the outbox and history): a dev server with two pages of bookings, the CLI run
// with a fresh data folder for each test function, and plain HTTP to compare with what the
// server says. Needs FRONTDESK_CLI_PATH.
class CliFixture
{
protected:
    struct Run
    {
        bool finished = false;
        int exitCode = -1;
        QString out;
        QString err;

        QString describe() const
        {
            return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
        }
    };

    // GET on the dev server's API with a token, for comparing the CLI with what the server says.
    static QJsonDocument apiGet(const QUrl &base, const QByteArray &token, const QString &path)
    {
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QUrl url = base;
        url.setPath(QStringLiteral("/api/v1") + path.section(u'?', 0, 0));
        url.setQuery(path.section(u'?', 1));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return document;
    }

    static QJsonArray serverBookings(const QUrl &base, const QByteArray &token)
    {
        QJsonArray all;
        for (int page = 1; page < 100; ++page) {
            const QJsonObject body =
                apiGet(base, token, QStringLiteral("/bookings?page=%1&size=100").arg(page))
                    .object();
            const QJsonArray rows = body.value(QLatin1String("bookings")).toArray();
            for (const QJsonValue &row : rows)
                all.append(row);
            if (rows.isEmpty() || all.size() >= body.value(QLatin1String("total")).toInt())
                break;
        }
        return all;
    }

    static QSet<QString> idsOf(const QJsonArray &bookings)
    {
        QSet<QString> ids;
        for (const QJsonValue &booking : bookings)
            ids.insert(booking.toObject().value(QLatin1String("id")).toString());
        return ids;
    }

    static QJsonArray withStatus(const QJsonArray &bookings, const QString &status)
    {
        QJsonArray result;
        for (const QJsonValue &booking : bookings) {
            if (booking.toObject().value(QLatin1String("status")).toString() == status)
                result.append(booking);
        }
        return result;
    }

    static QString firstWithStatus(const QJsonArray &bookings, const QString &status, int skip = 0)
    {
        const QJsonArray matching = withStatus(bookings, status);
        return matching.size() > skip
                   ? matching.at(skip).toObject().value(QLatin1String("id")).toString()
                   : QString();
    }

    static QDateTime startOf(const QJsonValue &booking)
    {
        return QDateTime::fromString(
            booking.toObject().value(QLatin1String("start_time")).toString(), Qt::ISODateWithMs);
    }

    // initTestCase: the server, and a token for it.
    void startServer()
    {
        // The CLI runs under C.UTF-8: English, with the English catalogue's plural forms.
        TranslationLoader::install(QCoreApplication::instance(), QLocale(QLocale::English));
        DevServerProcess::Options options;
        options.seedBookings = 130; // two pages of 100
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
        m_token = m_server.login();
        QVERIFY(!m_token.isEmpty());
    }

    // init: a data and settings folder of the test function's own.
    void makeDataDir()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    // cleanup: no run printed a token.
    void checkNoLeaks()
    {
        QVERIFY2(m_leaks.isEmpty(), qPrintable(QStringLiteral("token printed by: ") +
                                               m_leaks.join(QStringLiteral("; "))));
    }

    DevServerProcess m_server;
    QByteArray m_token;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_leaks;

    // Runs frontdesk-cli with this test's data and settings folders. `token` goes into
    // FRONTDESK_TOKEN unless empty.
    Run cli(const QStringList &arguments, const QByteArray &token, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FRONTDESK_DATA_DIR"), m_dir->filePath("data"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath("config"));
        environment.remove(QStringLiteral("FRONTDESK_SERVER"));
        environment.remove(QStringLiteral("FRONTDESK_TOKEN"));
        if (!token.isEmpty())
            environment.insert(QStringLiteral("FRONTDESK_TOKEN"), QString::fromLatin1(token));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(FRONTDESK_CLI_PATH), arguments);
        Run run;
        if (!process.waitForStarted(10000))
            return run;
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished(5000);
            return run;
        }
        run.finished = process.exitStatus() == QProcess::NormalExit;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        for (const QByteArray &secret : {m_token, token}) {
            if (!secret.isEmpty() && (run.out.contains(QString::fromLatin1(secret)) ||
                                      run.err.contains(QString::fromLatin1(secret))))
                m_leaks.append(arguments.join(u' '));
        }
        return run;
    }

    Run cli(const QStringList &arguments) { return cli(arguments, m_token); }

    QStringList server(const DevServerProcess &server) const
    {
        return {QStringLiteral("--server"), server.baseUrl().toString()};
    }

    QJsonArray listJson(const QStringList &extra = {})
    {
        const Run run = cli(QStringList{QStringLiteral("list"), QStringLiteral("--json")} +
                            server(m_server) + extra);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    bool sync(const DevServerProcess &on, const QByteArray &token)
    {
        const Run run = cli(QStringList{QStringLiteral("sync")} + server(on), token);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return run.finished && run.exitCode == 0;
    }
};
