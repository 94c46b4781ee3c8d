#include "apiclient.h"
#include "bookingcache.h"
#include "devserverprocess.h"
#include "serverlisting.h"
#include "syncengine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr int kSeeded = 1234;
constexpr int kPageSize = 100; // what BookingPager asks for

using Listing = QMap<QString, QJsonObject>;

// Everything the server lists, read with plain HTTP and parsed here, so that the comparison
// with the cache does not go through the client's own codec.
std::optional<Listing> serverListing(const QUrl &base, const QByteArray &token)
{
    return ServerListing::fetch(base, token, kPageSize);
}

Listing cacheListing(const BookingCache &cache)
{
    Listing listing;
    for (const Booking &booking : cache.bookings())
        listing.insert(booking.id, QJsonDocument::fromJson(booking.json).object());
    return listing;
}

// Empty when equal, else the first difference.
QString difference(const Listing &cache, const Listing &server)
{
    if (cache.size() != server.size())
        return QStringLiteral("cache has %1 bookings, server %2")
            .arg(cache.size())
            .arg(server.size());
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        const auto cached = cache.constFind(it.key());
        if (cached == cache.cend())
            return QStringLiteral("%1 missing in the cache").arg(it.key());
        if (*cached != it.value()) {
            return QStringLiteral("%1 differs:\ncache  %2\nserver %3")
                .arg(it.key(),
                     QString::fromUtf8(QJsonDocument(*cached).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(QJsonDocument(*it).toJson(QJsonDocument::Compact)));
        }
    }
    return {};
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList idsOf(const QJsonObject &answer)
{
    QStringList ids;
    for (const QJsonValue &id : answer.value(QLatin1String("ids")).toArray())
        ids.append(id.toString());
    return sorted(ids);
}

SyncReport reportOf(const QSignalSpy &finished, int index = 0)
{
    return finished.at(index).at(0).value<SyncReport>();
}

QString describe(const SyncReport &report)
{
    return report.toLogString();
}

// Records the largest number of requests the client had open during a pass.
class PendingSampler
{
public:
    explicit PendingSampler(const ApiClient *client) : m_client(client)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
                         [this] { m_max = std::max(m_max, m_client->pendingCount()); });
        m_timer.start(1);
    }
    int max() const { return m_max; }

private:
    const ApiClient *m_client;
    QTimer m_timer;
    int m_max = 0;
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DevServerProcess m_server;
    QByteArray m_token;
    int m_caches = 0;
    std::unique_ptr<BookingCache> m_cache;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;

    // A client, cache and engine for `server`, replacing the previous ones.
    bool connectTo(DevServerProcess &server)
    {
        m_engine.reset();
        m_client.reset();
        m_cache.reset();
        m_token = server.login();
        if (m_token.isEmpty())
            return false;
        m_client = std::make_unique<ApiClient>();
        if (m_client->setBaseUrl(server.baseUrl()))
            return false;
        m_client->setAccessToken(m_token);
        RetryPolicy fast;
        fast.maxRetries = 3;
        fast.baseDelay = 20ms;
        fast.maxDelay = 100ms;
        m_client->setRetryPolicy(fast);
        m_client->setTimeout(10s);
        m_cache = std::make_unique<BookingCache>();
        QString error;
        if (!m_cache->open(m_dir.filePath(QStringLiteral("c%1/cache.sqlite").arg(++m_caches)),
                           &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_engine = std::make_unique<SyncEngine>(m_client.get(), m_cache.get());
        return true;
    }

    std::optional<SyncReport> runPass(int timeoutMs = 60000)
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::syncFinished);
        m_engine->refreshNow();
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            return std::nullopt;
        return reportOf(finished);
    }

    QString compareWithServer(DevServerProcess &server)
    {
        const auto listing = serverListing(server.baseUrl(), m_token);
        if (!listing)
            return QStringLiteral("cannot list the server's bookings");
        return difference(cacheListing(*m_cache), *listing);
    }

    int getRequests()
    {
        return m_server.stats()
            .value(QLatin1String("by_method"))
            .toObject()
            .value(QLatin1String("GET"))
            .toInt();
    }

    int serverCount(DevServerProcess &server)
    {
        return server.stats().value(QLatin1String("bookings")).toInt(-1);
    }

    // A server on a database file with a fixed signing key: stopped and started again on
    // the same port, it is the same server to the client, token included.
    bool startRestartable(DevServerProcess &server, const QString &database, int seed,
                          quint16 port = 0)
    {
        DevServerProcess::Options options;
        options.seedBookings = seed;
        options.database = database;
        options.extraArgs = {QStringLiteral("--jwt-secret"), QStringLiteral("tst-syncengine"),
                             QStringLiteral("--port"), QString::number(port)};
        if (!server.start(options)) {
            qWarning("%s", qPrintable(server.errorString()));
            return false;
        }
        return port == 0 || server.port() == port;
    }

    // Changes the stopped server's database behind its back: the only way to make it send
    // a record this client cannot decode.
    bool editServerDatabase(const QString &database, const QString &sql, const QString &id)
    {
        const QString name = QStringLiteral("tst-syncengine-edit");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.prepare(sql);
                query.addBindValue(id);
                ok = ok && query.exec() && query.numRowsAffected() == 1;
                if (!ok)
                    qWarning("%s", qPrintable(query.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DevServerProcess::Options options;
        options.seedBookings = kSeeded;
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    }

    void init()
    {
        QVERIFY(m_server.resetFaults());
        QVERIFY(connectTo(m_server));
        QVERIFY(!m_server.control("POST", QStringLiteral("/_control/reset-stats")).isEmpty());
    }

    void cleanup()
    {
        m_engine.reset();
        m_client.reset();
        m_cache.reset();
        m_server.resetFaults();
    }

    void fullPassMirrorsTheServer()
    {
        QCOMPARE(serverCount(m_server), kSeeded);
        QSignalSpy written(m_engine.get(), &SyncEngine::bookingsWritten);
        QSignalSpy removed(m_engine.get(), &SyncEngine::bookingsRemoved);
        const auto report = runPass();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(describe(*report)));
        QCOMPARE(report->fetched, kSeeded);
        QCOMPARE(report->skipped, 0);
        QCOMPARE(report->pages, (kSeeded + kPageSize - 1) / kPageSize);
        QCOMPARE(report->inserted.size(), kSeeded);
        QVERIFY(report->changed.isEmpty());
        QVERIFY(report->removed.isEmpty());
        QCOMPARE(removed.count(), 0);

        const QString diff = compareWithServer(m_server);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(m_cache->count(), kSeeded);
        QCOMPARE(sorted(report->inserted), cacheListing(*m_cache).keys());
        // Item models learn every row through bookingsWritten, commit by commit.
        QStringList announced;
        for (const QList<QVariant> &arguments : written) {
            announced += arguments.at(0).toStringList();
            QVERIFY(arguments.at(1).toStringList().isEmpty());
        }
        QCOMPARE(sorted(announced), sorted(report->inserted));
        QVERIFY(m_cache->lastSync().isValid());
        QVERIFY(m_cache->lastSync().secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QCOMPARE(m_engine->lastSync(), m_cache->lastSync());
        QVERIFY(m_engine->lastReport().has_value());
        QVERIFY(!m_engine->isSyncing());
        QVERIFY(!m_engine->isOffline());
    }

    void secondPassChangesNothing()
    {
        const auto first = runPass();
        QVERIFY(first && first->ok());
        QSignalSpy written(m_engine.get(), &SyncEngine::bookingsWritten);
        QSignalSpy removed(m_engine.get(), &SyncEngine::bookingsRemoved);
        const auto second = runPass();
        QVERIFY(second);
        QVERIFY2(second->ok(), qPrintable(describe(*second)));
        QCOMPARE(second->fetched, first->fetched);
        QVERIFY(second->inserted.isEmpty());
        QVERIFY(second->changed.isEmpty());
        QVERIFY(second->removed.isEmpty());
        QCOMPARE(written.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(m_cache->count(), first->fetched);
    }

    void movedBookingsAreChanged()
    {
        QVERIFY(runPass().value_or(SyncReport{}).ok());
        const QStringList moved =
            idsOf(m_server.mutate({{"action", "move"}, {"count", 3}, {"minutes", 90}}));
        QCOMPARE(moved.size(), 3);
        QSignalSpy written(m_engine.get(), &SyncEngine::bookingsWritten);
        const auto report = runPass();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(describe(*report)));
        QCOMPARE(sorted(report->changed), moved);
        QVERIFY(report->inserted.isEmpty());
        QVERIFY(report->removed.isEmpty());
        QStringList announced;
        for (const QList<QVariant> &arguments : written)
            announced += arguments.at(1).toStringList();
        QCOMPARE(sorted(announced), moved);
        for (const QString &id : moved)
            QCOMPARE(m_cache->booking(id)->status, BookingStatus::Rescheduled);
        const QString diff = compareWithServer(m_server);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void deletedBookingsAreRemoved()
    {
        QVERIFY(runPass().value_or(SyncReport{}).ok());
        const int before = m_cache->count();
        const QStringList deleted = idsOf(m_server.mutate({{"action", "delete"}, {"count", 2}}));
        QCOMPARE(deleted.size(), 2);
        QSignalSpy removed(m_engine.get(), &SyncEngine::bookingsRemoved);
        const auto report = runPass();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(describe(*report)));
        QCOMPARE(sorted(report->removed), deleted);
        QVERIFY(report->inserted.isEmpty());
        QVERIFY(report->changed.isEmpty());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(sorted(removed.at(0).at(0).toStringList()), deleted);
        for (const QString &id : deleted)
            QVERIFY(!m_cache->booking(id).has_value());
        QCOMPARE(m_cache->count(), before - 2);
        const QString diff = compareWithServer(m_server);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void createdBookingsAreInserted()
    {
        QVERIFY(runPass().value_or(SyncReport{}).ok());
        const QStringList created =
            idsOf(m_server.control("POST", QStringLiteral("/_control/create"), {{"count", 5}}));
        QCOMPARE(created.size(), 5);
        const auto report = runPass();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(describe(*report)));
        QCOMPARE(sorted(report->inserted), created);
        QVERIFY(report->changed.isEmpty());
        QVERIFY(report->removed.isEmpty());
        const QString diff = compareWithServer(m_server);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void mixedChangesInOnePass()
    {
        QVERIFY(runPass().value_or(SyncReport{}).ok());
        const QStringList moved = idsOf(m_server.mutate({{"action", "move"}, {"count", 2}}));
        const QStringList cancelled = idsOf(m_server.mutate({{"action", "cancel"}, {"count", 2}}));
        const QStringList deleted = idsOf(m_server.mutate({{"action", "delete"}, {"count", 3}}));
        const QStringList created =
            idsOf(m_server.control("POST", QStringLiteral("/_control/create"), {{"count", 4}}));
        QCOMPARE(moved.size() + cancelled.size() + deleted.size() + created.size(), 11);
        const auto report = runPass();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(describe(*report)));
        // The dev server picks the next active bookings each time, so the cancelled ones may
        // include a moved one, and a deleted one may be either: what changed is the union,
        // without duplicates and without what is gone.
        QStringList changed = moved + cancelled;
        changed.removeDuplicates();
        changed.removeIf([&deleted](const QString &id) { return deleted.contains(id); });
        QCOMPARE(sorted(report->changed), sorted(changed));
        QCOMPARE(sorted(report->removed), deleted);
        QCOMPARE(sorted(report->inserted), created);
        const QString diff = compareWithServer(m_server);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void passBrokenByServerErrorsRemovesNothing()
    {
        QVERIFY(runPass().value_or(SyncReport{}).ok());
        const QDateTime lastSync = m_cache->lastSync();
        const Listing before = cacheListing(*m_cache);
        const QStringList deleted = idsOf(m_server.mutate({{"action", "delete"}, {"count", 2}}));
        QCOMPARE(deleted.size(), 2);

        // The first page gets through; every request after it fails, retries included.
        QVERIFY(m_server.setFaults({{"latency_ms", 300}}));
        QSignalSpy written(m_engine.get(), &SyncEngine::bookingsWritten);
        QSignalSpy finished(m_engine.get(), &SyncEngine::syncFinished);
        QSignalSpy removed(m_engine.get(), &SyncEngine::bookingsRemoved);
        QSignalSpy offline(m_engine.get(), &SyncEngine::offlineChanged);
        m_engine->refreshNow();
        QVERIFY(m_engine->isSyncing());
        QVERIFY(finished.isEmpty());
        // Page 1 changed nothing, so no bookingsWritten: wait for the client to go on with
        // the other pages instead.
        QTRY_VERIFY_WITH_TIMEOUT(m_client->pendingCount() > 1, 20000);
        QVERIFY(m_server.setFaults({{"error_rate", 1.0}}));
        QVERIFY(finished.wait(30000));
        const SyncReport report = reportOf(finished);
        QVERIFY(!report.ok());
        QVERIFY(!report.complete);
        QVERIFY(report.error.has_value());
        QCOMPARE(report.error->kind, ApiError::Kind::Http);
        QCOMPARE(report.error->httpStatus, 500);
        QVERIFY(!report.error->userMessage().isEmpty());
        QVERIFY(report.pages >= 1);
        QVERIFY(report.pages < (kSeeded + kPageSize - 1) / kPageSize);
        QVERIFY(report.removed.isEmpty());
        QCOMPARE(removed.count(), 0);
        QCOMPARE(written.count(), 0);
        QCOMPARE(offline.count(), 0); // the server answered: it is there, just failing
        QCOMPARE(cacheListing(*m_cache), before);
        QCOMPARE(m_cache->lastSync(), lastSync);

        // Once the server recovers, a complete pass removes what it no longer has.
        QVERIFY(m_server.resetFaults());
        const auto recovered = runPass();
        QVERIFY(recovered && recovered->ok());
        QCOMPARE(sorted(recovered->removed), deleted);
        const QString diff = compareWithServer(m_server);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void refreshNowDuringAPassDoesNotStartAnother()
    {
        QVERIFY(m_server.setFaults({{"latency_ms", 200}}));
        QSignalSpy started(m_engine.get(), &SyncEngine::syncStarted);
        QSignalSpy finished(m_engine.get(), &SyncEngine::syncFinished);
        m_engine->refreshNow();
        QVERIFY(m_engine->isSyncing());
        m_engine->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_client->pendingCount() > 1, 20000); // in the middle now
        m_engine->refreshNow();
        m_engine->refreshNow();
        QCOMPARE(started.count(), 1);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        const SyncReport report = reportOf(finished);
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        // One GET per page and not one more: nothing ran twice.
        QCOMPARE(getRequests(), report.pages);
        QCOMPARE(started.count(), 1);
    }

    void concurrencyIsBounded_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("4") << 4;
        QTest::newRow("6") << 6;
    }

    void concurrencyIsBounded()
    {
        QFETCH(int, concurrency);
        constexpr int latency = 300;
        m_engine->setConcurrency(concurrency);
        QVERIFY(m_server.setFaults({{"latency_ms", latency}}));
        const int pages = (serverCount(m_server) + kPageSize - 1) / kPageSize;
        QVERIFY(pages > 6);
        PendingSampler sampler(m_client.get());
        QElapsedTimer clock;
        clock.start();
        const auto report = runPass();
        const qint64 elapsed = clock.elapsed();
        QVERIFY(report && report->ok());
        QCOMPARE(report->pages, pages);
        QCOMPARE(sampler.max(), concurrency);
        // The first page alone, then the rest `concurrency` at a time: never faster than
        // that many rounds of the server's latency...
        const int rounds = 1 + (pages - 1 + concurrency - 1) / concurrency;
        QVERIFY2(elapsed >= rounds * latency - 50, qPrintable(QString::number(elapsed)));
        // ...and with more than one at a time, clearly faster than one page after another.
        if (concurrency >= 4)
            QVERIFY2(elapsed < pages * latency, qPrintable(QString::number(elapsed)));
    }

    void cancelStopsAndRemovesNothing()
    {
        QVERIFY(runPass().value_or(SyncReport{}).ok());
        const QDateTime lastSync = m_cache->lastSync();
        const Listing before = cacheListing(*m_cache);
        QVERIFY(m_server.mutate({{"action", "delete"}, {"count", 2}}).contains("ids"));
        QVERIFY(m_server.mutate({{"action", "move"}, {"count", 500}}).contains("ids"));
        QVERIFY(m_server.setFaults({{"latency_ms", 300}}));

        QSignalSpy written(m_engine.get(), &SyncEngine::bookingsWritten);
        QSignalSpy finished(m_engine.get(), &SyncEngine::syncFinished);
        QSignalSpy removed(m_engine.get(), &SyncEngine::bookingsRemoved);
        QSignalSpy offline(m_engine.get(), &SyncEngine::offlineChanged);
        m_engine->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_client->pendingCount() > 1, 20000);
        m_engine->cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!m_engine->isSyncing());
        const SyncReport report = reportOf(finished);
        QVERIFY(!report.ok());
        QVERIFY(!report.complete);
        QVERIFY(report.error.has_value());
        QCOMPARE(report.error->kind, ApiError::Kind::Cancelled);
        QVERIFY(report.removed.isEmpty());
        QCOMPARE(removed.count(), 0);
        QCOMPARE(offline.count(), 0);
        // The requests in flight are aborted, and what they would have brought is not written.
        const int writtenAtCancel = int(written.count());
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, 5000);
        QCOMPARE(written.count(), writtenAtCancel);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_cache->count(), before.size());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY(m_cache->booking(it.key()).has_value());
        QCOMPARE(m_cache->lastSync(), lastSync);
        m_engine->cancel(); // nothing to cancel: no second report
        QCOMPARE(finished.count(), 1);
    }

    void offlineWhileTheServerIsDownAndBackAfter()
    {
        QTemporaryDir serverDir;
        const QString database = serverDir.filePath(QStringLiteral("server.sqlite"));
        DevServerProcess server;
        QVERIFY(startRestartable(server, database, 350));
        const quint16 port = server.port();
        QVERIFY(connectTo(server));
        QVERIFY(runPass().value_or(SyncReport{}).ok());
        const Listing before = cacheListing(*m_cache);
        QCOMPARE(before.size(), 350);

        // The server goes away in the middle of a pass.
        QVERIFY(server.setFaults({{"latency_ms", 300}}));
        QSignalSpy offline(m_engine.get(), &SyncEngine::offlineChanged);
        QSignalSpy started(m_engine.get(), &SyncEngine::syncStarted);
        QSignalSpy finished(m_engine.get(), &SyncEngine::syncFinished);
        m_engine->setInterval(3600s);
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_client->pendingCount() > 1, 20000);
        server.stop();
        QVERIFY(finished.wait(30000));
        SyncReport report = reportOf(finished);
        QVERIFY(!report.complete);
        QVERIFY(report.error.has_value());
        QCOMPARE(report.error->kind, ApiError::Kind::Network);
        QVERIFY(!report.error->userMessage().isEmpty());
        QVERIFY(report.removed.isEmpty());
        QCOMPARE(offline.count(), 1);
        QCOMPARE(offline.at(0).at(0).toBool(), true);
        QVERIFY(m_engine->isOffline());
        QCOMPARE(cacheListing(*m_cache), before);

        // Back on the same address with the same data; the engine tries again by itself
        // (backoff of 2.5 to 5 s after the first failure) and is online once it got through.
        QVERIFY(startRestartable(server, database, 350, port));
        QVERIFY(started.count() == 1);
        QVERIFY(started.wait(10000));
        QVERIFY(finished.count() == 2 || finished.wait(30000));
        report = reportOf(finished, 1);
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(offline.count(), 2);
        QCOMPARE(offline.at(1).at(0).toBool(), false);
        QVERIFY(!m_engine->isOffline());
        const QString diff = compareWithServer(server);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        m_engine->stop();
    }

    void unreachableServerIsOfflineAtOnce()
    {
        DevServerProcess gone;
        QVERIFY(gone.start());
        QVERIFY(connectTo(gone));
        gone.stop();
        QSignalSpy offline(m_engine.get(), &SyncEngine::offlineChanged);
        const auto report = runPass();
        QVERIFY(report);
        QVERIFY(!report->ok());
        QCOMPARE(report->error->kind, ApiError::Kind::Network);
        QCOMPARE(offline.count(), 1);
        QVERIFY(offline.at(0).at(0).toBool());
        QCOMPARE(m_cache->count(), 0);
        QVERIFY(!m_cache->lastSync().isValid());
    }

    void automaticRefreshRunsAgain()
    {
        QSignalSpy started(m_engine.get(), &SyncEngine::syncStarted);
        QSignalSpy finished(m_engine.get(), &SyncEngine::syncFinished);
        QList<qint64> startedAt;
        QList<qint64> finishedAt;
        QElapsedTimer clock;
        clock.start();
        connect(m_engine.get(), &SyncEngine::syncStarted, this,
                [&] { startedAt.append(clock.elapsed()); });
        connect(m_engine.get(), &SyncEngine::syncFinished, this,
                [&] { finishedAt.append(clock.elapsed()); });
        m_engine->setInterval(1s);
        m_engine->start();
        QCOMPARE(started.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 3, 20000);
        m_engine->stop();
        for (int i = 0; i < 3; ++i)
            QVERIFY2(reportOf(finished, i).ok(), qPrintable(describe(reportOf(finished, i))));
        QVERIFY(reportOf(finished, 1).inserted.isEmpty());
        QVERIFY(reportOf(finished, 2).changed.isEmpty());
        // Each pass starts one interval after the previous one ended (coarse timers may
        // fire up to 5 % early).
        for (int i = 1; i < 3; ++i) {
            const qint64 gap = startedAt.at(i) - finishedAt.at(i - 1);
            QVERIFY2(gap >= 940, qPrintable(QString::number(gap)));
        }
        // Stopped: no more passes.
        const qsizetype passes = started.count();
        QVERIFY(!started.wait(1500));
        QCOMPARE(started.count(), passes);
        disconnect(m_engine.get(), nullptr, this, nullptr);
    }

    void expiredTokenEndsWithUnauthorizedAndNoRemoval()
    {
        QVERIFY(runPass().value_or(SyncReport{}).ok());
        const Listing before = cacheListing(*m_cache);
        QVERIFY(m_server.mutate({{"action", "delete"}, {"count", 2}}).contains("ids"));
        QVERIFY(m_server.expireTokens());
        QSignalSpy unauthorized(m_client.get(), &ApiClient::unauthorized);
        QSignalSpy started(m_engine.get(), &SyncEngine::syncStarted);
        QSignalSpy finished(m_engine.get(), &SyncEngine::syncFinished);
        QSignalSpy offline(m_engine.get(), &SyncEngine::offlineChanged);
        m_engine->setInterval(1s);
        m_engine->start();
        QVERIFY(finished.wait(30000));
        const SyncReport report = reportOf(finished);
        QVERIFY(!report.ok());
        QVERIFY(report.error.has_value());
        QVERIFY(report.error->isUnauthorized());
        QVERIFY(!report.error->userMessage().isEmpty());
        QVERIFY(report.removed.isEmpty());
        QCOMPARE(unauthorized.count(), 1);
        QCOMPARE(offline.count(), 0);
        QCOMPARE(cacheListing(*m_cache), before);
        // Only signing in again helps: the engine does not poll with a dead token.
        QVERIFY(!started.wait(2500));
        QCOMPARE(started.count(), 1);
        m_engine->stop();
    }

    void undecodableRecordsKeepTheirCachedCopy()
    {
        QTemporaryDir serverDir;
        const QString database = serverDir.filePath(QStringLiteral("server.sqlite"));
        DevServerProcess server;
        QVERIFY(startRestartable(server, database, 250));
        const quint16 port = server.port();
        QVERIFY(connectTo(server));
        QVERIFY(runPass().value_or(SyncReport{}).ok());
        const Listing before = cacheListing(*m_cache);
        const QStringList ids = before.keys();
        const QString unknownStatus = ids.at(10);
        const QString noId = ids.at(20);
        const QString deleted = ids.at(30);
        const QString deletedLater = ids.at(40);

        // A status this client does not know: the record is skipped, but it exists, so
        // its cached copy stays while a booking the server deleted goes.
        server.stop();
        QVERIFY(editServerDatabase(
            database, QStringLiteral("UPDATE bookings SET status = 'on_hold' WHERE id = ?"),
            unknownStatus));
        QVERIFY(startRestartable(server, database, 250, port));
        QCOMPARE(idsOf(server.mutate({{"action", "delete"}, {"ids", QJsonArray{deleted}}})),
                 QStringList{deleted});
        auto report = runPass();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(describe(*report)));
        QCOMPARE(report->skipped, 1);
        QCOMPARE(report->fetched, 248);
        QCOMPARE(report->removed, QStringList{deleted});
        QVERIFY(report->changed.isEmpty());
        QCOMPARE(cacheListing(*m_cache).value(unknownStatus), before.value(unknownStatus));

        // A record without an id cannot be matched to any cached booking: that pass
        // removes nothing at all rather than risk removing it.
        server.stop();
        QVERIFY(editServerDatabase(
            database, QStringLiteral("UPDATE bookings SET id = '' WHERE id = ?"), noId));
        QVERIFY(startRestartable(server, database, 250, port));
        QCOMPARE(idsOf(server.mutate({{"action", "delete"}, {"ids", QJsonArray{deletedLater}}})),
                 QStringList{deletedLater});
        report = runPass();
        QVERIFY(report);
        QVERIFY2(report->complete, qPrintable(describe(*report)));
        QCOMPARE(report->skipped, 2);
        QVERIFY(report->removed.isEmpty());
        QVERIFY(m_cache->booking(noId).has_value());
        QVERIFY(m_cache->booking(deletedLater).has_value());
        QCOMPARE(m_cache->count(), before.size() - 1);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
