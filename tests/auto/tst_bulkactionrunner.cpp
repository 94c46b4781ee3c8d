#include "bookingcache.h"
#include "bulkactionrunner.h"
#include "clock.h"
#include "devserverprocess.h"
#include "syncedactions.h"
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
    SyncedActions m_fx;

    // Confirmed future bookings, a fresh one on every call.
    QList<Booking> take(int count)
    {
        QList<Booking> result;
        while (result.size() < count)
            result.append(m_fx.nextFutureBooking());
        return result;
    }
    // Confirmed bookings that have ended (a no-show fits them), fresh ones.
    QList<Booking> takeEnded(int count)
    {
        QList<Booking> result;
        while (result.size() < count)
            result.append(*m_fx.makeBooking(Clock::now().addSecs(-3 * 3600), 60));
        return result;
    }

    int requests(const char *method) { return m_fx.requests(method); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.startServer(200, &error), qPrintable(error));
    }

    void init()
    {
        QString error;
        QVERIFY2(m_fx.prepare(QStringLiteral("bulk@example.com"), &error), qPrintable(error));
    }

    void cleanup() { m_fx.reset(); }

    void mixOfResultsOneAtATimeInOrder()
    {
        const QList<Booking> bookings = take(5);
        QCOMPARE(bookings.size(), 5);
        // 0: its DELETE meets a 500 (the fault budget is one) -> queued
        // 1: applied; 2: deleted on the server -> refused (404 with the server's detail)
        // 3: moved on the server -> conflict; 4: applied
        QVERIFY(m_fx.server.setFaults(
            {{"error_rate", 1.0}, {"methods", QJsonArray{"DELETE"}}, {"fault_budget", 1}}));
        m_fx.server.mutate({{"action", "delete"}, {"ids", QJsonArray{bookings[2].id}}});
        m_fx.server.mutate(
            {{"action", "move"}, {"ids", QJsonArray{bookings[3].id}}, {"minutes", 60}});

        QList<BulkActionRunner::Item> items;
        for (const Booking &booking : bookings)
            items.append({booking, BookingChange::cancel(QStringLiteral("Practitioner ill"))});
        BulkActionRunner runner(m_fx.actions.get());
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
        QCOMPARE(m_fx.cache->booking(bookings[1].id)->status, BookingStatus::Cancelled);
        QCOMPARE(
            m_fx.cache->booking(bookings[4].id)->metadata.value("cancellation_reason").toString(),
            QStringLiteral("Practitioner ill"));
        // Two applied, one queued and failed: three DELETEs reached the server.
        QCOMPARE(requests("DELETE"), 3);
        // Every item is in the audit log, under the actor's name.
        const QList<AuditEntry> log = m_fx.cache->auditLog();
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
        const QList<Booking> bookings = takeEnded(4);
        QList<BulkActionRunner::Item> items;
        for (const Booking &booking : bookings)
            items.append({booking, BookingChange::setStatus(BookingStatus::NoShow)});
        BulkActionRunner runner(m_fx.actions.get());
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
        QCOMPARE(m_fx.cache->booking(bookings[0].id)->status, BookingStatus::NoShow);
        QCOMPARE(m_fx.cache->booking(bookings[1].id)->status, BookingStatus::Confirmed);
        QVERIFY(!finished.wait(300)); // nothing more happens
    }

    void cancelBeforeTheFirstStartSendsNothing()
    {
        BulkActionRunner runner(m_fx.actions.get());
        QSignalSpy finished(&runner, &BulkActionRunner::finished);
        runner.start({{takeEnded(1).first(), BookingChange::setStatus(BookingStatus::NoShow)}});
        runner.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QTest::qWait(100);
        QCOMPARE(requests("GET"), 0);
    }
};

QTEST_GUILESS_MAIN(TestBulkActionRunner)
#include "tst_bulkactionrunner.moc"
