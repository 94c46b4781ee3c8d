#include "apiclient.h"
#include "bookingcache.h"
#include "bookingmodelfeed.h"
#include "bookingtablemodel.h"
#include "clock.h"
#include "devserverprocess.h"
#include "futurebookings.h"
#include "syncengine.h"
#include "syncfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;
using namespace SyncTesting;

// Full passes against the dev server: the cache ends equal to the server, each pass
// reports what it inserted, changed and removed, a broken or cancelled pass removes nothing.
// (Outages, expired tokens and unreadable records: tst_syncoutages.)

namespace {

constexpr int kSeeded = 1234;

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

class TestSyncEngine : public QObject, protected SyncFixture
{
    Q_OBJECT

private:
    int getRequests()
    {
        return m_server.stats()
            .value(QLatin1String("by_method"))
            .toObject()
            .value(QLatin1String("GET"))
            .toInt();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(startServer(kSeeded), qPrintable(m_server.errorString())); }
    void init() { QVERIFY(prepareTest()); }
    void cleanup() { finishTest(); }

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
        QVERIFY(m_cache->lastSync().secsTo(Clock::now()) < 60);
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
        // that many rounds of the server's latency (a lower bound: a slow machine only
        // makes it longer). That more than one is in flight is the sampler's maximum.
        const int rounds = 1 + (pages - 1 + concurrency - 1) / concurrency;
        QVERIFY2(elapsed >= rounds * latency - 50, qPrintable(QString::number(elapsed)));
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

    // The list follows a pass by the rows its writer computed and the warnings it counted:
    // a model whose own cache is closed (it can read nothing back) ends equal to one that
    // reads everything from the pass's cache. (Last: it adds bookings to the server.)
    void listFollowsPassesWithoutReadingBack()
    {
        // A customer with two no-shows in the last year and a booking to come.
        const QDateTime now = Clock::now();
        const QJsonObject lead{{"id", "feed-lead"}, {"name", "Feed Regular"},
                               {"phone", "+49 30 1234"}, {"email", "regular@example.org"},
                               {"channel", "voice"}};
        QJsonArray specs;
        for (const QDateTime &start : {now.addDays(-40), now.addDays(-90), now.addDays(20)}) {
            QJsonObject spec = FutureBookings::spec(start, 30,
                                                    start < now ? QStringLiteral("no_show")
                                                                : QStringLiteral("confirmed"));
            spec.insert(QStringLiteral("lead"), lead);
            specs.append(spec);
        }
        const QJsonArray made = m_server.createBookings(specs);
        QCOMPARE(made.size(), 3);
        const QString upcoming = made.at(2).toObject().value(QLatin1String("id")).toString();

        BookingCache closed;
        BookingTableModel model(&closed);
        BookingModelFeed feed(&model);
        feed.watch(m_engine.get());
        QSignalSpy rows(m_engine.get(), &SyncEngine::rowsWritten);
        QSignalSpy counted(m_engine.get(), &SyncEngine::noShowsCounted);
        const auto report = runPass();
        QVERIFY(report && report->ok());
        QVERIFY(rows.count() >= 1);
        QCOMPARE(counted.count(), 1);

        BookingTableModel reference(m_cache.get());
        reference.reload();
        QCOMPARE(model.rowCount(), m_cache->count());
        QCOMPARE(reference.rowCount(), model.rowCount());
        for (int i = 0; i < reference.rowCount(); ++i) {
            const BookingRow &expected = reference.row(i);
            const int at = model.rowOf(expected.id);
            QVERIFY2(at >= 0, qPrintable(expected.id));
            QVERIFY2(model.row(at) == expected, qPrintable(expected.id));
            QCOMPARE(model.recentNoShows(expected.id), reference.recentNoShows(expected.id));
        }
        QCOMPARE(model.recentNoShows(upcoming), 2);

        // A change on the server arrives as a changed row, and a no-show undone ends the
        // warning.
        const QString firstNoShow = made.at(0).toObject().value(QLatin1String("id")).toString();
        QVERIFY(!m_server.mutate({{"action", "cancel"}, {"ids", QJsonArray{firstNoShow}}})
                     .isEmpty());
        const auto second = runPass();
        QVERIFY(second && second->ok());
        QCOMPARE(second->changed, QStringList{firstNoShow});
        QCOMPARE(model.row(model.rowOf(firstNoShow)).status, BookingStatus::Cancelled);
        QCOMPARE(model.recentNoShows(upcoming), 0);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
