#include "apierror.h"
#include "retrypolicy.h"

#include <QTest>

using namespace std::chrono_literals;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detailFromBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("string") << QByteArray(R"({"detail":"Booking not found"})")
                                << "Booking not found";
        QTest::newRow("422 list")
            << QByteArray(
                   R"({"detail":[{"loc":["query","size"],"msg":"ensure this value is less than or equal to 100","type":"value_error"}]})")
            << "size: ensure this value is less than or equal to 100";
        QTest::newRow("422 two entries nested loc")
            << QByteArray(
                   R"({"detail":[{"loc":["body","lead",0,"email"],"msg":"bad"},{"loc":["body","x"],"msg":"worse"}]})")
            << "lead.0.email: bad; x: worse";
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << "";
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("no detail") << QByteArray(R"({"error":"x"})") << "";
        QTest::newRow("detail object") << QByteArray(R"({"detail":{"a":1}})") << "";
    }

    void detailFromBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        QCOMPARE(ApiError::detailFromBody(body), detail);
    }

    void transientKinds()
    {
        QVERIFY(ApiError::network({}).isTransient());
        QVERIFY(ApiError::timeout({}).isTransient());
        QVERIFY(ApiError::http(500, {}, {}).isTransient());
        QVERIFY(ApiError::http(503, {}, {}).isTransient());
        QVERIFY(ApiError::http(429, {}, {}).isTransient());
        QVERIFY(!ApiError::http(404, {}, {}).isTransient());
        QVERIFY(!ApiError::http(401, {}, {}).isTransient());
        QVERIFY(!ApiError::tls({}).isTransient());
        QVERIFY(!ApiError::malformed({}).isTransient());
        QVERIFY(!ApiError::cancelled().isTransient());
    }

    void userMessagesSayWhatToDo()
    {
        const QList<ApiError> errors{ApiError::network({}),       ApiError::timeout({}),
                                     ApiError::tls({}),           ApiError::insecureUrl({}),
                                     ApiError::malformed({}),     ApiError::http(500, {}, {}),
                                     ApiError::http(401, {}, {}), ApiError::http(404, {}, {})};
        for (const ApiError &error : errors)
            QVERIFY2(error.userMessage().size() > 20, qPrintable(error.userMessage()));
        QVERIFY(ApiError::http(400, QStringLiteral("Booking is already cancelled"), {})
                    .userMessage()
                    .contains(QLatin1String("Booking is already cancelled")));
        ApiError busy = ApiError::http(429, {}, {});
        busy.retryAfter = 7s;
        QVERIFY(busy.userMessage().contains(QLatin1String("7")));
    }

    void logStringNamesKindAndStatus()
    {
        const ApiError error = ApiError::http(422, QStringLiteral("size: too big"),
                                              QStringLiteral("GET /api/v1/bookings: HTTP 422"));
        QCOMPARE(
            error.toLogString(),
            QStringLiteral("http 422: GET /api/v1/bookings: HTTP 422 (detail: size: too big)"));
    }

    void retryPolicyBackoff()
    {
        RetryPolicy policy;
        policy.maxRetries = 4;
        policy.baseDelay = 100ms;
        policy.maxDelay = 300ms;
        for (int i = 0; i < 200; ++i) {
            const auto first = policy.delayFor(1, std::nullopt);
            QVERIFY(first && *first >= 50ms && *first <= 100ms);
            const auto third = policy.delayFor(3, std::nullopt);
            QVERIFY(third && *third >= 150ms && *third <= 300ms);
        }
        QVERIFY(!policy.delayFor(5, std::nullopt));
        QVERIFY(!policy.delayFor(0, std::nullopt));
        // Retry-After wins when longer, and a very long one ends the request.
        QCOMPARE(*policy.delayFor(1, 2s), 2000ms);
        QVERIFY(!policy.delayFor(1, 3600s));
        QVERIFY(!RetryPolicy::none().delayFor(1, std::nullopt));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
