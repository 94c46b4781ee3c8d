#include "apiclient.h"
#include "bookingcache.h"
#include "devserverprocess.h"
#include "serverlisting.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

// Every fault switch of the dev server in turn, against a cache that already holds a full
// copy: a pass ends (never hangs) in success or in an error the receptionist can read, and
// the cache never loses a booking the server still has.

namespace {

constexpr int kSeeded = 1000;
constexpr int kPageSize = 100;
constexpr int kPassTimeoutMs = 30000;

using Listing = QMap<QString, QByteArray>; // id -> compact JSON

// The server's bookings read with plain HTTP, independent of the client's codec.
std::optional<Listing> serverListing(const QUrl &base, const QByteArray &token)
{
    const auto records = ServerListing::fetch(base, token, kPageSize);
    if (!records)
        return std::nullopt;
    Listing listing;
    for (auto it = records->cbegin(); it != records->cend(); ++it)
        listing.insert(it.key(), QJsonDocument(it.value()).toJson(QJsonDocument::Compact));
    return listing;
}

Listing cacheListing(const BookingCache &cache)
{
    Listing listing;
    for (const Booking &booking : cache.bookings()) {
        listing.insert(booking.id, QJsonDocument(QJsonDocument::fromJson(booking.json).object())
                                       .toJson(QJsonDocument::Compact));
    }
    return listing;
}

QStringList idsOf(const QJsonObject &answer)
{
    QStringList ids;
    for (const QJsonValue &id : answer.value(QLatin1String("ids")).toArray())
        ids.append(id.toString());
    return ids;
}

QString describe(const SyncReport &report)
{
    return report.toLogString();
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DevServerProcess m_server;
    QByteArray m_token;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<BookingCache> m_cache;
    std::unique_ptr<SyncEngine> m_engine;

    std::optional<SyncReport> runPass()
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::syncFinished);
        m_engine->refreshNow();
        if (finished.isEmpty() && !finished.wait(kPassTimeoutMs))
            return std::nullopt;
        return finished.first().first().value<SyncReport>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DevServerProcess::Options options;
        options.seedBookings = kSeeded;
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
        m_cache = std::make_unique<BookingCache>();
        QString error;
        QVERIFY2(m_cache->open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error),
                 qPrintable(error));
    }

    void init()
    {
        QVERIFY(m_server.resetFaults());
        m_token = m_server.login(); // a fresh one: the previous row may have expired it
        QVERIFY(!m_token.isEmpty());
        m_client = std::make_unique<ApiClient>();
        QVERIFY(!m_client->setBaseUrl(m_server.baseUrl()));
        m_client->setAccessToken(m_token);
        RetryPolicy fast;
        fast.maxRetries = 3;
        fast.baseDelay = 20ms;
        fast.maxDelay = 200ms;
        m_client->setRetryPolicy(fast);
        m_client->setTimeout(5s);
        m_engine = std::make_unique<SyncEngine>(m_client.get(), m_cache.get());
    }

    void cleanup()
    {
        m_engine.reset();
        m_client.reset();
        m_server.resetFaults();
    }

    void faultyPassesNeverLoseRows_data()
    {
        QTest::addColumn<QJsonObject>("faults");
        QTest::addColumn<bool>("expireTokens");
        QTest::addColumn<int>("timeoutMs"); // the client's time limit per attempt
        QTest::addColumn<bool>("mustFail");

        QTest::newRow("latency 300 ms")
            << QJsonObject{{"latency_ms", 300}} << false << 5000 << false;
        QTest::newRow("latency beyond the time limit")
            << QJsonObject{{"latency_ms", 900}} << false << 400 << true;
        QTest::newRow("500 rate 0.3") << QJsonObject{{"error_rate", 0.3}} << false << 5000 << false;
        QTest::newRow("429 rate 0.3, Retry-After 1")
            << QJsonObject{{"rate_limit_rate", 0.3}, {"retry_after", 1}} << false << 5000 << false;
        QTest::newRow("malformed rate 0.3")
            << QJsonObject{{"malformed_rate", 0.3}} << false << 5000 << false;
        QTest::newRow("truncate rate 0.3")
            << QJsonObject{{"truncate_rate", 0.3}} << false << 5000 << false;
        QTest::newRow("drop rate 0.3") << QJsonObject{{"drop_rate", 0.3}} << false << 5000 << false;
        QTest::newRow("expired tokens") << QJsonObject{} << true << 5000 << true;
        QTest::newRow("everything at 0.1")
            << QJsonObject{{"latency_ms", 20}, {"error_rate", 0.1},     {"rate_limit_rate", 0.1},
                           {"retry_after", 1}, {"malformed_rate", 0.1}, {"truncate_rate", 0.1},
                           {"drop_rate", 0.1}}
            << false << 5000 << false;
    }

    void faultyPassesNeverLoseRows()
    {
        QFETCH(QJsonObject, faults);
        QFETCH(bool, expireTokens);
        QFETCH(int, timeoutMs);
        QFETCH(bool, mustFail);

        // A full copy first.
        auto report = runPass();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(describe(*report)));
        const auto initial = serverListing(m_server.baseUrl(), m_token);
        QVERIFY(initial);
        QCOMPARE(cacheListing(*m_cache), *initial);

        // The server changes: some bookings go, some move, some are new.
        const QStringList deleted = idsOf(m_server.mutate({{"action", "delete"}, {"count", 3}}));
        QCOMPARE(deleted.size(), 3);
        QVERIFY(!idsOf(m_server.mutate({{"action", "move"}, {"count", 20}})).isEmpty());
        QCOMPARE(idsOf(m_server.control("POST", QStringLiteral("/_control/create"), {{"count", 7}}))
                     .size(),
                 7);
        const auto current = serverListing(m_server.baseUrl(), m_token);
        QVERIFY(current);

        m_client->setTimeout(std::chrono::milliseconds(timeoutMs));
        QVERIFY(m_server.setFaults(faults));
        if (expireTokens)
            QVERIFY(m_server.expireTokens());

        Listing before = cacheListing(*m_cache);
        for (int pass = 0; pass < 3; ++pass) {
            report = runPass();
            QVERIFY2(report, "the pass did not end within 30 s");
            if (mustFail)
                QVERIFY2(!report->ok(), qPrintable(describe(*report)));
            if (!report->ok()) {
                QVERIFY2(report->error.has_value(), qPrintable(describe(*report)));
                QVERIFY(report->cacheError.isEmpty());
                QVERIFY(!report->error->userMessage().isEmpty());
                QVERIFY(report->removed.isEmpty());
            }
            if (expireTokens) {
                QVERIFY2(report->error.has_value(), qPrintable(describe(*report)));
                QVERIFY(report->error->isUnauthorized());
            }

            const Listing after = cacheListing(*m_cache);
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                const bool goneFromServer = !current->contains(it.key());
                QVERIFY2(after.contains(it.key()) || (report->ok() && goneFromServer),
                         qPrintable(QStringLiteral("pass %1 lost %2").arg(pass).arg(it.key())));
            }
            // Every cached row is either what the cache had or what the server has now.
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                QVERIFY2(it.value() == before.value(it.key()) ||
                             it.value() == current->value(it.key()),
                         qPrintable(it.key()));
            }
            if (report->ok())
                QCOMPARE(after, *current);
            before = after;
        }

        // Once the server behaves, one pass brings the cache level with it.
        QVERIFY(m_server.resetFaults());
        if (expireTokens) {
            m_token = m_server.login();
            m_client->setAccessToken(m_token);
        }
        m_client->setTimeout(5s);
        report = runPass();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(describe(*report)));
        QCOMPARE(cacheListing(*m_cache), *current);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
