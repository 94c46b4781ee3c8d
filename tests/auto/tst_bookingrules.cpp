#include "arrival.h"
#include "bookingrules.h"

#include <QTest>

// Every status x time relation x arrival x action, against a table written out here, so a
// change to a rule shows up as a change to this table.
class TestBookingRules : public QObject
{
    Q_OBJECT

private:
    // When "now" is, relative to a booking from 10:00 to 11:00.
    enum Time { Far, Soon, During, After, TimeCount };

    static QDateTime start() { return QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC); }
    static QDateTime nowAt(Time time)
    {
        switch (time) {
        case Far:
            return start().addSecs(-3 * 3600); // more than 2 hours before the start
        case Soon:
            return start().addSecs(-3600); // within the arrival window
        case During:
            return start().addSecs(1800);
        case After:
        case TimeCount:
            break;
        }
        return start().addSecs(2 * 3600);
    }

    static Booking booking(BookingStatus status, bool arrived)
    {
        Booking b;
        b.id = QStringLiteral("b");
        b.status = status;
        b.startTime = start();
        b.endTime = start().addSecs(3600);
        b.metadata = QJsonObject{{"service", "Haircut"}};
        if (arrived)
            b.metadata = Arrival::marked(b.metadata, start().addSecs(-600), "desk@example.com");
        return b;
    }

private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("status");
        // Eight letters: far, soon, during, after, each as (not arrived, arrived).
        QTest::addColumn<QString>("expected");
        const auto row = [](BookingAction action, const char *actionName, BookingStatus status,
                            const char *expected) {
            QTest::addRow("%s %s", actionName, qPrintable(BookingStatuses::wireName(status)))
                << int(action) << int(status) << QString::fromLatin1(expected);
        };
        using S = BookingStatus;
        using A = BookingAction;
        const S open[] = {S::Confirmed, S::Rescheduled};
        for (const S s : open) {
            row(A::Reschedule, "reschedule", s, "YYYYYYNN");
            row(A::NoShow, "no-show", s, "NNNNYNYN");
            row(A::Completed, "completed", s, "NNNNNYYY");
            row(A::Confirmed, "confirmed", s, "NNNNNNNN");
            row(A::Cancel, "cancel", s, "YYYYYYNN");
            row(A::EditDetails, "edit", s, "YYYYYYYY");
            row(A::Arrive, "arrive", s, "NNYNYNNN");
            row(A::Unarrive, "unarrive", s, "NYNYNYNY");
        }
        for (const S s : {S::NoShow, S::Completed}) {
            row(A::Reschedule, "reschedule", s, "NNNNNNNN");
            row(A::NoShow, "no-show", s, "NNNNNNNN");
            row(A::Completed, "completed", s, "NNNNNNNN");
            row(A::Confirmed, "confirmed", s, "YYYYYYYY");
            row(A::Cancel, "cancel", s, "NNNNNNNN");
            row(A::EditDetails, "edit", s, "YYYYYYYY");
            row(A::Arrive, "arrive", s, "NNNNNNNN");
            row(A::Unarrive, "unarrive", s, "NNNNNNNN");
        }
        for (const A a : BookingRules::allActions())
            row(a, "any", S::Cancelled, "NNNNNNNN");
    }

    void table()
    {
        QFETCH(int, action);
        QFETCH(int, status);
        QFETCH(QString, expected);
        QCOMPARE(expected.size(), 2 * TimeCount);
        for (int time = 0; time < TimeCount; ++time) {
            for (const bool arrived : {false, true}) {
                const Booking b = booking(BookingStatus(status), arrived);
                const RuleVerdict verdict =
                    BookingRules::check(BookingAction(action), b, nowAt(Time(time)));
                const bool want = expected.at(2 * time + (arrived ? 1 : 0)) == u'Y';
                QVERIFY2(
                    verdict.allowed == want,
                    qPrintable(QStringLiteral("time %1, arrived %2: %3 (%4)")
                                   .arg(time)
                                   .arg(arrived)
                                   .arg(verdict.allowed ? "allowed" : "refused", verdict.reason)));
                // A refusal always says why; an allowance says nothing.
                QCOMPARE(verdict.reason.isEmpty(), verdict.allowed);
                // The row's facts give the same verdict as the booking.
                QCOMPARE(BookingRules::allows(BookingAction(action), BookingFacts::of(b),
                                              nowAt(Time(time))),
                         want);
            }
        }
    }

    void boundaries()
    {
        const Booking b = booking(BookingStatus::Confirmed, false);
        // The arrival window opens exactly two hours before the start.
        QVERIFY(BookingRules::allows(BookingAction::Arrive, b, start().addSecs(-7200)));
        QVERIFY(!BookingRules::allows(BookingAction::Arrive, b, start().addSecs(-7201)));
        // A no-show from the start on; completed from the end on; arrival until the end.
        QVERIFY(BookingRules::allows(BookingAction::NoShow, b, start()));
        QVERIFY(!BookingRules::allows(BookingAction::NoShow, b, start().addMSecs(-1)));
        QVERIFY(BookingRules::allows(BookingAction::Completed, b, b.endTime));
        QVERIFY(!BookingRules::allows(BookingAction::Arrive, b, b.endTime));
        QVERIFY(BookingRules::allows(BookingAction::Reschedule, b, b.endTime.addMSecs(-1)));
        QVERIFY(!BookingRules::allows(BookingAction::Reschedule, b, b.endTime));
    }

    void newTimes()
    {
        const QDateTime now = start();
        QVERIFY(BookingRules::checkNewTime(now.addSecs(60), now.addSecs(1860), now));
        // A slot that has begun is never offered nor taken, not even one that began now.
        QVERIFY(!BookingRules::checkNewTime(now, now.addSecs(1800), now));
        QVERIFY(!BookingRules::checkNewTime(now.addSecs(-60), now.addSecs(1800), now));
        QVERIFY(!BookingRules::checkNewTime(now.addSecs(60), now.addSecs(60), now));
        QVERIFY(!BookingRules::checkNewTime(QDateTime(), now.addSecs(60), now));
        QVERIFY(
            !BookingRules::checkNewTime(now.addSecs(-60), now.addSecs(1800), now).reason.isEmpty());
    }

    void arrivalKeepsEveryOtherKey()
    {
        const QJsonObject metadata{{"service", "Haircut"},
                                   {"notes", "Ring twice"},
                                   {"cancellation_reason", "x"},
                                   {"price", QJsonObject{{"amount", 45.5}, {"currency", "EUR"}}},
                                   {"frontdesk", QJsonObject{{"room", "Blue"}}}};
        const QDateTime at(QDate(2026, 11, 24), QTime(9, 55), Qt::UTC);
        const QJsonObject marked = Arrival::marked(metadata, at, "anna@example.com");
        for (const QString &key : metadata.keys()) {
            if (key != u"frontdesk")
                QCOMPARE(marked.value(key), metadata.value(key));
        }
        const QJsonObject desk = marked.value("frontdesk").toObject();
        QCOMPARE(desk.value("arrived_at").toString(), QStringLiteral("2026-11-24T09:55:00Z"));
        QCOMPARE(desk.value("arrived_by").toString(), QStringLiteral("anna@example.com"));
        QCOMPARE(desk.value("room").toString(), QStringLiteral("Blue")); // its own keys too
        QCOMPARE(Arrival::of(marked)->at, at);
        // Taking it back leaves what was there before, exactly.
        QCOMPARE(Arrival::unmarked(marked), metadata);
        QVERIFY(!Arrival::unmarked(QJsonObject{{"frontdesk", QJsonObject{{"arrived_at", "x"}}}})
                     .contains("frontdesk"));
        // An arrival time that cannot be read is no arrival.
        QVERIFY(!Arrival::of(QJsonObject{{"frontdesk", QJsonObject{{"arrived_at", "soon"}}}}));
        QVERIFY(!Arrival::of(QJsonObject{{"frontdesk", "yes"}}));
    }
};

QTEST_GUILESS_MAIN(TestBookingRules)
#include "tst_bookingrules.moc"
