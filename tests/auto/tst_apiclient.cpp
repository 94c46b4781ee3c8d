#include "apiclient.h"
#include "awaitcallback.h"
#include "clock.h"
#include "devserverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

using namespace std::chrono_literals;

namespace {

template<typename T, typename Call> std::optional<ApiResult<T>> await(Call call)
{
    return awaitCallback<ApiResult<T>>(call);
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    DevServerProcess m_server;
    ApiClient *m_client = nullptr;

    int requestsFor(const char *method)
    {
        return m_server.stats()
            .value(QLatin1String("by_method"))
            .toObject()
            .value(QLatin1String(method))
            .toInt();
    }

    std::optional<ApiResult<BookingPage>> firstPage(int size = 20)
    {
        return await<BookingPage>([&](QObject *ctx, auto done) {
            BookingListQuery query;
            query.size = size;
            m_client->listBookings(query, ctx, done);
        });
    }

    QString someActiveBookingId()
    {
        const auto page = firstPage(100);
        if (!page || !page->ok())
            return {};
        for (const Booking &booking : page->value().bookings) {
            if (BookingStatuses::isActive(booking.status))
                return booking.id;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        DevServerProcess::Options options;
        options.seedBookings = 250;
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    }

    void init()
    {
        QVERIFY(m_server.resetFaults());
        m_client = new ApiClient(this);
        QVERIFY(!m_client->setBaseUrl(m_server.baseUrl()));
        RetryPolicy fast;
        fast.maxRetries = 3;
        fast.baseDelay = 20ms;
        fast.maxDelay = 100ms;
        m_client->setRetryPolicy(fast);
        m_client->setTimeout(10s);
        auto login = await<LoginResult>([&](QObject *ctx, auto done) {
            m_client->login(m_server.email(), m_server.password(), ctx, done);
        });
        QVERIFY(login && login->ok());
        QVERIFY(!login->value().accessToken.isEmpty());
        QCOMPARE(login->value().email, m_server.email());
        m_client->setAccessToken(login->value().accessToken);
        m_server.control("POST", QStringLiteral("/_control/reset-stats"));
    }

    void cleanup()
    {
        delete m_client;
        m_client = nullptr;
        m_server.resetFaults();
    }

    void loginWithWrongPasswordIs401WithDetail()
    {
        ApiClient client;
        QVERIFY(!client.setBaseUrl(m_server.baseUrl()));
        QSignalSpy unauthorized(&client, &ApiClient::unauthorized);
        auto result = await<LoginResult>([&](QObject *ctx, auto done) {
            client.login(m_server.email(), QStringLiteral("wrong"), ctx, done);
        });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ApiError::Kind::Http);
        QCOMPARE(result->error().httpStatus, 401);
        QVERIFY(!result->error().detail.isEmpty());
        QVERIFY(!result->error().userMessage().contains(QLatin1String("wrong")));
        // A failed sign-in is not the end of a session.
        QCOMPARE(unauthorized.count(), 0);
    }

    void meReturnsUserAndOrganization()
    {
        auto result = await<UserInfo>([&](QObject *ctx, auto done) { m_client->me(ctx, done); });
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().email, m_server.email());
        QVERIFY(!result->value().id.isEmpty());
        QVERIFY(!result->value().organizationName.isEmpty());
    }

    void listPagesCoverEveryBookingOnce()
    {
        QSet<QString> ids;
        int total = -1;
        for (int page = 1; page <= 3; ++page) {
            auto result = await<BookingPage>([&](QObject *ctx, auto done) {
                BookingListQuery query;
                query.page = page;
                query.size = 100;
                m_client->listBookings(query, ctx, done);
            });
            QVERIFY(result && result->ok());
            QVERIFY(result->value().skipped.isEmpty());
            total = result->value().total;
            for (const Booking &booking : result->value().bookings) {
                QVERIFY(!ids.contains(booking.id));
                ids.insert(booking.id);
                QVERIFY(booking.startTime.isValid());
                QCOMPARE(booking.startTime.timeSpec(), Qt::UTC);
                QVERIFY(booking.endTime > booking.startTime);
            }
        }
        QCOMPARE(total, 250);
        QCOMPARE(ids.size(), 250);
    }

    void listFiltersByStatus()
    {
        auto result = await<BookingPage>([&](QObject *ctx, auto done) {
            BookingListQuery query;
            query.size = 100;
            query.status = BookingStatus::Cancelled;
            m_client->listBookings(query, ctx, done);
        });
        QVERIFY(result && result->ok());
        QVERIFY(result->value().total > 0);
        for (const Booking &booking : result->value().bookings)
            QCOMPARE(booking.status, BookingStatus::Cancelled);
    }

    void oversizedPageIs422WithFieldInDetail()
    {
        auto result = firstPage(101);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().httpStatus, 422);
        QVERIFY2(result->error().detail.contains(QLatin1String("size")),
                 qPrintable(result->error().detail));
        QCOMPARE(requestsFor("GET"), 1); // 4xx is final, never retried
    }

    void getOneAndNotFound()
    {
        const QString id = someActiveBookingId();
        QVERIFY(!id.isEmpty());
        auto one =
            await<Booking>([&](QObject *ctx, auto done) { m_client->getBooking(id, ctx, done); });
        QVERIFY(one && one->ok());
        QCOMPARE(one->value().id, id);
        QVERIFY(!one->value().json.isEmpty());

        auto missing = await<Booking>([&](QObject *ctx, auto done) {
            m_client->getBooking(QStringLiteral("00000000-0000-4000-8000-000000000000"), ctx, done);
        });
        QVERIFY(missing && !missing->ok());
        QCOMPARE(missing->error().httpStatus, 404);
        QCOMPARE(missing->error().detail, QStringLiteral("Booking not found"));
    }

    void availableSlots()
    {
        const QDate today = Clock::today(QTimeZone("Europe/Berlin"));
        auto result = await<SlotList>([&](QObject *ctx, auto done) {
            m_client->availableSlots(today, today.addDays(13), ctx, done);
        });
        QVERIFY(result && result->ok());
        QVERIFY(!result->value().timeSlots.isEmpty());
        for (const TimeSlot &slot : result->value().timeSlots)
            QVERIFY(slot.end > slot.start);

        auto bad = await<SlotList>([&](QObject *ctx, auto done) {
            m_client->availableSlots(today, today.addDays(-3), ctx, done);
        });
        QVERIFY(bad && !bad->ok());
        QCOMPARE(bad->error().httpStatus, 422);
    }

    void rescheduleMarksRescheduled()
    {
        const QString id = someActiveBookingId();
        auto before =
            await<Booking>([&](QObject *ctx, auto done) { m_client->getBooking(id, ctx, done); });
        QVERIFY(before && before->ok());
        BookingPatch patch;
        patch.startTime = before->value().startTime.addSecs(3600);
        patch.endTime = before->value().endTime.addSecs(3600);
        auto after = await<Booking>(
            [&](QObject *ctx, auto done) { m_client->updateBooking(id, patch, ctx, done); });
        QVERIFY(after && after->ok());
        QCOMPARE(after->value().startTime, *patch.startTime);
        QCOMPARE(after->value().status, BookingStatus::Rescheduled);
        QVERIFY(after->value().updatedAt > before->value().updatedAt);
    }

    void cancelIsNoContentThenRefused()
    {
        const QString id = someActiveBookingId();
        auto first = await<NoContent>(
            [&](QObject *ctx, auto done) { m_client->cancelBooking(id, ctx, done); });
        QVERIFY(first && first->ok());
        auto second = await<NoContent>(
            [&](QObject *ctx, auto done) { m_client->cancelBooking(id, ctx, done); });
        QVERIFY(second && !second->ok());
        QCOMPARE(second->error().httpStatus, 400);
        QVERIFY(second->error().userMessage().contains(second->error().detail));
    }

    void patchWithInvalidDataIs422()
    {
        const QString id = someActiveBookingId();
        BookingPatch patch;
        patch.startTime = Clock::now();
        patch.endTime = patch.startTime->addSecs(-600);
        auto result = await<Booking>(
            [&](QObject *ctx, auto done) { m_client->updateBooking(id, patch, ctx, done); });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().httpStatus, 422);
    }

    void expiredTokensEndTheSession()
    {
        QSignalSpy unauthorized(m_client, &ApiClient::unauthorized);
        QVERIFY(m_server.expireTokens());
        auto result = firstPage();
        QVERIFY(result && !result->ok());
        QVERIFY(result->error().isUnauthorized());
        QCOMPARE(unauthorized.count(), 1);
        QCOMPARE(requestsFor("GET"), 1);
    }

    void missingTokenIsRefusedLocally()
    {
        ApiClient client;
        QVERIFY(!client.setBaseUrl(m_server.baseUrl()));
        auto result = await<UserInfo>([&](QObject *ctx, auto done) { client.me(ctx, done); });
        QVERIFY(result && !result->ok());
        QVERIFY(result->error().isUnauthorized());
    }

    void transientServerErrorsAreRetriedForGets()
    {
        QVERIFY(m_server.setFaults({{"error_rate", 1.0}, {"fault_budget", 2}}));
        auto result = firstPage();
        QVERIFY(result && result->ok());
        QCOMPARE(requestsFor("GET"), 3);
    }

    void persistentServerErrorEndsAfterRetries()
    {
        QVERIFY(m_server.setFaults({{"error_rate", 1.0}}));
        auto result = firstPage();
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ApiError::Kind::Http);
        QCOMPARE(result->error().httpStatus, 500);
        QCOMPARE(requestsFor("GET"), 4); // first attempt + 3 retries
    }

    void writesAreNeverRetried()
    {
        const QString id = someActiveBookingId();
        m_server.control("POST", QStringLiteral("/_control/reset-stats"));
        QVERIFY(m_server.setFaults({{"error_rate", 1.0}}));
        BookingPatch patch;
        patch.status = BookingStatus::Completed;
        auto patched = await<Booking>(
            [&](QObject *ctx, auto done) { m_client->updateBooking(id, patch, ctx, done); });
        QVERIFY(patched && !patched->ok());
        QCOMPARE(patched->error().httpStatus, 500);
        auto cancelled = await<NoContent>(
            [&](QObject *ctx, auto done) { m_client->cancelBooking(id, ctx, done); });
        QVERIFY(cancelled && !cancelled->ok());
        QCOMPARE(requestsFor("PATCH"), 1);
        QCOMPARE(requestsFor("DELETE"), 1);
    }

    void rateLimitHonoursRetryAfter()
    {
        QVERIFY(m_server.setFaults(
            {{"rate_limit_rate", 1.0}, {"retry_after", 1}, {"fault_budget", 1}}));
        QElapsedTimer clock;
        clock.start();
        auto result = firstPage();
        QVERIFY(result && result->ok());
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(requestsFor("GET"), 2);
    }

    void rateLimitWithoutRetriesCarriesRetryAfter()
    {
        m_client->setRetryPolicy(RetryPolicy::none());
        QVERIFY(m_server.setFaults({{"rate_limit_rate", 1.0}, {"retry_after", 7}}));
        auto result = firstPage();
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().httpStatus, 429);
        QVERIFY(result->error().retryAfter.has_value());
        QCOMPARE(result->error().retryAfter->count(), 7);
    }

    void malformedBodyIsMalformed()
    {
        QVERIFY(m_server.setFaults({{"malformed_rate", 1.0}}));
        auto result = firstPage();
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ApiError::Kind::MalformedBody);
    }

    void truncatedBodyIsANetworkError()
    {
        QVERIFY(m_server.setFaults({{"truncate_rate", 1.0}}));
        auto result = firstPage();
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ApiError::Kind::Network);
        QCOMPARE(requestsFor("GET"), 4);
    }

    void droppedConnectionIsANetworkError()
    {
        QVERIFY(m_server.setFaults({{"drop_rate", 1.0}}));
        auto result = firstPage();
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ApiError::Kind::Network);
    }

    void droppedConnectionRecoversByRetry()
    {
        QVERIFY(m_server.setFaults({{"drop_rate", 1.0}, {"fault_budget", 1}}));
        auto result = firstPage();
        QVERIFY(result && result->ok());
    }

    void slowServerTimesOut()
    {
        m_client->setTimeout(300ms);
        m_client->setRetryPolicy(RetryPolicy::none());
        QVERIFY(m_server.setFaults({{"latency_ms", 3000}}));
        // Timeout, not an answer: the client gave up before the server's 3 s had passed.
        auto result = firstPage();
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ApiError::Kind::Timeout);
    }

    void latencyWithinTheTimeLimitSucceeds()
    {
        QVERIFY(m_server.setFaults({{"latency_ms", 200}}));
        QElapsedTimer clock;
        clock.start();
        auto result = firstPage();
        QVERIFY(result && result->ok());
        QVERIFY(clock.elapsed() >= 190);
    }

    void abortDeliversCancelledOnce()
    {
        QVERIFY(m_server.setFaults({{"latency_ms", 2000}}));
        std::optional<ApiResult<BookingPage>> result;
        int completions = 0;
        const auto id = m_client->listBookings({}, this, [&](const ApiResult<BookingPage> &r) {
            result = r;
            ++completions;
        });
        QCOMPARE(completions, 0);
        m_client->abort(id);
        QCOMPARE(completions, 0); // never synchronously
        QTRY_COMPARE(completions, 1);
        QCOMPARE(result->error().kind, ApiError::Kind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(completions, 1);
        QCOMPARE(m_client->pendingCount(), 0);
    }

    void destroyedContextSilencesCallback()
    {
        QVERIFY(m_server.setFaults({{"latency_ms", 300}}));
        int completions = 0;
        auto *context = new QObject;
        m_client->listBookings({}, context, [&](const ApiResult<BookingPage> &) { ++completions; });
        delete context;
        QTRY_COMPARE(m_client->pendingCount(), 0);
        QTest::qWait(500);
        QCOMPARE(completions, 0);
    }

    void unreachableServerIsANetworkError()
    {
        DevServerProcess other;
        QVERIFY(other.start());
        const QUrl url = other.baseUrl();
        other.stop();
        ApiClient client;
        QVERIFY(!client.setBaseUrl(url));
        client.setRetryPolicy(RetryPolicy::none());
        auto result = await<LoginResult>([&](QObject *ctx, auto done) {
            client.login(QStringLiteral("a@b.c"), QStringLiteral("x"), ctx, done);
        });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ApiError::Kind::Network);
    }

    void plainHttpToRemoteHostIsRefused()
    {
        ApiClient client;
        const auto error = client.setBaseUrl(QUrl(QStringLiteral("http://desk.example.com")));
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ApiError::Kind::InsecureUrl);
        // Nothing was sent: the client still has no base URL to talk to.
        auto result = await<UserInfo>([&](QObject *ctx, auto done) { client.me(ctx, done); });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ApiError::Kind::InsecureUrl);
    }

    void serverClosingDuringHandshakeIsANetworkError()
    {
        // The dev server speaks plain HTTP and hangs up on a TLS hello: whatever it is, it
        // is not a connection the client may use.
        ApiClient client;
        QUrl url = m_server.baseUrl();
        url.setScheme(QStringLiteral("https"));
        QVERIFY(!client.setBaseUrl(url));
        client.setRetryPolicy(RetryPolicy::none());
        auto result = await<LoginResult>([&](QObject *ctx, auto done) {
            client.login(m_server.email(), m_server.password(), ctx, done);
        });
        QVERIFY(result && !result->ok());
        QVERIFY(result->error().kind == ApiError::Kind::Network ||
                result->error().kind == ApiError::Kind::Tls);
    }

    void untrustedCertificateIsATlsErrorAndNothingIsSent()
    {
        QFile certificateFile(QFINDTESTDATA("data/selfsigned.crt"));
        QFile keyFile(QFINDTESTDATA("data/selfsigned.key"));
        QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(&certificateFile, QSsl::Pem));
        configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        QSslServer tlsServer;
        tlsServer.setSslConfiguration(configuration);
        QVERIFY(tlsServer.listen(QHostAddress::LocalHost, 0));
        int requestsSeen = 0;
        connect(&tlsServer, &QSslServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = tlsServer.nextPendingConnection()) {
                connect(socket, &QIODevice::readyRead, socket, [&requestsSeen, socket] {
                    if (!socket->readAll().isEmpty())
                        ++requestsSeen;
                });
            }
        });

        ApiClient client;
        QVERIFY(!client.setBaseUrl(
            QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tlsServer.serverPort()))));
        client.setAccessToken("secret-token");
        auto result = await<UserInfo>([&](QObject *ctx, auto done) { client.me(ctx, done); });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ApiError::Kind::Tls);
        QVERIFY(!result->error().technical.isEmpty());
        QVERIFY(!result->error().technical.contains(QLatin1String("secret-token")));
        QCOMPARE(requestsSeen, 0);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
