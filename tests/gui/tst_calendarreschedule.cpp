// CalendarView's rescheduling: dragging a booking to another day and time, snapping to
// the grid and to free slots, resizing, cancelling, what may not move, moving by key, the
// block shown where it goes until the request is over, and a refused request against the
// dev server. (Layout, navigation and the index: tst_calendarview.)

#include "awaitcallback.h"
#include "bookingactions.h"
#include "bookingcache.h"
#include "calendarviewfixture.h"
#include "devserverprocess.h"
#include "futurebookings.h"
#include "syncengine.h"

#include <QApplication>
#include <QJsonArray>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using namespace CalendarWeek;

class TestCalendarReschedule : public QObject, protected CalendarViewFixture
{
    Q_OBJECT

private:
    // Drags from `from` to `to` in small steps, as a hand would.
    void drag(const QPoint &from, const QPoint &to, bool escape = false)
    {
        QWidget *viewport = m_view->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        const QPoint step = (to - from) / 4;
        for (int i = 1; i < 4; ++i)
            QTest::mouseMove(viewport, from + step * i);
        QTest::mouseMove(viewport, to);
        if (escape)
            QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    }

private Q_SLOTS:
    void init() { openWeek(); }
    void cleanup() { closeWeek(); }

    void dragMovesToAnotherDayAndTime()
    {
        QSignalSpy requested(m_view.get(), &CalendarView::rescheduleRequested);
        const QPoint from = m_view->blockRect("a").center();
        const qint64 target = berlin(12, 10, 11, 30); // Thursday 11:30
        const QPoint delta = m_view->pointAt(utc(target)) - m_view->pointAt(utc(berlin(12, 9, 10)));
        drag(from, from + delta + QPoint(0, 3)); // 3 px = ~4 min: snaps back to 11:30
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).toString(), QStringLiteral("a"));
        QCOMPARE(requested.first().at(1).toDateTime(), utc(target));
        QCOMPARE(requested.first().at(2).toDateTime(), utc(target + 3600 * 1000));
        // Shown at the new place, as pending, until the request is over.
        QCOMPARE(m_view->bookingAt(m_view->pointAt(utc(target + 60000))), QStringLiteral("a"));
        m_view->endReschedule("a");
        QCOMPARE(m_view->bookingAt(from), QStringLiteral("a"));
    }

    void dragInTheMonthMovesByDays()
    {
        m_view->setMode(CalendarView::Mode::Month);
        QSignalSpy requested(m_view.get(), &CalendarView::rescheduleRequested);
        const QPoint from = m_view->blockRect("a").center();
        const QPoint delta =
            m_view->pointAt(utc(berlin(12, 11, 10))) - m_view->pointAt(utc(berlin(12, 9, 10)));
        drag(from, from + delta);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(1).toDateTime(), utc(berlin(12, 11, 10)));
        QCOMPARE(requested.first().at(2).toDateTime(), utc(berlin(12, 11, 11)));
    }

    void snapsToAvailableSlots()
    {
        const qint64 slotStart = berlin(12, 10, 11, 40);
        m_view->setAvailableSlots({{utc(berlin(12, 10, 9)), utc(berlin(12, 10, 10))},
                                   {utc(slotStart), utc(slotStart + 3600 * 1000)}});
        m_view->setSnapToSlots(true);
        QSignalSpy requested(m_view.get(), &CalendarView::rescheduleRequested);
        const QPoint from = m_view->blockRect("a").center();
        const QPoint delta =
            m_view->pointAt(utc(berlin(12, 10, 11, 20))) - m_view->pointAt(utc(berlin(12, 9, 10)));
        drag(from, from + delta);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(1).toDateTime(), utc(slotStart));
    }

    // Snapping to free slots stays on the day under the pointer (issue 19: it took the
    // nearest slot of the whole week, so a drop could land on another day); a day without a
    // slot snaps to the grid and the ghost says so.
    void snapsToSlotsOfTheDayUnderThePointer()
    {
        m_view->scrollToTime(QTime(0, 0));
        // Wednesday 15:00 is nearer to Thursday 00:30 than Thursday's own 16:00 slot.
        m_view->setAvailableSlots({{utc(berlin(12, 9, 15)), utc(berlin(12, 9, 16))},
                                   {utc(berlin(12, 10, 16)), utc(berlin(12, 10, 17))}});
        m_view->setSnapToSlots(true);
        QSignalSpy requested(m_view.get(), &CalendarView::rescheduleRequested);
        const QPoint from = m_view->pointAt(utc(berlin(12, 9, 10, 30))); // "a", 30 min in
        QCOMPARE(m_view->bookingAt(from), QStringLiteral("a"));
        const QPoint thursday = m_view->pointAt(utc(berlin(12, 10, 1)));
        QWidget *viewport = m_view->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, from + QPoint(0, 20));
        QTest::mouseMove(viewport, thursday);
        QVERIFY(m_view->dropHint().isEmpty());
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, thursday);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(1).toDateTime(), utc(berlin(12, 10, 16)));
        m_view->endReschedule("a");

        // Friday has no free slot: the grid (15 minutes), and a hint while dragging.
        const QPoint friday = m_view->pointAt(utc(berlin(12, 11, 11, 17)));
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, from + QPoint(0, 20));
        QTest::mouseMove(viewport, friday);
        QCOMPARE(m_view->dropHint(), QStringLiteral("No free slot here"));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, friday);
        QCOMPARE(requested.count(), 2);
        const QDateTime start = requested.last().at(1).toDateTime();
        QCOMPARE(start.toTimeZone(kBerlin).date(), QDate(2026, 12, 11));
        QCOMPARE(start, utc(berlin(12, 11, 10, 45))); // 11:17 - 30 min grabbed, on the grid
        QVERIFY(m_view->dropHint().isEmpty());
    }

    void dragScrollsNearTheEdge()
    {
        QScrollBar *bar = m_view->verticalScrollBar();
        bar->setValue(0);
        const QPoint from = m_view->blockRect("a").center();
        const int before = bar->value();
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(m_view->viewport(), from + QPoint(0, 20));
        QTest::mouseMove(m_view->viewport(), QPoint(from.x(), m_view->viewport()->height() - 3));
        QTRY_VERIFY(bar->value() > before);
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {},
                            QPoint(from.x(), m_view->viewport()->height() - 3));
    }

    void resizeByTheBottomEdge()
    {
        QSignalSpy requested(m_view.get(), &CalendarView::rescheduleRequested);
        const QRect block = m_view->blockRect("a");
        const QPoint from(block.center().x(), block.bottom() - 1);
        drag(from, from + QPoint(0, 36)); // 45 minutes longer
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(1).toDateTime(), utc(berlin(12, 9, 10)));
        QCOMPARE(requested.first().at(2).toDateTime(), utc(berlin(12, 9, 11, 45)));
    }

    void escapeCancelsTheDrag()
    {
        QSignalSpy requested(m_view.get(), &CalendarView::rescheduleRequested);
        const QPoint from = m_view->blockRect("a").center();
        drag(from, from + QPoint(0, 96), true);
        QCOMPARE(requested.count(), 0);
        QCOMPARE(m_view->bookingAt(from), QStringLiteral("a"));
    }

    void aClickMovesNothingButSelects()
    {
        QSignalSpy requested(m_view.get(), &CalendarView::rescheduleRequested);
        QSignalSpy current(m_view.get(), &CalendarView::currentBookingChanged);
        const QPoint at = m_view->blockRect("a").center();
        // A wobble below the start-drag distance is still a click.
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseMove(m_view->viewport(), at + QPoint(0, QApplication::startDragDistance() - 1));
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {},
                            at + QPoint(0, QApplication::startDragDistance() - 1));
        QCOMPARE(requested.count(), 0);
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.first().first().toString(), QStringLiteral("a"));
        QCOMPARE(m_view->currentBookingId(), QStringLiteral("a"));
    }

    void completedCancelledAndPastBookingsStay_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("completed") << "done";
        QTest::newRow("cancelled") << "gone";
        QTest::newRow("past") << "past";
    }

    void completedCancelledAndPastBookingsStay()
    {
        QFETCH(QString, id);
        m_view->scrollToTime(QTime(8, 0));
        QSignalSpy requested(m_view.get(), &CalendarView::rescheduleRequested);
        const QRect block = m_view->blockRect(id);
        QVERIFY(!block.isEmpty());
        QVERIFY(!m_view->isDraggable(id));
        drag(block.center(), block.center() + QPoint(0, 96));
        QCOMPARE(requested.count(), 0);
        m_view->setCurrentBookingId(id);
        m_view->moveSelectedBy(1);
        QCOMPARE(requested.count(), 0);
    }

    void keyboardMovesSelectionAndBooking()
    {
        QSignalSpy current(m_view.get(), &CalendarView::currentBookingChanged);
        QSignalSpy requested(m_view.get(), &CalendarView::rescheduleRequested);
        m_view->setFocus();
        m_view->setCurrentBookingId("a");
        QCOMPARE(current.count(), 0); // set from outside: not echoed
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(m_view->currentBookingId(), QStringLiteral("b")); // Thursday
        QCOMPARE(current.count(), 1);
        QTest::keyClick(m_view.get(), Qt::Key_Left); // Wednesday, nearest in time of day
        QCOMPARE(m_view->currentBookingId(), QStringLiteral("done"));
        QTest::keyClick(m_view.get(), Qt::Key_Up); // the one before it
        QCOMPARE(m_view->currentBookingId(), QStringLiteral("a"));
        QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(1).toDateTime(), utc(berlin(12, 9, 10, 15)));
        QCOMPARE(requested.first().at(2).toDateTime(), utc(berlin(12, 9, 11, 15)));
    }

    void provisionalUntilTheModelMovesOrTheRequestEnds()
    {
        const QRect before = m_view->blockRect("a");
        m_view->setCurrentBookingId("a");
        m_view->moveSelectedBy(4); // an hour later
        QCOMPARE(m_view->blockRect("a").top(), before.top() + 48);
        QVERIFY(!m_view->isDraggable("a")); // one request at a time
        // The list marks it as sending: still shown where it goes.
        m_model->setSyncMarks({{"a", BookingTableModel::SyncMark::Sending}});
        QCOMPARE(m_view->blockRect("a").top(), before.top() + 48);
        // The server's answer lands in the model (here: moved elsewhere by someone else).
        m_model->upsertRows({makeRow("a", berlin(12, 9, 12), 60)});
        QCOMPARE(m_view->blockRect("a").top(), before.top() + 96);
        m_model->setSyncMarks({});
        QVERIFY(m_view->isDraggable("a"));
        // A pending mark (queued offline) is drawn, but does not stop another move.
        m_model->setSyncMarks({{"a", BookingTableModel::SyncMark::Pending}});
        QVERIFY(m_view->isDraggable("a"));
        m_view->setPendingPredicate([](const QString &id) { return id == "a"; });
        QVERIFY(!m_view->isDraggable("a"));
    }

    // The whole path: the drop goes to BookingActions against the dev server, whose PATCH
    // fails; the block is pending meanwhile, then back at its old place.
    void aRefusedRequestPutsTheBlockBack()
    {
        DevServerProcess server;
        DevServerProcess::Options options;
        options.seedBookings = 60;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        QTemporaryDir dir;
        BookingCache cache;
        QString error;
        QVERIFY2(cache.open(dir.filePath("cache.sqlite"), &error), qPrintable(error));
        ApiClient client;
        QVERIFY(!client.setBaseUrl(server.baseUrl()));
        client.setAccessToken(server.login());
        {
            SyncEngine sync(&client, &cache);
            sync.setInterval(0s);
            QSignalSpy finished(&sync, &SyncEngine::syncFinished);
            sync.refreshNow();
            QVERIFY(finished.wait(20000));
        }
        // 09:00-16:00 in Berlin, on a day of its own: an hour later is free and the same day.
        const std::optional<Booking> created = FutureBookings::create(
            server, cache, FutureBookings::spec(FutureBookings::nextStart()));
        QVERIFY(created);
        const Booking seen = *created;

        BookingTableModel model(&cache);
        model.reload();
        CalendarView view;
        view.setTimeZone(kBerlin);
        view.setSnapMinutes(5); // the dev server's times are on a five-minute grid
        view.setModel(&model);
        view.setMode(CalendarView::Mode::Day);
        view.setDate(seen.startTime.toTimeZone(kBerlin).date());
        view.resize(600, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentBookingId(seen.id);
        const QRect before = view.blockRect(seen.id);
        QVERIFY(!before.isEmpty());
        QVERIFY(view.isDraggable(seen.id));

        BookingActions actions(&client, &cache);
        std::optional<ActionOutcome> outcome;
        connect(&view, &CalendarView::rescheduleRequested, this,
                [&](const QString &id, const QDateTime &start, const QDateTime &end) {
                    actions.apply(*cache.booking(id), BookingChange::reschedule(start, end), &view,
                                  [&, id](const ActionOutcome &result) {
                                      outcome = result;
                                      view.endReschedule(id);
                                  });
                });
        QVERIFY(server.setFaults({{"error_rate", 1.0}, {"methods", QJsonArray{"PATCH"}}}));
        QSignalSpy requested(&view, &CalendarView::rescheduleRequested);
        const QPoint from = before.center();
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view.viewport(), from + QPoint(0, 20));
        QTest::mouseMove(view.viewport(), from + QPoint(0, 48));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, from + QPoint(0, 48));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(1).toDateTime(), seen.startTime.addSecs(3600));
        // Pending: drawn at the new place until the answer.
        QCOMPARE(view.blockRect(seen.id).top(), before.top() + 48);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY(outcome->result != ActionOutcome::Result::Applied);
        QCOMPARE(cache.booking(seen.id)->startTime, seen.startTime);
        QCOMPARE(view.blockRect(seen.id), before);
        QCOMPARE(view.bookingAt(before.center()), seen.id);
        QVERIFY(view.bookingAt(before.center() + QPoint(0, 48)) != seen.id || before.height() > 48);
    }
};

QTEST_MAIN(TestCalendarReschedule)
#include "tst_calendarreschedule.moc"
