#include "arrival.h"
#include "awaitcallback.h"
#include "bookingactioncontroller.h"
#include "bookingcache.h"
#include "bookingjson.h"
#include "bulkactiondialog.h"
#include "clock.h"
#include "devserverprocess.h"
#include "reschedulecheck.h"
#include "scriptedprompter.h"
#include "syncedactions.h"
#include "syncengine.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using Action = BookingActionController::Action;
using Result = ActionOutcome::Result;

class TestBookingActionController : public QObject
{
    Q_OBJECT

private:
    SyncedActions m_fx;
    std::unique_ptr<BookingActionController> m_controller;
    ScriptedPrompter *m_prompter = nullptr;

    Booking fresh() { return m_fx.nextFutureBooking(); }

    // A booking for which `action` is possible now, made on the server at a fitting time:
    // no-show and completed want one that has ended, an arrival one that starts soon.
    Booking prepare(Action action)
    {
        const QDateTime now = Clock::now();
        switch (action) {
        case Action::NoShow:
        case Action::Completed:
            return *m_fx.makeBooking(now.addSecs(-3 * 3600), 60);
        case Action::Arrive:
            return *m_fx.makeBooking(now.addSecs(1800));
        case Action::Unarrive: {
            const Booking booking = *m_fx.makeBooking(now.addSecs(1800));
            awaitCallback<ActionOutcome>([&](QObject *ctx, auto cb) {
                m_fx.actions->apply(booking, BookingChange::arrive(now, "desk@example.com"), ctx,
                                    cb);
            });
            return *m_fx.cache->booking(booking.id);
        }
        case Action::Confirmed: {
            const Booking booking = *m_fx.makeBooking(now.addSecs(-3 * 3600), 60);
            awaitCallback<ActionOutcome>([&](QObject *ctx, auto cb) {
                m_fx.actions->apply(booking, BookingChange::setStatus(BookingStatus::Completed),
                                    ctx, cb);
            });
            return *m_fx.cache->booking(booking.id);
        }
        case Action::Reschedule:
        case Action::Cancel:
        case Action::EditDetails:
            break;
        }
        return fresh();
    }

    void trigger(Action action, const Booking &booking)
    {
        switch (action) {
        case Action::Reschedule:
            m_prompter->timeAnswer = ActionPrompter::NewTime{booking.startTime.addSecs(7200),
                                                             booking.endTime.addSecs(7200)};
            m_controller->reschedule(booking.id);
            break;
        case Action::NoShow:
            m_controller->markNoShow(booking.id);
            break;
        case Action::Completed:
            m_controller->markCompleted(booking.id);
            break;
        case Action::Confirmed:
            m_controller->markConfirmed(booking.id);
            break;
        case Action::Cancel:
            m_prompter->cancelAnswer = QStringLiteral("Ärztin krank");
            m_controller->cancel(booking.id);
            break;
        case Action::EditDetails:
            m_prompter->detailsAnswer = ActionPrompter::Details{
                QStringLiteral("https://meet.example.com/new"), QStringLiteral("Bring the X-ray")};
            m_controller->editDetails(booking.id);
            break;
        case Action::Arrive:
        case Action::Unarrive:
            m_controller->trigger(action, booking.id);
            break;
        }
    }

    // The controller's `finished` result for `id` (-100: none came).
    static int waitFinished(QSignalSpy &spy, const QString &id) { return waitForResult(spy, id); }

    int requests(const char *method) { return m_fx.requests(method); }

    static void addActions()
    {
        QTest::addColumn<int>("action");
        QTest::newRow("reschedule") << int(Action::Reschedule);
        QTest::newRow("no-show") << int(Action::NoShow);
        QTest::newRow("completed") << int(Action::Completed);
        QTest::newRow("back to confirmed") << int(Action::Confirmed);
        QTest::newRow("cancel with reason") << int(Action::Cancel);
        QTest::newRow("edit link and notes") << int(Action::EditDetails);
        QTest::newRow("arrived") << int(Action::Arrive);
        QTest::newRow("undo arrival") << int(Action::Unarrive);
    }

    void verifyApplied(Action action, const Booking &before)
    {
        const Booking after = *m_fx.cache->booking(before.id);
        switch (action) {
        case Action::Reschedule:
            QCOMPARE(after.startTime, before.startTime.addSecs(7200));
            break;
        case Action::NoShow:
            QCOMPARE(after.status, BookingStatus::NoShow);
            break;
        case Action::Completed:
            QCOMPARE(after.status, BookingStatus::Completed);
            break;
        case Action::Confirmed:
            QCOMPARE(after.status, BookingStatus::Confirmed);
            break;
        case Action::Cancel:
            QCOMPARE(after.status, BookingStatus::Cancelled);
            QCOMPARE(after.metadata.value("cancellation_reason").toString(),
                     QStringLiteral("Ärztin krank"));
            break;
        case Action::EditDetails:
            QCOMPARE(after.meetingUrl, QStringLiteral("https://meet.example.com/new"));
            QCOMPARE(after.notes(), QStringLiteral("Bring the X-ray"));
            QCOMPARE(after.service(), before.service()); // other metadata kept
            break;
        case Action::Arrive:
            QVERIFY(Arrival::of(after));
            QCOMPARE(Arrival::of(after)->by, QStringLiteral("desk@example.com"));
            QCOMPARE(after.service(), before.service()); // other metadata kept
            break;
        case Action::Unarrive:
            QVERIFY(!Arrival::of(after));
            QVERIFY(!after.metadata.contains(QLatin1String("frontdesk")));
            QCOMPARE(after.service(), before.service());
            break;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.startServer(400, &error), qPrintable(error));
    }

    void init()
    {
        QString error;
        QVERIFY2(m_fx.prepare(QStringLiteral("desk@example.com"), &error), qPrintable(error));
        m_controller = std::make_unique<BookingActionController>(
            m_fx.client.get(), m_fx.actions.get(), m_fx.cache.get(), nullptr);
        auto prompter = std::make_unique<ScriptedPrompter>();
        m_prompter = prompter.get();
        m_controller->setPrompter(std::move(prompter));
        m_controller->setTimeZone(QTimeZone("Europe/Berlin"));
    }

    void cleanup()
    {
        m_controller.reset();
        m_fx.reset();
    }

    void noShowBeforeTheStartIsNotSent()
    {
        const Booking booking = fresh();
        QVERIFY(!m_controller->isAvailable(Action::NoShow, booking.id));
        QVERIFY(!m_controller->isAvailable(Action::Completed, booking.id));
        QSignalSpy finished(m_controller.get(), &BookingActionController::finished);
        m_controller->markNoShow(booking.id);
        QCOMPARE(waitFinished(finished, booking.id), -1);
        QCOMPARE(m_prompter->informs.size(), 1);
        QCOMPARE(requests("GET"), 0);
    }

    void eachActionApplies_data() { addActions(); }
    void eachActionApplies()
    {
        QFETCH(int, action);
        const Booking booking = prepare(Action(action));
        m_fx.server.control("POST", QStringLiteral("/_control/reset-stats"));
        QVERIFY(m_controller->isAvailable(Action(action), booking.id));
        QSignalSpy finished(m_controller.get(), &BookingActionController::finished);
        trigger(Action(action), booking);
        QCOMPARE(waitFinished(finished, booking.id), int(Result::Applied));
        verifyApplied(Action(action), booking);
        QVERIFY(m_prompter->informs.isEmpty());
        QCOMPARE(m_fx.cache->auditLog(1).first().result, QStringLiteral("applied"));
        if (Action(action) == Action::Cancel) {
            QVERIFY(m_prompter->cancels.first().contains(booking.lead->name));
            QCOMPARE(requests("DELETE"), 1);
        }
    }

    void refusalShowsTheServersReason_data() { addActions(); }
    void refusalShowsTheServersReason()
    {
        QFETCH(int, action);
        const Booking booking = prepare(Action(action));
        m_fx.server.mutate({{"action", "delete"}, {"ids", QJsonArray{booking.id}}});
        QSignalSpy finished(m_controller.get(), &BookingActionController::finished);
        trigger(Action(action), booking);
        QCOMPARE(waitFinished(finished, booking.id), int(Result::Refused));
        QCOMPARE(m_prompter->informs.size(), 1);
        QVERIFY(m_prompter->lastInformWasError);
        QVERIFY2(m_prompter->informs.first().contains(QLatin1String("not found")),
                 qPrintable(m_prompter->informs.first()));
        // The cache was not changed: the row stays where it was.
        QCOMPARE(m_fx.cache->booking(booking.id)->startTime, booking.startTime);
        QCOMPARE(m_fx.cache->booking(booking.id)->status, booking.status);
        QVERIFY(m_fx.cache->outbox().isEmpty());
        QCOMPARE(m_fx.cache->auditLog(1).first().result, QStringLiteral("refused"));
    }

    void serverErrorQueuesAndReplays_data() { addActions(); }
    void serverErrorQueuesAndReplays()
    {
        QFETCH(int, action);
        const Booking booking = prepare(Action(action));
        QVERIFY(m_fx.server.setFaults(
            {{"error_rate", 1.0}, {"methods", QJsonArray{"PATCH", "DELETE"}}}));
        QSignalSpy messages(m_controller.get(), &BookingActionController::statusMessage);
        QSignalSpy finished(m_controller.get(), &BookingActionController::finished);
        trigger(Action(action), booking);
        QCOMPARE(waitFinished(finished, booking.id), int(Result::Queued));
        QCOMPARE(m_fx.cache->outbox().size(), 1);
        QVERIFY(messages.last().first().toString().contains(QLatin1String("Queued")));
        QVERIFY(m_prompter->informs.isEmpty());
        m_fx.server.resetFaults();
        auto report = awaitCallback<ReplayReport>(
            [&](QObject *ctx, auto done) { m_fx.actions->replayOutbox(ctx, done); });
        QVERIFY(report);
        QCOMPARE(report->applied, 1);
        verifyApplied(Action(action), booking);
        QCOMPARE(m_fx.cache->auditLog(1).first().result, QStringLiteral("applied"));
    }

    void conflictIsShownAndCanBeAppliedAnyway_data() { addActions(); }
    void conflictIsShownAndCanBeAppliedAnyway()
    {
        QFETCH(int, action);
        Booking booking = prepare(Action(action));
        m_fx.server.mutate({{"action", "move"}, {"ids", QJsonArray{booking.id}}, {"minutes", 60}});
        m_prompter->conflictAnswer = ActionPrompter::ConflictChoice::ApplyAnyway;
        QSignalSpy finished(m_controller.get(), &BookingActionController::finished);
        trigger(Action(action), booking);
        QCOMPARE(waitFinished(finished, booking.id), int(Result::Applied));
        QCOMPARE(m_prompter->conflicts.size(), 1);
        QVERIFY2(m_prompter->conflicts.first().contains(QLatin1String("moved this booking from")),
                 qPrintable(m_prompter->conflicts.first()));
        QVERIFY(m_fx.cache->outbox().isEmpty());
        if (Action(action) != Action::Reschedule) {
            // The server's move stays; the change is applied on top of it.
            booking.startTime = booking.startTime.addSecs(3600);
            booking.endTime = booking.endTime.addSecs(3600);
            if (Action(action) == Action::NoShow || Action(action) == Action::Completed)
                booking = *m_fx.cache->booking(booking.id);
        }
        verifyApplied(Action(action), booking);
    }

    void conflictCanBeDiscarded()
    {
        const Booking booking = fresh();
        m_fx.server.mutate({{"action", "move"}, {"ids", QJsonArray{booking.id}}, {"minutes", 30}});
        m_prompter->conflictAnswer = ActionPrompter::ConflictChoice::Discard;
        QSignalSpy finished(m_controller.get(), &BookingActionController::finished);
        trigger(Action::Cancel, booking);
        QCOMPARE(waitFinished(finished, booking.id), int(Result::Conflict));
        QVERIFY(m_fx.cache->outbox().isEmpty());
        // The server's version stays (its move made it "rescheduled"), not cancelled.
        QVERIFY(m_fx.cache->booking(booking.id)->status != BookingStatus::Cancelled);
        QCOMPARE(m_fx.cache->booking(booking.id)->startTime, booking.startTime.addSecs(1800));
        QCOMPARE(requests("DELETE"), 0);
        QCOMPARE(m_fx.cache->auditLog(1).first().result, QStringLiteral("discarded"));
    }

    void declinedConfirmationSendsNothing()
    {
        const Booking booking = fresh();
        m_prompter->cancelAnswer.reset();
        QSignalSpy finished(m_controller.get(), &BookingActionController::finished);
        m_controller->cancel(booking.id);
        QCOMPARE(waitFinished(finished, booking.id), -1);
        QCOMPARE(m_fx.server.stats().value("requests").toInt(), 0);
        QCOMPARE(m_fx.cache->auditCount(), 0);
    }

    void rescheduleToConfirmsOldAndNewTime()
    {
        const Booking booking = fresh();
        const QDateTime start = booking.startTime.addDays(1);
        QSignalSpy finished(m_controller.get(), &BookingActionController::finished);
        m_controller->rescheduleTo(booking.id, start, start.addSecs(booking.durationSecs()));
        QCOMPARE(waitFinished(finished, booking.id), int(Result::Applied));
        QCOMPARE(m_prompter->confirms.size(), 1);
        const QString text = m_prompter->confirms.first();
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(text.contains(booking.lead->name));
        QVERIFY2(
            text.contains(RescheduleCheck::timeRange(booking.startTime, booking.endTime, berlin)),
            qPrintable(text));
        QVERIFY(text.contains(
            RescheduleCheck::timeRange(start, start.addSecs(booking.durationSecs()), berlin)));
        QCOMPARE(m_fx.cache->booking(booking.id)->startTime, start);
        QCOMPARE(requests("PATCH"), 1);
        QVERIFY(m_controller->canUndo());
    }

    void rescheduleToWarnsAboutOverlapsAndUnofferedTimes()
    {
        const Booking booking = fresh();
        const Booking other = fresh();
        m_prompter->confirmAnswer = false;
        QSignalSpy finished(m_controller.get(), &BookingActionController::finished);
        m_controller->rescheduleTo(booking.id, other.startTime, other.endTime);
        QCOMPARE(waitFinished(finished, booking.id), -1);
        QString text = m_prompter->confirms.last();
        QVERIFY2(text.contains(QLatin1String("overlaps the booking of ")) &&
                     text.contains(other.lead->name),
                 qPrintable(text));
        // 03:17 at night is never an offered slot.
        const QDateTime night(booking.startTime.toTimeZone(QTimeZone("Europe/Berlin")).date(),
                              QTime(3, 17), QTimeZone("Europe/Berlin"));
        m_controller->rescheduleTo(booking.id, night, night.addSecs(1800));
        QVERIFY(finished.wait(20000));
        text = m_prompter->confirms.last();
        QVERIFY2(text.contains(QLatin1String("not one of the available slots")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("daylight saving")));
        QCOMPARE(requests("PATCH"), 0);
        QCOMPARE(m_fx.cache->booking(booking.id)->startTime, booking.startTime);
    }

    void rescheduleToSaysWhenTheClocksChange()
    {
        const Booking booking = fresh();
        m_prompter->confirmAnswer = false;
        QSignalSpy finished(m_controller.get(), &BookingActionController::finished);
        // The same time of day a day after Berlin's next change of offset.
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime change = berlin.nextTransition(booking.startTime).atUtc;
        QVERIFY(change.isValid());
        const QDateTime start(change.toTimeZone(berlin).date().addDays(1),
                              booking.startTime.toTimeZone(berlin).time(), berlin);
        m_controller->rescheduleTo(booking.id, start, start.addSecs(1800));
        QCOMPARE(waitFinished(finished, booking.id), -1);
        QVERIFY2(m_prompter->confirms.last().contains(QLatin1String("daylight saving")),
                 qPrintable(m_prompter->confirms.last()));
        QVERIFY(RescheduleCheck::offsetChangesBetween(
            QDateTime(QDate(2026, 3, 29), QTime(0, 30), Qt::UTC),
            QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC), QTimeZone("Europe/Berlin")));
        QVERIFY(!RescheduleCheck::offsetChangesBetween(
            QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC),
            QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC), QTimeZone("Europe/Berlin")));
        QVERIFY(!RescheduleCheck::offsetChangesBetween(
            QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC), QTimeZone("Asia/Kolkata")));
    }

    void rescheduleToOfflineIsQueuedThenReplayed()
    {
        ApiClient offline;
        {
            DevServerProcess gone;
            QVERIFY(gone.start());
            QVERIFY(!offline.setBaseUrl(gone.baseUrl()));
            gone.stop();
        }
        offline.setRetryPolicy(RetryPolicy::none());
        offline.setAccessToken("token");
        BookingActions offlineActions(&offline, m_fx.cache.get());
        BookingActionController controller(&offline, &offlineActions, m_fx.cache.get(), nullptr);
        auto prompter = std::make_unique<ScriptedPrompter>();
        ScriptedPrompter *answers = prompter.get();
        controller.setPrompter(std::move(prompter));
        const Booking booking = fresh();
        const QDateTime start = booking.startTime.addSecs(3600);
        QSignalSpy finished(&controller, &BookingActionController::finished);
        QSignalSpy messages(&controller, &BookingActionController::statusMessage);
        controller.rescheduleTo(booking.id, start, start.addSecs(booking.durationSecs()));
        QCOMPARE(waitFinished(finished, booking.id), int(Result::Queued));
        QVERIFY2(answers->confirms.first().contains(QLatin1String("could not be checked")),
                 qPrintable(answers->confirms.first()));
        QVERIFY(messages.last().first().toString().contains(QLatin1String("Queued")));
        QCOMPARE(m_fx.cache->outbox().size(), 1);
        QCOMPARE(m_fx.cache->booking(booking.id)->startTime, booking.startTime);

        auto report = awaitCallback<ReplayReport>(
            [&](QObject *ctx, auto done) { m_fx.actions->replayOutbox(ctx, done); });
        QVERIFY(report);
        QCOMPARE(report->applied, 1);
        QCOMPARE(m_fx.cache->booking(booking.id)->startTime, start);
    }

    void undoSendsTheReverseChange()
    {
        const Booking booking = fresh();
        QSignalSpy finished(m_controller.get(), &BookingActionController::finished);
        const QDateTime start = booking.startTime.addSecs(3 * 3600);
        m_controller->rescheduleTo(booking.id, start, start.addSecs(booking.durationSecs()));
        QCOMPARE(waitFinished(finished, booking.id), int(Result::Applied));
        QCOMPARE(m_fx.cache->booking(booking.id)->status, BookingStatus::Rescheduled);
        QVERIFY(m_controller->undoText().contains(QLatin1String("Move to")));
        finished.clear();
        m_controller->undo();
        QCOMPARE(waitFinished(finished, booking.id), int(Result::Applied));
        QCOMPARE(m_fx.cache->booking(booking.id)->startTime, booking.startTime);
        QCOMPARE(m_fx.cache->booking(booking.id)->endTime, booking.endTime);
        QCOMPARE(m_fx.cache->booking(booking.id)->status, BookingStatus::Confirmed);
        QVERIFY(!m_controller->canUndo());
        QCOMPARE(requests("PATCH"), 2);
    }

    void undoOfAStatusChange()
    {
        const Booking booking = prepare(Action::NoShow);
        QSignalSpy finished(m_controller.get(), &BookingActionController::finished);
        m_controller->markNoShow(booking.id);
        QCOMPARE(waitFinished(finished, booking.id), int(Result::Applied));
        finished.clear();
        m_controller->undo();
        QCOMPARE(waitFinished(finished, booking.id), int(Result::Applied));
        QCOMPARE(m_fx.cache->booking(booking.id)->status, BookingStatus::Confirmed);
    }

    void undoIsRefusedWhenTheBookingChangedSince()
    {
        const Booking booking = fresh();
        QSignalSpy finished(m_controller.get(), &BookingActionController::finished);
        m_controller->rescheduleTo(booking.id, booking.startTime.addDays(2),
                                   booking.endTime.addDays(2));
        QCOMPARE(waitFinished(finished, booking.id), int(Result::Applied));
        m_fx.server.mutate({{"action", "move"}, {"ids", QJsonArray{booking.id}}, {"minutes", 15}});
        finished.clear();
        m_controller->undo();
        QCOMPARE(waitFinished(finished, booking.id), int(Result::Conflict));
        QVERIFY2(m_prompter->informs.last().contains(QLatin1String("can no longer be undone")),
                 qPrintable(m_prompter->informs.last()));
        QCOMPARE(requests("PATCH"), 1);
        QVERIFY(m_fx.cache->outbox().isEmpty()); // nothing left behind
    }

    void undoIsRefusedWhenTheOldSlotIsTaken()
    {
        const Booking booking = fresh();
        const Booking other = fresh(); // on another day: only its move takes the old time
        QSignalSpy finished(m_controller.get(), &BookingActionController::finished);
        m_controller->rescheduleTo(booking.id, booking.startTime.addDays(3),
                                   booking.endTime.addDays(3));
        QCOMPARE(waitFinished(finished, booking.id), int(Result::Applied));
        // Someone books the freed time.
        QVERIFY(awaitCallback<ActionOutcome>([&](QObject *ctx, auto done) {
            m_fx.actions->apply(
                other, BookingChange::reschedule(booking.startTime, booking.startTime.addSecs(600)),
                ctx, done);
        }));
        m_fx.server.control("POST", QStringLiteral("/_control/reset-stats"));
        finished.clear();
        m_controller->undo();
        QCOMPARE(waitFinished(finished, booking.id), -1);
        QVERIFY2(m_prompter->informs.last().contains(QLatin1String("now taken")) &&
                     m_prompter->informs.last().contains(other.lead->name),
                 qPrintable(m_prompter->informs.last()));
        QCOMPARE(m_fx.server.stats().value("requests").toInt(), 0);
    }

    void bulkRefusesHugeSelections()
    {
        QStringList ids;
        for (int i = 0; i < 501; ++i)
            ids.append(QStringLiteral("id-%1").arg(i));
        m_controller->bulk(Action::Cancel, ids);
        QCOMPARE(m_prompter->informs.size(), 1);
        QVERIFY(m_prompter->informs.first().contains(QLatin1String("501")));
        for (QWidget *widget : QApplication::topLevelWidgets())
            QVERIFY(!qobject_cast<BulkActionDialog *>(widget));
    }

    void bulkCancelShowsAResultPerBooking()
    {
        const Booking first = fresh();
        const Booking second = fresh();
        const Booking gone = fresh();
        const Booking done = prepare(Action::Confirmed); // completed: cancel does not fit
        m_fx.server.mutate({{"action", "delete"}, {"ids", QJsonArray{gone.id}}});
        m_controller->bulk(Action::Cancel, {first.id, second.id, gone.id, done.id});
        BulkActionDialog *dialog = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<BulkActionDialog *>(widget))
                dialog = found;
        }
        QVERIFY(dialog);
        QCOMPARE(dialog->sendCount(), 3);
        QVERIFY(dialog->resultText(3).startsWith(QLatin1String("Skipped")));
        QVERIFY(dialog->resultText(0).startsWith(QLatin1String("Will be sent")));
        dialog->runner()->setMinInterval(10ms);
        dialog->setReason(QStringLiteral("Practitioner ill"));
        QSignalSpy finished(dialog->runner(), &BulkActionRunner::finished);
        dialog->send();
        QVERIFY(finished.wait(30000));
        QCOMPARE(dialog->resultText(0), QStringLiteral("Applied"));
        QCOMPARE(dialog->resultText(1), QStringLiteral("Applied"));
        QVERIFY2(dialog->resultText(2).startsWith(QLatin1String("Refused: ")) &&
                     dialog->resultText(2).contains(QLatin1String("not found")),
                 qPrintable(dialog->resultText(2)));
        QCOMPARE(m_fx.cache->booking(second.id)->metadata.value("cancellation_reason").toString(),
                 QStringLiteral("Practitioner ill"));
        QCOMPARE(m_fx.cache->booking(done.id)->status, BookingStatus::Completed);
        dialog->close();
    }
};

QTEST_MAIN(TestBookingActionController)
#include "tst_bookingactioncontroller.moc"
