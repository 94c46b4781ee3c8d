#include "arrival.h"
#include "awaitcallback.h"
#include "bookingactions.h"
#include "bookingcache.h"
#include "bookingchange.h"
#include "bookingjson.h"
#include "clock.h"
#include "clockguard.h"
#include "devserverprocess.h"
#include "futurebookings.h"
#include "notificationplanner.h"
#include "syncfixture.h"
#include "timetext.h"

#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace SyncTesting;
using Kind = DeskNotification::Kind;

// What the desk is told about, against the dev server: new bookings after (never during) the
// first sync, someone else's moves and cancellations (never this desk's own), reminders and
// late customers once each, a flood as one summary, nothing of a kind turned off.

namespace {

constexpr int kSeeded = 120;

QList<DeskNotification> collected(const QSignalSpy &spy)
{
    QList<DeskNotification> all;
    for (const QList<QVariant> &arguments : spy)
        all += arguments.at(0).value<QList<DeskNotification>>();
    return all;
}

// The notifications of `kind` (or summaries of it) that name `id`.
QList<DeskNotification> about(const QList<DeskNotification> &notifications, Kind kind,
                              const QString &id)
{
    QList<DeskNotification> result;
    for (const DeskNotification &n : notifications) {
        if ((n.kind == kind || n.summaryOf == kind) && n.bookingIds.contains(id))
            result.append(n);
    }
    return result;
}

QString describe(const QList<DeskNotification> &notifications)
{
    QStringList lines;
    for (const DeskNotification &n : notifications)
        lines.append(
            QStringLiteral("[%1] %2: %3 (%4)")
                .arg(int(n.kind))
                .arg(n.title, QString(n.body).replace(u'\n', u' '), n.bookingIds.join(u',')));
    return lines.join(u'\n');
}

QDateTime minutesAfter(const QDateTime &instant, int minutes)
{
    return instant.addSecs(qint64(minutes) * 60);
}

} // namespace

class TestNotificationPlanner : public QObject, protected SyncFixture
{
    Q_OBJECT

private:
    std::unique_ptr<BookingActions> m_actions;
    std::unique_ptr<NotificationPlanner> m_planner;
    std::unique_ptr<QSignalSpy> m_told;

    // A pass; what it told.
    QList<DeskNotification> pass()
    {
        m_told->clear();
        const auto report = runPass();
        if (!report || !report->ok()) {
            qWarning("pass failed: %s", report ? qPrintable(report->toLogString()) : "timeout");
            return {DeskNotification{
                Kind::Summary, Kind::Summary, QStringLiteral("pass failed"), {}, {}}};
        }
        return collected(*m_told);
    }

    QList<DeskNotification> checkTime()
    {
        m_told->clear();
        m_planner->checkTime();
        return collected(*m_told);
    }

    // Bookings on the server only (the next pass brings them), starting 2 days from now and
    // an hour apart: inside the planner's window (yesterday to 14 days ahead) in any zone.
    QStringList createInWindow(int count)
    {
        const QDateTime first = Clock::now().addDays(2);
        const QDateTime start(first.date(), QTime(first.time().hour(), 0), Qt::UTC);
        QJsonArray specs;
        for (int i = 0; i < count; ++i)
            specs.append(FutureBookings::spec(start.addSecs(qint64(i) * 3600)));
        QStringList ids;
        for (const QJsonValue &record : m_server.createBookings(specs))
            ids.append(record.toObject().value(QLatin1String("id")).toString());
        return ids;
    }

    // A booking made on the server and written straight into the cache, far from every
    // seeded one; with an arrival when `arrived`.
    std::optional<Booking> createAt(const QDateTime &start, bool arrived = false)
    {
        QJsonObject spec = FutureBookings::spec(start);
        if (arrived) {
            spec.insert(QStringLiteral("metadata"),
                        Arrival::marked({}, start.addSecs(-300), QStringLiteral("desk@example")));
        }
        return FutureBookings::create(m_server, *m_cache, spec);
    }

    void setSettings(bool on)
    {
        AppSettings settings;
        settings.notifyNewBookings = settings.notifyChanges = settings.notifyReminders =
            settings.notifyLate = on;
        m_planner->setSettings(settings);
    }

    std::optional<ActionOutcome> act(const QString &id, const BookingChange &change)
    {
        const std::optional<Booking> seen = m_cache->booking(id);
        if (!seen)
            return std::nullopt;
        return awaitCallback<ActionOutcome>(
            [&](QObject *ctx, auto done) { m_actions->apply(*seen, change, ctx, done); });
    }

    // A booking value as a pass would decode it, for the tests that fill the cache directly.
    static Booking makeBooking(const QString &id, const QDateTime &start, BookingStatus status)
    {
        // A full record (metadata and updated_at), not a list's brief row.
        const QString updated = BookingJson::formatDateTime(Clock::now());
        const QJsonObject object{
            {"id", id},
            {"start_time", BookingJson::formatDateTime(start)},
            {"end_time", BookingJson::formatDateTime(start.addSecs(30 * 60))},
            {"status", BookingStatuses::wireName(status)},
            {"metadata", QJsonObject{{"service", "Check-up"}}},
            {"created_at", updated},
            {"updated_at", updated},
            {"lead", QJsonObject{{"id", QString("l-" + id)}, {"name", QString("Name " + id)}}},
        };
        QString error;
        return BookingJson::decodeBooking(object, &error).value_or(Booking());
    }

    bool write(const Booking &booking)
    {
        QString error;
        const bool ok = m_cache->upsert({booking}, m_cache->currentPass(), &error).has_value();
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<DeskNotification>>();
        QVERIFY2(startServer(kSeeded), qPrintable(m_server.errorString()));
    }

    void init()
    {
        QVERIFY(prepareTest());
        m_actions = std::make_unique<BookingActions>(m_client.get(), m_cache.get());
        m_engine->setActions(m_actions.get());
        m_planner = std::make_unique<NotificationPlanner>(m_cache.get());
        m_planner->watch(m_engine.get());
        m_planner->watch(m_actions.get());
        m_told = std::make_unique<QSignalSpy>(m_planner.get(), &NotificationPlanner::notify);
        QVERIFY(m_told->isValid());
    }

    void cleanup()
    {
        m_told.reset();
        m_planner.reset();
        m_actions.reset();
        finishTest();
    }

    void firstSyncTellsNothing()
    {
        QCOMPARE(m_server.control("POST", QStringLiteral("/_control/create"), {{"count", 3}})
                     .value(QLatin1String("ids"))
                     .toArray()
                     .size(),
                 3);
        QVERIFY(!m_cache->lastSync().isValid());
        const QList<DeskNotification> told = pass();
        QVERIFY2(told.isEmpty(), qPrintable(describe(told)));
        QVERIFY(m_cache->count() >= kSeeded + 3);
    }

    void newBookingsAfterTheFirstSync_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("summary");
        QTest::newRow("one") << 1 << false;
        QTest::newRow("five, each on its own") << 5 << false;
        QTest::newRow("six, one summary") << 6 << true;
        QTest::newRow("fifty, one summary") << 50 << true;
    }

    void newBookingsAfterTheFirstSync()
    {
        QFETCH(int, count);
        QFETCH(bool, summary);
        QVERIFY(pass().isEmpty());
        const QStringList created =
            idsOf(m_server.control("POST", QStringLiteral("/_control/create"), {{"count", count}}));
        QCOMPARE(created.size(), count);
        const QList<DeskNotification> told = pass();
        if (summary) {
            QCOMPARE(told.size(), 1);
            QCOMPARE(told.first().kind, Kind::Summary);
            QCOMPARE(told.first().summaryOf, Kind::NewBooking);
            QCOMPARE(sorted(told.first().bookingIds), created);
            QVERIFY2(told.first().title.contains(QString::number(count)),
                     qPrintable(told.first().title));
            QVERIFY(told.first().body.contains(QStringLiteral("and %1 more").arg(count - 3)));
            // In start order, the first one is what a click selects.
            const QList<Booking> bookings = [&] {
                QList<Booking> result;
                for (const QString &id : told.first().bookingIds)
                    result.append(*m_cache->booking(id));
                return result;
            }();
            for (qsizetype i = 1; i < bookings.size(); ++i)
                QVERIFY(bookings.at(i - 1).startTime <= bookings.at(i).startTime);
        } else {
            QCOMPARE(told.size(), count);
            QStringList ids;
            for (const DeskNotification &n : told) {
                QCOMPARE(n.kind, Kind::NewBooking);
                QCOMPARE(n.bookingIds.size(), 1);
                QCOMPARE(n.title, QStringLiteral("New booking"));
                const Booking booking = *m_cache->booking(n.bookingIds.first());
                QVERIFY2(n.body.contains(booking.lead->name), qPrintable(n.body));
                ids += n.bookingIds;
            }
            QCOMPARE(sorted(ids), created);
        }
        // Told once: the next pass brings nothing new.
        const QList<DeskNotification> again = pass();
        QVERIFY2(again.isEmpty(), qPrintable(describe(again)));
    }

    void thisDesksChangesAreNotTold()
    {
        const QStringList ids = createInWindow(3);
        QCOMPARE(ids.size(), 3);
        QVERIFY(pass().isEmpty());
        const Booking moved = *m_cache->booking(ids.at(0));
        auto outcome = act(ids.at(0), BookingChange::reschedule(moved.startTime.addSecs(1800),
                                                                moved.endTime.addSecs(1800)));
        QVERIFY(outcome);
        QCOMPARE(outcome->result, ActionOutcome::Result::Applied);
        outcome = act(ids.at(1), BookingChange::cancel());
        QVERIFY(outcome);
        QCOMPARE(outcome->result, ActionOutcome::Result::Applied);
        QCOMPARE(m_cache->booking(ids.at(1))->status, BookingStatus::Cancelled);
        // Someone else moves the third in the meantime: only that one is told.
        QCOMPARE(idsOf(m_server.mutate({{"action", "move"}, {"ids", QJsonArray{ids.at(2)}}})),
                 QStringList{ids.at(2)});

        const QList<DeskNotification> told = pass();
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().kind, Kind::ChangedElsewhere);
        QCOMPARE(told.first().bookingIds, QStringList{ids.at(2)});
    }

    void someoneElsesMoveAndCancelAreToldOnce()
    {
        const QStringList ids = createInWindow(2);
        QCOMPARE(ids.size(), 2);
        QVERIFY(pass().isEmpty());
        const Booking before = *m_cache->booking(ids.at(0));
        QCOMPARE(idsOf(m_server.mutate({{"action", "move"}, {"ids", QJsonArray{ids.at(0)}}})),
                 QStringList{ids.at(0)});
        QCOMPARE(idsOf(m_server.mutate({{"action", "cancel"}, {"ids", QJsonArray{ids.at(1)}}})),
                 QStringList{ids.at(1)});

        const QList<DeskNotification> told = pass();
        QCOMPARE(told.size(), 2);
        const QList<DeskNotification> moved = about(told, Kind::ChangedElsewhere, ids.at(0));
        const QList<DeskNotification> cancelled = about(told, Kind::ChangedElsewhere, ids.at(1));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(moved.first().title, QStringLiteral("Booking moved"));
        QCOMPARE(cancelled.first().title, QStringLiteral("Booking cancelled"));
        // From the old time to the new one, in the display zone, without seconds.
        const QTimeZone zone = m_planner->settings().timeZone();
        const QString oldTime = TimeText::dateTime(before.startTime, zone);
        const QString newTime = TimeText::dateTime(m_cache->booking(ids.at(0))->startTime, zone);
        QVERIFY2(moved.first().body.contains(oldTime), qPrintable(moved.first().body));
        QVERIFY2(moved.first().body.contains(newTime), qPrintable(moved.first().body));
        QVERIFY(oldTime != newTime);

        const QList<DeskNotification> again = pass();
        QVERIFY2(again.isEmpty(), qPrintable(describe(again)));
    }

    // A pass whose pages were fetched before this desk's change landed writes the old
    // version once more, and the next pass the new one: neither is someone else's change.
    // The cache is filled directly, playing both the pass and BookingActions.
    void aStaleRowAfterThisDesksChangeIsNotTold()
    {
        QVERIFY(pass().isEmpty()); // a synced account
        const QDateTime start(Clock::now().addDays(3).date(), QTime(10, 0), Qt::UTC);
        const QString id = QStringLiteral("stale-row");
        QVERIFY(write(makeBooking(id, start, BookingStatus::Confirmed)));
        m_planner->reset(); // takes the snapshot with it at the next pass

        const auto passWith = [&](const Booking &row, bool deskChangesFirst) {
            m_told->clear();
            m_planner->onSyncStarted();
            if (deskChangesFirst) {
                // BookingActions: a signal as the change starts, then the server's answer.
                m_planner->onBookingChangedHere(id);
                write(makeBooking(id, start.addDays(1), BookingStatus::Rescheduled));
                m_planner->onBookingChangedHere(id);
            }
            write(row);
            m_planner->onBookingsWritten({}, {id});
            SyncReport report;
            report.complete = true;
            m_planner->onSyncFinished(report);
            return collected(*m_told);
        };
        // Snapshot taken (nothing changed in this pass).
        QVERIFY(passWith(makeBooking(id, start, BookingStatus::Confirmed), false).isEmpty());
        QList<DeskNotification> told =
            passWith(makeBooking(id, start, BookingStatus::Confirmed), true);
        QVERIFY2(told.isEmpty(), qPrintable(describe(told)));
        told = passWith(makeBooking(id, start.addDays(1), BookingStatus::Rescheduled), false);
        QVERIFY2(told.isEmpty(), qPrintable(describe(told)));
        // Once a pass has seen this desk's change, a move is someone else's again.
        told = passWith(makeBooking(id, start.addDays(2), BookingStatus::Rescheduled), false);
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().kind, Kind::ChangedElsewhere);
    }

    void reminderAndLateNoticeOnceEach()
    {
        QVERIFY(pass().isEmpty());
        AppSettings settings;
        settings.displayZone = QStringLiteral("Asia/Kolkata"); // +05:30: not the wire's UTC
        m_planner->setSettings(settings);
        const std::optional<Booking> expected = createAt(FutureBookings::nextStart());
        const std::optional<Booking> arrived = createAt(FutureBookings::nextStart(), true);
        QVERIFY(expected && arrived);
        QVERIFY(Arrival::of(*arrived));
        const QDateTime start = expected->startTime;

        const auto at = [&](int minutes) {
            const ClockGuard clock(minutesAfter(start, minutes), ClockGuard::Mode::Frozen);
            const QList<DeskNotification> told = checkTime();
            return about(told, Kind::StartsSoon, expected->id) +
                   about(told, Kind::Late, expected->id);
        };
        QVERIFY(at(-11).isEmpty());
        const QList<DeskNotification> reminder = at(-10);
        QCOMPARE(reminder.size(), 1);
        QCOMPARE(reminder.first().kind, Kind::StartsSoon);
        // No translator is loaded here: "%n minute(s)" reads "10 minute(s)".
        QVERIFY2(reminder.first().title.contains(QStringLiteral("10")),
                 qPrintable(reminder.first().title));
        const QString kolkata = TimeText::timeOfDay(start, QTimeZone("Asia/Kolkata"));
        QVERIFY2(reminder.first().body.contains(kolkata), qPrintable(reminder.first().body));
        QVERIFY(at(-5).isEmpty());
        QVERIFY(at(0).isEmpty());
        QVERIFY(at(9).isEmpty());
        const QList<DeskNotification> late = at(10);
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().kind, Kind::Late);
        QVERIFY2(late.first().body.contains(expected->lead->name), qPrintable(late.first().body));
        QVERIFY(at(20).isEmpty());

        // An arrived customer is neither reminded of nor late.
        for (int minutes : {-10, -5, 15, 25}) {
            const ClockGuard clock(minutesAfter(arrived->startTime, minutes),
                                   ClockGuard::Mode::Frozen);
            const QList<DeskNotification> told = checkTime();
            QVERIFY2(told.isEmpty(), qPrintable(describe(told)));
        }
    }

    void reminderAndGraceMinutesAreSettings()
    {
        QVERIFY(pass().isEmpty());
        AppSettings settings;
        settings.reminderMinutes = 30;
        settings.graceMinutes = 0;
        m_planner->setSettings(settings);
        const std::optional<Booking> booking = createAt(FutureBookings::nextStart());
        QVERIFY(booking);
        {
            const ClockGuard clock(minutesAfter(booking->startTime, -31), ClockGuard::Mode::Frozen);
            QVERIFY(checkTime().isEmpty());
        }
        {
            const ClockGuard clock(minutesAfter(booking->startTime, -30), ClockGuard::Mode::Frozen);
            const QList<DeskNotification> told = checkTime();
            QCOMPARE(told.size(), 1);
            QCOMPARE(told.first().kind, Kind::StartsSoon);
            QVERIFY2(told.first().title.contains(QStringLiteral("30")),
                     qPrintable(told.first().title));
        }
        {
            const ClockGuard clock(booking->startTime, ClockGuard::Mode::Frozen);
            const QList<DeskNotification> told = checkTime();
            QCOMPARE(told.size(), 1);
            QCOMPARE(told.first().kind, Kind::Late);
        }
    }

    void manyLateCustomersAreOneSummary()
    {
        QVERIFY(pass().isEmpty());
        const QDateTime start = FutureBookings::nextStart();
        QStringList ids;
        for (int i = 0; i < 6; ++i) {
            const std::optional<Booking> booking = createAt(minutesAfter(start, i));
            QVERIFY(booking);
            ids.append(booking->id);
        }
        const ClockGuard clock(minutesAfter(start, 20), ClockGuard::Mode::Frozen);
        const QList<DeskNotification> told = checkTime();
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().kind, Kind::Summary);
        QCOMPARE(told.first().summaryOf, Kind::Late);
        QCOMPARE(told.first().bookingIds, ids); // by start: the one waited for longest first
        QVERIFY2(told.first().title.contains(QStringLiteral("6")), qPrintable(told.first().title));
        QVERIFY2(told.first().body.contains(QStringLiteral("and 3 more")),
                 qPrintable(told.first().body));
        QVERIFY(checkTime().isEmpty());
    }

    void turnedOffKindsTellNothing()
    {
        const QStringList ids = createInWindow(1);
        QCOMPARE(ids.size(), 1);
        QVERIFY(pass().isEmpty());
        setSettings(false);
        QCOMPARE(idsOf(m_server.control("POST", QStringLiteral("/_control/create"), {{"count", 2}}))
                     .size(),
                 2);
        QCOMPARE(idsOf(m_server.mutate({{"action", "move"}, {"ids", QJsonArray{ids.first()}}})),
                 ids);
        QList<DeskNotification> told = pass();
        QVERIFY2(told.isEmpty(), qPrintable(describe(told)));

        const std::optional<Booking> booking = createAt(FutureBookings::nextStart());
        QVERIFY(booking);
        for (int minutes : {-10, -5, 0, 15}) {
            const ClockGuard clock(minutesAfter(booking->startTime, minutes),
                                   ClockGuard::Mode::Frozen);
            told = checkTime();
            QVERIFY2(told.isEmpty(), qPrintable(describe(told)));
        }
        // Turned on again, they come: it was the settings.
        setSettings(true);
        const ClockGuard clock(minutesAfter(booking->startTime, 15), ClockGuard::Mode::Frozen);
        told = checkTime();
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().kind, Kind::Late);
    }
};

QTEST_GUILESS_MAIN(TestNotificationPlanner)
#include "tst_notificationplanner.moc"
