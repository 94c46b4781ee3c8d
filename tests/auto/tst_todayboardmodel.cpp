#include "arrival.h"
#include "bookingjson.h"
#include "todayboardmodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using Group = TodayBoardModel::Group;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, 8), QTime(hour, minute), kBerlin).toUTC();
}

Booking makeBooking(const QString &id, const QDateTime &start, int minutes,
                    BookingStatus status = BookingStatus::Confirmed,
                    std::optional<QDateTime> arrived = std::nullopt)
{
    Booking b;
    b.id = id;
    b.startTime = start;
    b.endTime = start.addSecs(qint64(minutes) * 60);
    b.status = status;
    b.lead = Lead{};
    b.lead->name = QStringLiteral("Customer ") + id;
    b.lead->phone = QStringLiteral("+49 151 2345678");
    b.metadata = QJsonObject{{"service", "Haircut"}, {"notes", "First line\nsecond"}};
    if (arrived)
        b.metadata = Arrival::marked(b.metadata, *arrived, "desk@example.com");
    return b;
}

} // namespace

class TestTodayBoardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groups_data()
    {
        QTest::addColumn<Booking>("booking");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("group");
        QTest::addColumn<int>("next"); // BookingAction, -1 none
        const int none = -1;
        const int arrive = int(BookingAction::Arrive);
        const int completed = int(BookingAction::Completed);
        QTest::newRow("ahead, in the arrival window")
            << makeBooking("a", at(10), 30) << at(9) << int(Group::UpNext) << arrive;
        QTest::newRow("far ahead")
            << makeBooking("a", at(15), 30) << at(9) << int(Group::UpNext) << none;
        QTest::newRow("started, within the grace")
            << makeBooking("a", at(9), 30) << at(9, 5) << int(Group::UpNext) << arrive;
        QTest::newRow("late") << makeBooking("a", at(9), 30) << at(9, 11) << int(Group::Late)
                              << arrive;
        QTest::newRow("arrived, waiting")
            << makeBooking("a", at(10), 30, BookingStatus::Confirmed, at(9, 50)) << at(9, 55)
            << int(Group::Waiting) << none;
        QTest::newRow("in progress")
            << makeBooking("a", at(9), 60, BookingStatus::Rescheduled, at(8, 55)) << at(9, 30)
            << int(Group::InProgress) << completed;
        QTest::newRow("ended, not marked")
            << makeBooking("a", at(8), 30) << at(9) << int(Group::Done) << none;
        QTest::newRow("completed") << makeBooking("a", at(9), 60, BookingStatus::Completed)
                                   << at(9, 30) << int(Group::Done) << none;
        QTest::newRow("no-show") << makeBooking("a", at(8), 30, BookingStatus::NoShow) << at(9)
                                 << int(Group::Done) << none;
        QTest::newRow("cancelled") << makeBooking("a", at(11), 30, BookingStatus::Cancelled)
                                   << at(9) << int(Group::Cancelled) << none;
    }
    void groups()
    {
        QFETCH(Booking, booking);
        QFETCH(QDateTime, now);
        QFETCH(int, group);
        QFETCH(int, next);
        QCOMPARE(int(TodayBoardModel::groupOf(booking, now, 10)), group);
        const auto action = TodayBoardModel::nextAction(booking, Group(group), now);
        QCOMPARE(action ? int(*action) : -1, next);
    }

    // At 09:05 a 09:00 booking not arrived is late once the grace is shorter than five
    // minutes; with the default 10 it becomes late after 09:10, by the clock alone.
    void lateFollowsTheClockAndTheGrace()
    {
        TodayBoardModel model;
        QAbstractItemModelTester tester(&model);
        model.setTimeZone(kBerlin);
        model.setNow(at(9, 5));
        model.setBookings({makeBooking("nine", at(9), 30), makeBooking("ten", at(10), 30)});
        QCOMPARE(model.count(Group::UpNext), 2);
        model.setGraceMinutes(4);
        QCOMPARE(model.count(Group::Late), 1);
        QCOMPARE(model.indexOf("nine").parent().row(), int(Group::Late));
        QCOMPARE(model.indexOf("nine", TodayBoardModel::StateColumn).data().toString(),
                 QStringLiteral("5 min late"));
        model.setGraceMinutes(10);
        QCOMPARE(model.count(Group::Late), 0);
        QSignalSpy counts(&model, &TodayBoardModel::countsChanged);
        model.setNow(at(9, 11));
        QCOMPARE(model.count(Group::Late), 1);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(model.index(int(Group::Late), 0).data().toString(), QStringLiteral("Late (1)"));
    }

    // A booking moving to another group keeps its selection (a persistent index follows).
    void rowsMoveWithTheirBooking()
    {
        TodayBoardModel model;
        QAbstractItemModelTester tester(&model);
        model.setNow(at(8));
        model.setBookings({makeBooking("a", at(9), 30), makeBooking("b", at(9, 30), 30),
                           makeBooking("c", at(10), 30)});
        const QPersistentModelIndex b = model.indexOf("b", TodayBoardModel::CustomerColumn);
        QCOMPARE(b.data(TodayBoardModel::BookingIdRole).toString(), QStringLiteral("b"));
        model.setNow(at(9, 45)); // a ended at 09:30 -> done, b late
        QVERIFY(b.isValid());
        QCOMPARE(b.data(TodayBoardModel::BookingIdRole).toString(), QStringLiteral("b"));
        QCOMPARE(b.parent().row(), int(Group::Late));
        QCOMPARE(b.column(), int(TodayBoardModel::CustomerColumn));
        // Marked arrived (the next sync brings it): from late to in progress.
        model.setBookings({makeBooking("a", at(9), 30),
                           makeBooking("b", at(9, 30), 30, BookingStatus::Confirmed, at(9, 46)),
                           makeBooking("c", at(10), 30)});
        QCOMPARE(b.parent().row(), int(Group::InProgress));
        model.setBookings({makeBooking("a", at(9), 30)});
        QVERIFY(!b.isValid());
    }

    // A long random sequence of days and clock moves, under the model tester.
    void randomSequence()
    {
        TodayBoardModel model;
        QAbstractItemModelTester tester(&model);
        QRandomGenerator random(1234);
        int grace = 10;
        QList<Booking> day;
        for (int i = 0; i < 40; ++i) {
            const BookingStatus status = BookingStatus(random.bounded(5));
            const QDateTime start = at(7).addSecs(qint64(random.bounded(0, 12 * 12)) * 300);
            std::optional<QDateTime> arrived;
            if (random.bounded(3) == 0)
                arrived = start.addSecs(-600);
            day.append(makeBooking(QString::number(i), start, 15 * (1 + random.bounded(6)), status,
                                   arrived));
        }
        for (int step = 0; step < 300; ++step) {
            switch (random.bounded(3)) {
            case 0:
                model.setNow(at(6).addSecs(qint64(random.bounded(0, 15 * 60)) * 60));
                break;
            case 1: {
                QList<Booking> some;
                for (const Booking &b : std::as_const(day)) {
                    if (random.bounded(4) != 0)
                        some.append(b);
                }
                model.setBookings(some);
                break;
            }
            default:
                grace = random.bounded(0, 30);
                model.setGraceMinutes(grace);
                break;
            }
            // Every booking sits in the group it belongs in now, by start within it.
            int total = 0;
            for (int g = 0; g < TodayBoardModel::kGroupCount; ++g) {
                total += model.count(Group(g));
                QDateTime previous;
                for (int row = 0; row < model.count(Group(g)); ++row) {
                    const QString id = model.index(row, 0, model.index(g, 0))
                                           .data(TodayBoardModel::BookingIdRole)
                                           .toString();
                    const Booking booking = *model.booking(id);
                    QCOMPARE(int(TodayBoardModel::groupOf(booking, model.now(), grace)), g);
                    QVERIFY(!previous.isValid() || previous <= booking.startTime);
                    previous = booking.startTime;
                }
            }
            QCOMPARE(total, model.bookingCount());
        }
    }
};

QTEST_GUILESS_MAIN(TestTodayBoardModel)
#include "tst_todayboardmodel.moc"
