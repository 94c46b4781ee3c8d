#include "awaitcallback.h"
#include "bookingactions.h"
#include "bookingcache.h"
#include "clock.h"
#include "clockguard.h"
#include "devserverprocess.h"
#include "futurebookings.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using Result = ActionOutcome::Result;

class TestBookingActions : public QObject
{
    Q_OBJECT

private:
    DevServerProcess m_server;
    QTemporaryDir m_dir;
    int m_caches = 0;
    std::unique_ptr<BookingCache> m_cache;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<BookingActions> m_actions;

    std::optional<ActionOutcome> run(const Booking &seen, const BookingChange &change,
                                     bool anyway = false)
    {
        return awaitCallback<ActionOutcome>([&](QObject *ctx, auto done) {
            if (anyway)
                m_actions->applyAnyway(seen, change, ctx, done);
            else
                m_actions->apply(seen, change, ctx, done);
        });
    }

    // A new confirmed booking in the future (so that every action makes sense for it), as
    // the cache has it.
    Booking pick()
    {
        return FutureBookings::create(m_server, *m_cache,
                                      FutureBookings::spec(FutureBookings::nextStart()))
            .value_or(Booking());
    }
    // A new confirmed booking that ended two hours ago: a no-show or completed fits it.
    Booking pickEnded()
    {
        return FutureBookings::create(m_server, *m_cache,
                                      FutureBookings::spec(Clock::now().addSecs(-3 * 3600), 60))
            .value_or(Booking());
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
        RetryPolicy fast;
        fast.baseDelay = 10ms;
        fast.maxDelay = 50ms;
        m_client->setRetryPolicy(fast);
        m_client->setAccessToken(m_server.login());
        m_actions = std::make_unique<BookingActions>(m_client.get(), m_cache.get());
        SyncEngine sync(m_client.get(), m_cache.get());
        sync.setInterval(0s);
        QSignalSpy finished(&sync, &SyncEngine::syncFinished);
        sync.refreshNow();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().value<SyncReport>().ok());
        m_server.control("POST", QStringLiteral("/_control/reset-stats"));
    }

    void cleanup()
    {
        m_actions.reset();
        m_client.reset();
        m_cache.reset();
        m_server.resetFaults();
    }

    void rescheduleApplies()
    {
        const Booking seen = pick();
        QSignalSpy changed(m_actions.get(), &BookingActions::bookingChanged);
        const QDateTime start = seen.startTime.addSecs(2 * 3600);
        auto outcome =
            run(seen, BookingChange::reschedule(start, start.addSecs(seen.durationSecs())));
        QVERIFY(outcome);
        QCOMPARE(outcome->result, Result::Applied);
        QCOMPARE(outcome->booking->startTime, start);
        QCOMPARE(outcome->booking->status, BookingStatus::Rescheduled);
        // The cache holds the server's answer, and views were told.
        QCOMPARE(m_cache->booking(seen.id)->startTime, start);
        QCOMPARE(m_cache->booking(seen.id)->json, outcome->booking->json);
        QVERIFY(changed.count() >= 2);
        QVERIFY(!m_actions->isPending(seen.id));
        QCOMPARE(requests("GET"), 1); // read again first
        QCOMPARE(requests("PATCH"), 1);
    }

    void statusChangesApply_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("no-show") << int(BookingStatus::NoShow);
        QTest::newRow("completed") << int(BookingStatus::Completed);
    }

    void statusChangesApply()
    {
        QFETCH(int, status);
        const Booking seen = pickEnded();
        auto outcome = run(seen, BookingChange::setStatus(BookingStatus(status)));
        QVERIFY(outcome);
        QCOMPARE(outcome->result, Result::Applied);
        QCOMPARE(m_cache->booking(seen.id)->status, BookingStatus(status));
        // And back to confirmed.
        auto back =
            run(*m_cache->booking(seen.id), BookingChange::setStatus(BookingStatus::Confirmed));
        QVERIFY(back);
        QCOMPARE(back->result, Result::Applied);
        QCOMPARE(m_cache->booking(seen.id)->status, BookingStatus::Confirmed);
    }

    void cancelWithReasonIsDeleteAndKeepsTheReason()
    {
        const Booking seen = pick();
        auto outcome = run(seen, BookingChange::cancel(QStringLiteral("Ärztin krank")));
        QVERIFY(outcome);
        QCOMPARE(outcome->result, Result::Applied);
        const Booking cached = *m_cache->booking(seen.id);
        QCOMPARE(cached.status, BookingStatus::Cancelled);
        QCOMPARE(cached.metadata.value("cancellation_reason").toString(),
                 QStringLiteral("Ärztin krank"));
        QCOMPARE(requests("DELETE"), 1);
    }

    void refusalCarriesTheServersReason()
    {
        const Booking seen = pick();
        // Cancelled on the server behind the desk's back; applied anyway, the move is
        // refused by the server (400 with a detail), not by the desk's own rules.
        m_server.mutate({{"action", "cancel"}, {"ids", QJsonArray{seen.id}}});
        auto outcome =
            run(seen, BookingChange::reschedule(seen.startTime.addDays(1), seen.endTime.addDays(1)),
                true);
        QVERIFY(outcome);
        QCOMPARE(outcome->result, Result::Refused);
        QVERIFY(outcome->error);
        QCOMPARE(outcome->error->httpStatus, 400);
        QVERIFY(outcome->error->userMessage().contains(QLatin1String("cancelled")));
        QVERIFY(m_cache->outbox().isEmpty()); // shown at once, not kept
    }

    void conflictIsKeptWithBothVersions()
    {
        const Booking seen = pickEnded();
        const QJsonObject moved =
            m_server.mutate({{"action", "move"}, {"ids", QJsonArray{seen.id}}, {"minutes", 30}});
        QCOMPARE(moved.value("ids").toArray().size(), 1);
        auto outcome = run(seen, BookingChange::setStatus(BookingStatus::NoShow));
        QVERIFY(outcome);
        QCOMPARE(outcome->result, Result::Conflict);
        QCOMPARE(outcome->booking->startTime, seen.startTime.addSecs(1800));
        QCOMPARE(requests("PATCH"), 0); // nothing sent blindly
        const QList<OutboxEntry> outbox = m_cache->outbox();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().state, OutboxEntry::State::Conflict);
        QCOMPARE(outbox.first().baseJson, seen.json);
        QVERIFY(!outbox.first().serverJson.isEmpty());
        // The cache shows the server's version now.
        QCOMPARE(m_cache->booking(seen.id)->startTime, seen.startTime.addSecs(1800));

        // Apply anyway.
        auto resolved = awaitCallback<ActionOutcome>([&](QObject *ctx, auto done) {
            m_actions->resolve(outbox.first().id, true, ctx, done);
        });
        QVERIFY(resolved);
        QCOMPARE(resolved->result, Result::Applied);
        QCOMPARE(m_cache->booking(seen.id)->status, BookingStatus::NoShow);
        QVERIFY(m_cache->outbox().isEmpty());
    }

    void conflictCanBeDiscarded()
    {
        const Booking seen = pickEnded();
        m_server.mutate({{"action", "cancel"}, {"ids", QJsonArray{seen.id}}});
        auto outcome = run(seen, BookingChange::setStatus(BookingStatus::Completed));
        QVERIFY(outcome);
        QCOMPARE(outcome->result, Result::Conflict);
        QString error;
        QVERIFY(m_actions->discard(outcome->outboxId, &error));
        QVERIFY(m_cache->outbox().isEmpty());
        QCOMPARE(m_cache->booking(seen.id)->status, BookingStatus::Cancelled);
    }

    void serverErrorOnTheWriteIsQueuedNotRetried()
    {
        const Booking seen = pickEnded();
        // The re-read succeeds, the PATCH meets a 500.
        QVERIFY(m_server.setFaults({{"error_rate", 1.0}, {"methods", QJsonArray{"PATCH"}}}));
        auto outcome = run(seen, BookingChange::setStatus(BookingStatus::NoShow));
        QVERIFY(outcome);
        QCOMPARE(outcome->result, Result::Queued);
        QVERIFY(outcome->error && outcome->error->isTransient());
        QCOMPARE(requests("PATCH"), 1); // never retried blindly
        QCOMPARE(m_cache->outbox().size(), 1);
        QCOMPARE(m_cache->outbox().first().state, OutboxEntry::State::Pending);

        // Once the server is well again, the replay sends it.
        m_server.resetFaults();
        auto report = awaitCallback<ReplayReport>(
            [&](QObject *ctx, auto done) { m_actions->replayOutbox(ctx, done); });
        QVERIFY(report);
        QCOMPARE(report->applied, 1);
        QCOMPARE(m_cache->booking(seen.id)->status, BookingStatus::NoShow);
    }

    void answerLostOnTheWayIsNotSentTwice()
    {
        const Booking seen = pickEnded();
        // The server applies the PATCH but the answer is cut off.
        QVERIFY(m_server.setFaults({{"truncate_rate", 1.0}, {"methods", QJsonArray{"PATCH"}}}));
        auto outcome = run(seen, BookingChange::setStatus(BookingStatus::Completed));
        QVERIFY(outcome);
        QCOMPARE(outcome->result, Result::Queued);
        m_server.resetFaults();
        auto report = awaitCallback<ReplayReport>(
            [&](QObject *ctx, auto done) { m_actions->replayOutbox(ctx, done); });
        QVERIFY(report);
        QCOMPARE(report->applied, 1);
        QCOMPARE(requests("PATCH"), 1);
        QCOMPARE(m_cache->booking(seen.id)->status, BookingStatus::Completed);
    }

    void offlineChangesAreQueuedThenReplayedInOrder()
    {
        const Booking first = pickEnded();
        const Booking second = pick();
        DevServerProcess::Options unreachable;
        ApiClient offline;
        // A port nothing listens on: the server is "gone".
        {
            DevServerProcess gone;
            QVERIFY(gone.start());
            QVERIFY(!offline.setBaseUrl(gone.baseUrl()));
            gone.stop();
        }
        offline.setRetryPolicy(RetryPolicy::none());
        offline.setAccessToken("token");
        BookingActions offlineActions(&offline, m_cache.get());
        auto a = awaitCallback<ActionOutcome>([&](QObject *ctx, auto done) {
            offlineActions.apply(first, BookingChange::setStatus(BookingStatus::NoShow), ctx, done);
        });
        auto b = awaitCallback<ActionOutcome>([&](QObject *ctx, auto done) {
            offlineActions.apply(second, BookingChange::cancel(QStringLiteral("ill")), ctx, done);
        });
        QVERIFY(a && b);
        QCOMPARE(a->result, Result::Queued);
        QCOMPARE(b->result, Result::Queued);
        QCOMPARE(a->error->kind, ApiError::Kind::Network);
        const QList<OutboxEntry> queued = m_cache->outbox();
        QCOMPARE(queued.size(), 2);
        QVERIFY(queued[0].id < queued[1].id);

        // Back online: replayed in order, each read again first.
        auto report = awaitCallback<ReplayReport>(
            [&](QObject *ctx, auto done) { m_actions->replayOutbox(ctx, done); });
        QVERIFY(report);
        QCOMPARE(report->applied, 2);
        QCOMPARE(report->remaining, 0);
        QVERIFY(m_cache->outbox().isEmpty());
        QCOMPARE(m_cache->booking(first.id)->status, BookingStatus::NoShow);
        QCOMPARE(m_cache->booking(second.id)->status, BookingStatus::Cancelled);
    }

    void replayKeepsAChangeThatIsNowAConflict()
    {
        const Booking seen = pickEnded();
        OutboxEntry entry = BookingChange::setStatus(BookingStatus::Completed).toOutboxEntry(seen);
        QString error;
        QVERIFY(m_cache->enqueue(entry, &error));
        m_server.mutate({{"action", "move"}, {"ids", QJsonArray{seen.id}}});
        auto report = awaitCallback<ReplayReport>(
            [&](QObject *ctx, auto done) { m_actions->replayOutbox(ctx, done); });
        QVERIFY(report);
        QCOMPARE(report->conflicts, 1);
        QCOMPARE(m_cache->outbox().size(), 1);
        QCOMPARE(m_cache->outbox().first().state, OutboxEntry::State::Conflict);
        QCOMPARE(requests("PATCH"), 0);
    }

    void replayMarksRefusalsFailedWithTheReason()
    {
        // The server no longer has it: refused with the server's reason.
        const Booking seen = pick();
        QString error;
        QVERIFY(m_cache->enqueue(
            BookingChange::reschedule(seen.startTime.addDays(2), seen.endTime.addDays(2))
                .toOutboxEntry(seen),
            &error));
        m_server.mutate({{"action", "delete"}, {"ids", QJsonArray{seen.id}}});
        auto report = awaitCallback<ReplayReport>(
            [&](QObject *ctx, auto done) { m_actions->replayOutbox(ctx, done); });
        QVERIFY(report);
        QCOMPARE(report->refused, 1);
        QList<OutboxEntry> outbox = m_cache->outbox();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().state, OutboxEntry::State::Failed);
        QVERIFY2(outbox.first().error.contains(QLatin1String("not found")),
                 qPrintable(outbox.first().error));
        QVERIFY(m_cache->removeOutbox(outbox.first().id, &error));

        // The rules refuse it by the time it is replayed: the new time has begun since it
        // was queued (offline for a long while). Nothing is sent; the rules' words stay.
        // At the new start plus a minute the booking (30 minutes) is under way, so moving
        // it is allowed, but not to a time that has begun.
        const Booking later = pick();
        const QDateTime start = later.startTime.addSecs(600);
        QVERIFY(m_cache->enqueue(
            BookingChange::reschedule(start, start.addSecs(1800)).toOutboxEntry(later), &error));
        {
            ClockGuard clock(start.addSecs(60));
            report = awaitCallback<ReplayReport>(
                [&](QObject *ctx, auto done) { m_actions->replayOutbox(ctx, done); });
        }
        QVERIFY(report);
        QCOMPARE(report->refused, 1);
        outbox = m_cache->outbox();
        QCOMPARE(outbox.first().state, OutboxEntry::State::Failed);
        QCOMPARE(outbox.first().error,
                 BookingRules::checkNewTime(start, start.addSecs(1800), start.addSecs(60)).reason);
        QCOMPARE(requests("PATCH"), 0);
    }

    void aChangeThatAlreadyLandedIsNotSentAgain()
    {
        const Booking seen = pickEnded();
        QVERIFY(run(seen, BookingChange::setStatus(BookingStatus::NoShow)));
        m_server.control("POST", QStringLiteral("/_control/reset-stats"));
        // The same change, queued as if its answer had been lost, replays as done.
        OutboxEntry entry = BookingChange::setStatus(BookingStatus::NoShow).toOutboxEntry(seen);
        QString error;
        QVERIFY(m_cache->enqueue(entry, &error));
        auto report = awaitCallback<ReplayReport>(
            [&](QObject *ctx, auto done) { m_actions->replayOutbox(ctx, done); });
        QVERIFY(report);
        QCOMPARE(report->applied, 1);
        QCOMPARE(requests("PATCH"), 0);
        QVERIFY(m_cache->outbox().isEmpty());
    }

    void syncPassReplaysTheOutboxFirst()
    {
        const Booking seen = pickEnded();
        QString error;
        QVERIFY(m_cache->enqueue(
            BookingChange::setStatus(BookingStatus::NoShow).toOutboxEntry(seen), &error));
        SyncEngine sync(m_client.get(), m_cache.get());
        sync.setInterval(0s);
        sync.setActions(m_actions.get());
        QSignalSpy finished(&sync, &SyncEngine::syncFinished);
        sync.refreshNow();
        QVERIFY(sync.isSyncing());
        sync.refreshNow(); // no second pass while one runs
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().value<SyncReport>().ok());
        QVERIFY(m_cache->outbox().isEmpty());
        QCOMPARE(m_cache->booking(seen.id)->status, BookingStatus::NoShow);
        QCOMPARE(requests("PATCH"), 1);
        QVERIFY(!finished.wait(300));
    }

    void auditLogRecordsEveryOutcome()
    {
        m_actions->setActor(QStringLiteral("desk@example.com"));
        QCOMPARE(m_cache->auditCount(), 0);
        // Applied.
        const Booking applied = pickEnded();
        QVERIFY(run(applied, BookingChange::setStatus(BookingStatus::NoShow)));
        // Refused: the booking is gone on the server (404 with its detail).
        const Booking gone = pick();
        m_server.mutate({{"action", "delete"}, {"ids", QJsonArray{gone.id}}});
        QVERIFY(run(gone, BookingChange::cancel()));
        // Conflict, then discarded.
        const Booking moved = pickEnded();
        m_server.mutate({{"action", "move"}, {"ids", QJsonArray{moved.id}}});
        auto conflict = run(moved, BookingChange::setStatus(BookingStatus::Completed));
        QVERIFY(conflict && conflict->result == Result::Conflict);
        QString error;
        QVERIFY(m_actions->discard(conflict->outboxId, &error));
        // Queued (500 on the write), then replayed.
        const Booking queued = pick();
        QVERIFY(m_server.setFaults({{"error_rate", 1.0}, {"methods", QJsonArray{"PATCH"}}}));
        QVERIFY(run(queued, BookingChange::reschedule(queued.startTime.addSecs(3600),
                                                      queued.endTime.addSecs(3600))));
        m_server.resetFaults();
        QVERIFY(awaitCallback<ReplayReport>(
            [&](QObject *ctx, auto done) { m_actions->replayOutbox(ctx, done); }));

        const QList<AuditEntry> log = m_cache->auditLog(); // newest first
        QCOMPARE(log.size(), 6);
        QStringList results;
        QStringList actions;
        for (const AuditEntry &entry : log) {
            results.prepend(entry.result);
            actions.prepend(entry.action);
            QCOMPARE(entry.actor, QStringLiteral("desk@example.com"));
            QVERIFY(entry.at.isValid());
        }
        QCOMPARE(results,
                 (QStringList{"applied", "refused", "conflict", "discarded", "queued", "applied"}));
        QCOMPARE(actions, (QStringList{"set_status", "cancel", "set_status", "set_status",
                                       "reschedule", "reschedule"}));
        const AuditEntry first = log.last();
        QCOMPARE(first.bookingId, applied.id);
        QCOMPARE(first.beforeJson, applied.json);
        QVERIFY(first.afterJson.contains("\"no_show\""));
        QCOMPARE(log[4].message.contains(QLatin1String("not found")), true);
        QVERIFY(!log[3].afterJson.isEmpty()); // the server's version of the conflict
        QVERIFY(log[0].details.contains(QLatin1String("queued change")));
        QVERIFY(!log[1].message.isEmpty()); // why it was queued
    }

    void expiredSessionKeepsTheChange()
    {
        const Booking seen = pickEnded();
        QVERIFY(m_server.expireTokens());
        auto outcome = run(seen, BookingChange::setStatus(BookingStatus::NoShow));
        QVERIFY(outcome);
        QCOMPARE(outcome->result, Result::Queued);
        QVERIFY(outcome->error->isUnauthorized());
        QCOMPARE(m_cache->outbox().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBookingActions)
#include "tst_bookingactions.moc"
