#include "bookingcache.h"
#include "bulkactionrunner.h"
#include "devserverprocess.h"
#include "syncengine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using Result = ActionOutcome::Result;

class TestBulkActionRunner : public QObject
{
    Q_OBJECT

private:
    DevServerProcess m_server;
    QTemporaryDir m_dir;
    int m_caches = 0;
    int m_used = 0;
    std::unique_ptr<BookingCache> m_cache;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<BookingActions> m_actions;

    // Confirmed future bookings, a fresh one on every call.
    QList<Booking> take(int count)
    {
        BookingQuery query;
        query.from = QDateTime::currentDateTimeUtc();
        query.statuses = {BookingStatus::Confirmed};
        const QList<Booking> all = m_cache->bookings(query);
        const QList<Booking> result = all.mid(m_used, count);
        m_used += count;
        return result;
    }

    int requests(const char *method)
    {
        return m_server.stats().value("by_method").toObject().value(QLatin1String(method)).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        DevServerProcess::Options options;
        options.seedBookings = 200;
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    }

    void init()
    {
        m_server.resetFaults();
        m_cache = std::make_unique<BookingCache>();
        QString error;
        QVERIFY(
            m_cache->open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_caches)), &error));
        m_client = std::make_unique<ApiClient>();
        QVERIFY(!m_client->setBaseUrl(m_server.baseUrl()));
        m_client->setRetryPolicy(RetryPolicy::none());
        m_client->setAccessToken(m_server.login());
        m_actions = std::make_unique<BookingActions>(m_client.get(), m_cache.get());
        m_actions->setActor(QStringLiteral("bulk@example.com"));
        SyncEngine sync(m_client.get(), m_cache.get());
        sync.setInterval(0s);
        QSignalSpy finished(&sync, &SyncEngine::syncFinished);
        sync.refreshNow();
        QVERIFY(finished.wait(20000));
        m_server.control("POST", QStringLiteral("/_control/reset-stats"));
    }

    void cleanup()
    {
        m_actions.reset();
        m_client.reset();
        m_cache.reset();
        m_server.resetFaults();
    }

    void mixOfResultsOneAtATimeInOrder()
    {
        const QList<Booking> bookings = take(5);
        QCOMPARE(bookings.size(), 5);
        // 0: its DELETE meets a 500 (the fault budget is one) -> queued
        // 1: applied; 2: deleted on the server -> refused (404 with the server's detail)
        // 3: moved on the server -> conflict; 4: applied
        QVERIFY(m_server.setFaults(
            {{"error_rate", 1.0}, {"methods", QJsonArray{"DELETE"}}, {"fault_budget", 1}}));
        m_server.mutate({{"action", "delete"}, {"ids", QJsonArray{bookings[2].id}}});
        m_server.mutate({{"action", "move"}, {"ids", QJsonArray{bookings[3].id}}, {"minutes", 60}});

        QList<BulkActionRunner::Item> items;
        for (const Booking &booking : bookings)
            items.append({booking, BookingChange::cancel(QStringLiteral("Practitioner ill"))});
        BulkActionRunner runner(m_actions.get());
        runner.setMinInterval(50ms);
        QList<int> started;
        QList<qint64> startTimes;
        QList<ActionOutcome> outcomes;
        QElapsedTimer clock;
        clock.start();
        int inFlightSeen = 0;
        connect(&runner, &BulkActionRunner::itemStarted, this, [&](int index) {
            started.append(index);
            startTimes.append(clock.elapsed());
            inFlightSeen = qMax(inFlightSeen, runner.inFlight());
        });
        connect(&runner, &BulkActionRunner::itemFinished, this,
                [&](int index, const ActionOutcome &outcome) {
                    QCOMPARE(index, outcomes.size()); // finished in order too
                    outcomes.append(outcome);
                });
        QSignalSpy finished(&runner, &BulkActionRunner::finished);
        runner.start(items);
        QVERIFY(started.isEmpty()); // never from inside start()
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), 5);
        QCOMPARE(finished.first().at(1).toBool(), false);

        QCOMPARE(started, (QList<int>{0, 1, 2, 3, 4}));
        QCOMPARE(runner.maxInFlight(), 1);
        QCOMPARE(inFlightSeen, 1);
        // The rate bound: starts are at least the interval apart (a lower bound: a slow
        // machine only makes the gaps longer).
        for (int i = 1; i < startTimes.size(); ++i)
            QVERIFY2(startTimes[i] - startTimes[i - 1] >= 49, qPrintable(QString::number(i)));

        QCOMPARE(outcomes.size(), 5);
        QCOMPARE(outcomes[0].result, Result::Queued);
        QCOMPARE(outcomes[1].result, Result::Applied);
        QCOMPARE(outcomes[2].result, Result::Refused);
        QCOMPARE(outcomes[2].error->httpStatus, 404);
        QVERIFY(outcomes[2].error->userMessage().contains(QLatin1String("not found")));
        QCOMPARE(outcomes[3].result, Result::Conflict);
        QCOMPARE(outcomes[4].result, Result::Applied);
        QCOMPARE(m_cache->booking(bookings[1].id)->status, BookingStatus::Cancelled);
        QCOMPARE(m_cache->booking(bookings[4].id)->metadata.value("cancellation_reason").toString(),
                 QStringLiteral("Practitioner ill"));
        // Two applied, one queued and failed: three DELETEs reached the server.
        QCOMPARE(requests("DELETE"), 3);
        // Every item is in the audit log, under the actor's name.
        const QList<AuditEntry> log = m_cache->auditLog();
        QCOMPARE(log.size(), 5);
        QStringList results;
        for (const AuditEntry &entry : log) {
            QCOMPARE(entry.actor, QStringLiteral("bulk@example.com"));
            QCOMPARE(entry.action, QStringLiteral("cancel"));
            results.prepend(entry.result);
        }
        QCOMPARE(results, (QStringList{"queued", "applied", "refused", "conflict", "applied"}));
    }

    void cancelStopsAfterTheRequestInFlight()
    {
        const QList<Booking> bookings = take(4);
        QList<BulkActionRunner::Item> items;
        for (const Booking &booking : bookings)
            items.append({booking, BookingChange::setStatus(BookingStatus::NoShow)});
        BulkActionRunner runner(m_actions.get());
        runner.setMinInterval(100ms);
        connect(&runner, &BulkActionRunner::itemFinished, &runner, [&runner](int index) {
            if (index == 0)
                runner.cancel();
        });
        QSignalSpy finished(&runner, &BulkActionRunner::finished);
        runner.start(items);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(!runner.isRunning());
        QCOMPARE(requests("PATCH"), 1);
        QCOMPARE(m_cache->booking(bookings[0].id)->status, BookingStatus::NoShow);
        QCOMPARE(m_cache->booking(bookings[1].id)->status, BookingStatus::Confirmed);
        QVERIFY(!finished.wait(300)); // nothing more happens
    }

    void cancelBeforeTheFirstStartSendsNothing()
    {
        BulkActionRunner runner(m_actions.get());
        QSignalSpy finished(&runner, &BulkActionRunner::finished);
        runner.start({{take(1).first(), BookingChange::setStatus(BookingStatus::NoShow)}});
        runner.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QTest::qWait(100);
        QCOMPARE(requests("GET"), 0);
    }
};

QTEST_GUILESS_MAIN(TestBulkActionRunner)
#include "tst_bulkactionrunner.moc"
