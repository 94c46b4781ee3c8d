#include "devserverfixture.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// frontdesk-devserver's fault switches and control endpoints, its seeding, its database
// file and its process. (The API itself: tst_devserver; the churn of list pages:
// tst_devserverchurn.)

class TestDevServerControl : public QObject, protected DevServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(startServer(), qPrintable(m_server.errorString())); }
    void cleanup() { QVERIFY(m_server.resetFaults()); }

    void faultServerError()
    {
        QVERIFY(m_server.setFaults({{QStringLiteral("error_rate"), 1.0}}));
        const Response response = get(QStringLiteral("/api/v1/auth/me"), m_token);
        QCOMPARE(response.status, 500);
    }

    void faultRateLimit()
    {
        QVERIFY(m_server.setFaults(
            {{QStringLiteral("rate_limit_rate"), 1.0}, {QStringLiteral("retry_after"), 7}}));
        const Response response = get(QStringLiteral("/api/v1/bookings"), m_token);
        QCOMPARE(response.status, 429);
        QCOMPARE(response.header("Retry-After"), QByteArray("7"));
    }

    void faultMalformed()
    {
        QVERIFY(m_server.setFaults({{QStringLiteral("malformed_rate"), 1.0}}));
        const Response response = get(QStringLiteral("/api/v1/bookings"), m_token);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.error, QNetworkReply::NoError);
        QJsonParseError error;
        QJsonDocument::fromJson(response.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void faultTruncated()
    {
        QVERIFY(m_server.setFaults({{QStringLiteral("truncate_rate"), 1.0}}));
        const Response response = get(QStringLiteral("/api/v1/bookings?size=50"), m_token);
        QVERIFY2(response.error != QNetworkReply::NoError,
                 qPrintable(QString::number(response.error)));
        QVERIFY(response.header("Content-Length").toLongLong() > response.body.size());
    }

    void faultDropped()
    {
        QVERIFY(m_server.setFaults({{QStringLiteral("drop_rate"), 1.0}}));
        const Response response = get(QStringLiteral("/api/v1/bookings"), m_token);
        QVERIFY(response.error != QNetworkReply::NoError);
        QCOMPARE(response.status, 0);
    }

    void faultLatency()
    {
        const qint64 fast = get(QStringLiteral("/api/v1/auth/me"), m_token).elapsedMs;
        QVERIFY(m_server.setFaults({{QStringLiteral("latency_ms"), 300}}));
        const Response slow = get(QStringLiteral("/api/v1/auth/me"), m_token);
        QCOMPARE(slow.status, 200);
        qInfo("latency: %lld ms without, %lld ms with latency_ms=300", fast, slow.elapsedMs);
        QVERIFY(slow.elapsedMs >= 290);

        // Delays must not block the event loop. Told by order, not by the clock: while five
        // requests wait out a long latency, the control endpoint (never delayed) answers,
        // and a request sent after the latency was lifted overtakes them all. (Five: a
        // QNetworkAccessManager opens six connections to a host; the last one gets its own.)
        QVERIFY(m_server.setFaults({{QStringLiteral("latency_ms"), 5000}}));
        const int before = m_server.stats().value(QLatin1String("requests")).toInt();
        QNetworkAccessManager other;
        QList<QNetworkReply *> replies;
        QStringList order;
        const auto send = [&](QNetworkAccessManager &network, const QString &name) {
            QNetworkRequest request(
                QUrl(m_server.baseUrl().toString() + QStringLiteral("/api/v1/auth/me")));
            request.setRawHeader("Authorization", "Bearer " + m_token);
            QNetworkReply *reply = network.get(request);
            connect(reply, &QNetworkReply::finished, this, [&order, name] { order << name; });
            replies << reply;
        };
        for (int i = 0; i < 5; ++i)
            send(m_network, QStringLiteral("slow"));
        // All five are at the server and waiting; the control endpoint still answers.
        QTRY_COMPARE_WITH_TIMEOUT(m_server.stats().value(QLatin1String("requests")).toInt(),
                                  before + 5, 10000);
        QVERIFY(order.isEmpty());
        QVERIFY(m_server.setFaults({{QStringLiteral("latency_ms"), 0}}));
        send(other, QStringLiteral("fast"));
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(20000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        QCOMPARE(order.first(), QStringLiteral("fast"));
        QCOMPARE(order.size(), 6);
    }

    void faultBudget()
    {
        QVERIFY(m_server.control("POST", QStringLiteral("/_control/reset-stats"))
                    .contains(QLatin1String("requests")));
        QVERIFY(m_server.setFaults(
            {{QStringLiteral("error_rate"), 1.0}, {QStringLiteral("fault_budget"), 2}}));
        QCOMPARE(get(QStringLiteral("/api/v1/auth/me"), m_token).status, 500);
        QCOMPARE(get(QStringLiteral("/api/v1/auth/me"), m_token).status, 500);
        QCOMPARE(get(QStringLiteral("/api/v1/auth/me"), m_token).status, 200);
        const QJsonObject faults = m_server.control("GET", QStringLiteral("/_control/faults"));
        QCOMPARE(faults.value(QLatin1String("fault_budget")).toInteger(), 0);
        QCOMPARE(faults.value(QLatin1String("error_rate")).toDouble(), 1.0);
        QCOMPARE(m_server.stats().value(QLatin1String("faults_fired")).toInteger(), 2);
    }

    void controlStats()
    {
        QVERIFY(!m_server.control("POST", QStringLiteral("/_control/reset-stats")).isEmpty());
        get(QStringLiteral("/api/v1/bookings"), m_token);
        get(QStringLiteral("/api/v1/auth/me"), m_token);
        send("PATCH", QStringLiteral("/api/v1/bookings/not-a-uuid"), m_token, "{}");
        const QJsonObject stats = m_server.stats();
        QCOMPARE(stats.value(QLatin1String("requests")).toInteger(), 3);
        QCOMPARE(stats.value(QLatin1String("by_method"))
                     .toObject()
                     .value(QLatin1String("GET"))
                     .toInteger(),
                 2);
        QCOMPARE(stats.value(QLatin1String("by_method"))
                     .toObject()
                     .value(QLatin1String("PATCH"))
                     .toInteger(),
                 1);
        QCOMPARE(stats.value(QLatin1String("bookings")).toInteger(), 120);
    }

    void controlMutateAndCreate()
    {
        const qint64 before = m_server.stats().value(QLatin1String("bookings")).toInteger();
        QJsonObject result = m_server.mutate(
            {{QStringLiteral("action"), QStringLiteral("move")}, {QStringLiteral("count"), 2}});
        QJsonArray ids = result.value(QLatin1String("ids")).toArray();
        QCOMPARE(ids.size(), 2);
        for (const QJsonValue &id : ids) {
            QCOMPARE(get(QStringLiteral("/api/v1/bookings/") + id.toString(), m_token)
                         .object()
                         .value(QLatin1String("status"))
                         .toString(),
                     QStringLiteral("rescheduled"));
        }

        const QString target = ids.first().toString();
        const QDateTime oldStart =
            parseTime(get(QStringLiteral("/api/v1/bookings/") + target, m_token)
                          .object()
                          .value(QLatin1String("start_time")));
        result = m_server.mutate({{QStringLiteral("action"), QStringLiteral("move")},
                                  {QStringLiteral("ids"), QJsonArray{target}},
                                  {QStringLiteral("minutes"), -30}});
        QCOMPARE(result.value(QLatin1String("ids")).toArray(), QJsonArray{target});
        QCOMPARE(parseTime(get(QStringLiteral("/api/v1/bookings/") + target, m_token)
                               .object()
                               .value(QLatin1String("start_time"))),
                 oldStart.addSecs(-1800));

        result = m_server.mutate({{QStringLiteral("action"), QStringLiteral("cancel")},
                                  {QStringLiteral("ids"), QJsonArray{target}}});
        QCOMPARE(result.value(QLatin1String("ids")).toArray().size(), 1);
        QCOMPARE(get(QStringLiteral("/api/v1/bookings/") + target, m_token)
                     .object()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("cancelled"));

        result = m_server.mutate({{QStringLiteral("action"), QStringLiteral("delete")},
                                  {QStringLiteral("ids"), QJsonArray{target}}});
        QCOMPARE(result.value(QLatin1String("ids")).toArray().size(), 1);
        QCOMPARE(get(QStringLiteral("/api/v1/bookings/") + target, m_token).status, 404);
        QCOMPARE(m_server.stats().value(QLatin1String("bookings")).toInteger(), before - 1);

        result = m_server.control("POST", QStringLiteral("/_control/create"),
                                  {{QStringLiteral("count"), 3}});
        ids = result.value(QLatin1String("ids")).toArray();
        QCOMPARE(ids.size(), 3);
        for (const QJsonValue &id : ids) {
            const QJsonObject created =
                get(QStringLiteral("/api/v1/bookings/") + id.toString(), m_token).object();
            QCOMPARE(created.value(QLatin1String("status")).toString(),
                     QStringLiteral("confirmed"));
            QVERIFY(parseTime(created.value(QLatin1String("start_time"))) >
                    QDateTime::currentDateTimeUtc());
        }
        QCOMPARE(get(QStringLiteral("/api/v1/bookings"), m_token)
                     .object()
                     .value(QLatin1String("total"))
                     .toInteger(),
                 before + 2);
        QVERIFY(m_server
                    .mutate({{QStringLiteral("action"), QStringLiteral("explode")},
                             {QStringLiteral("count"), 1}})
                    .isEmpty());
    }

    void controlIsLoopbackOnly()
    {
        QHostAddress external;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
                external = address;
                break;
            }
        }
        if (external.isNull())
            QSKIP("no non-loopback IPv4 address on this machine");
        DevServerProcess open;
        QVERIFY2(open.start({5,
                             QStringLiteral(":memory:"),
                             {QStringLiteral("--host"), QStringLiteral("0.0.0.0")}}),
                 qPrintable(open.errorString()));
        QUrl viaExternal;
        viaExternal.setScheme(QStringLiteral("http"));
        viaExternal.setHost(external.toString());
        viaExternal.setPort(open.port());
        const Response response =
            send("GET", QStringLiteral("/_control/stats"), {}, {}, viaExternal);
        QCOMPARE(response.status, 403);
        QCOMPARE(send("POST", QStringLiteral("/api/v1/auth/login"), {},
                      R"({"email":"demo@example.com","password":"demo"})", viaExternal)
                     .status,
                 200);
        QVERIFY(!open.stats().isEmpty());
    }

    void deterministicSeeding()
    {
        const QStringList args{QStringLiteral("--seed"), QStringLiteral("7"),
                               QStringLiteral("--today"), QStringLiteral("2026-03-16")};
        DevServerProcess first;
        DevServerProcess second;
        DevServerProcess other;
        QVERIFY(first.start({200, QStringLiteral(":memory:"), args}));
        QVERIFY(second.start({200, QStringLiteral(":memory:"), args}));
        QVERIFY(other.start({200,
                             QStringLiteral(":memory:"),
                             {QStringLiteral("--seed"), QStringLiteral("8"),
                              QStringLiteral("--today"), QStringLiteral("2026-03-16")}}));
        const auto firstPage = [&](DevServerProcess &server, int page) {
            return send("GET", QStringLiteral("/api/v1/bookings?size=100&page=%1").arg(page),
                        loginOn(server.baseUrl()), {}, server.baseUrl())
                .body;
        };
        for (int page = 1; page <= 2; ++page) {
            const QByteArray a = firstPage(first, page);
            QVERIFY(a.size() > 10000);
            QCOMPARE(a, firstPage(second, page));
            QVERIFY(a != firstPage(other, page));
        }
        const QJsonObject user = send("GET", QStringLiteral("/api/v1/auth/me"),
                                      loginOn(first.baseUrl()), {}, first.baseUrl())
                                     .object();
        QCOMPARE(user, send("GET", QStringLiteral("/api/v1/auth/me"), loginOn(second.baseUrl()), {},
                            second.baseUrl())
                           .object());
    }

    void fileDatabasePersists()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("devserver.sqlite"));
        DevServerProcess server;
        QVERIFY(server.start({40, path, {}}));
        QCOMPARE(
            server
                .control("POST", QStringLiteral("/_control/create"), {{QStringLiteral("count"), 2}})
                .value(QLatin1String("ids"))
                .toArray()
                .size(),
            2);
        server.stop();
        QVERIFY(server.start({40, path, {}}));
        QCOMPARE(server.stats().value(QLatin1String("bookings")).toInteger(), 42);
        server.stop();
        QVERIFY(server.start({40, path, {QStringLiteral("--reseed")}}));
        QCOMPARE(server.stats().value(QLatin1String("bookings")).toInteger(), 40);
    }

    void exitsWithParentAndOnSigterm()
    {
        for (const bool closeStdin : {true, false}) {
            QProcess process;
            process.setProgram(DevServerProcess::executablePath());
            process.setArguments({QStringLiteral("--port"), QStringLiteral("0"),
                                  QStringLiteral("--quiet"), QStringLiteral("--seed-bookings"),
                                  QStringLiteral("5"), QStringLiteral("--exit-on-stdin-eof")});
            process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process.start();
            QVERIFY(process.waitForStarted());
            QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
            QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
            QVERIFY(process.readLine().startsWith(
                "frontdesk-devserver listening on http://127.0.0.1:"));
            QSignalSpy finished(&process, &QProcess::finished);
            if (closeStdin)
                process.closeWriteChannel();
            else
                process.terminate();
            QVERIFY(finished.wait(5000));
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 0);
        }
    }

    void largeDataset()
    {
        DevServerProcess big;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(big.start({100000, QStringLiteral(":memory:"), {}}),
                 qPrintable(big.errorString()));
        const qint64 startMs = timer.elapsed();
        const QByteArray token = loginOn(big.baseUrl());
        QVERIFY(!token.isEmpty());

        timer.restart();
        const Response late = send("GET", QStringLiteral("/api/v1/bookings?page=1000&size=100"),
                                   token, {}, big.baseUrl());
        const qint64 lateMs = timer.elapsed();
        QCOMPARE(late.status, 200);
        QCOMPARE(late.object().value(QLatin1String("total")).toInteger(), 100000);
        QCOMPARE(late.object().value(QLatin1String("bookings")).toArray().size(), 100);

        timer.restart();
        for (int i = 0; i < 1000; ++i) {
            const int page = 1 + (i * 37) % 1000;
            const Response response =
                send("GET", QStringLiteral("/api/v1/bookings?page=%1&size=100").arg(page), token,
                     {}, big.baseUrl());
            QCOMPARE(response.status, 200);
        }
        const qint64 thousandMs = timer.elapsed();
        // Figures only: how fast is bench_sync's business, never a test's.
        qInfo("100,000 bookings: start (seed + listen) %lld ms, late page %lld ms, 1000 pages of "
              "100 in %lld ms (%.2f ms each)",
              startMs, lateMs, thousandMs, double(thousandMs) / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestDevServerControl)
#include "tst_devservercontrol.moc"
