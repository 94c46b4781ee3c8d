#include "apiclient.h"
#include "bookingcache.h"
#include "devserverprocess.h"
#include "syncengine.h"
#include "syncfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;
using namespace SyncTesting;

// The sync engine when the server goes away and comes back, cannot be reached, no longer
// takes the token or sends records this client cannot read; and its automatic refresh.
// (Full passes and what they report: tst_syncengine.)

namespace {

constexpr int kSeeded = 1234;

} // namespace

class TestSyncOutages : public QObject, protected SyncFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(startServer(kSeeded), qPrintable(m_server.errorString())); }
    void init() { QVERIFY(prepareTest()); }
    void cleanup() { finishTest(); }

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

QTEST_GUILESS_MAIN(TestSyncOutages)
#include "tst_syncoutages.moc"
