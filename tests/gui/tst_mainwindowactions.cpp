#include "bookingactioncontroller.h"
#include "bookingcache.h"
#include "bookingdetailspanel.h"
#include "bookingtablemodel.h"
#include "calendarpane.h"
#include "calendarview.h"
#include "mainwindow.h"
#include "scriptedprompter.h"
#include "slotprovider.h"
#include "syncedactions.h"
#include "syncengine.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace std::chrono_literals;
using Result = ActionOutcome::Result;

// The booking actions inside the main window: the list and the calendar follow what the
// controller does, and a drag in the calendar goes through it to the dev server.
class TestMainWindowActions : public QObject
{
    Q_OBJECT

private:
    SyncedActions m_fx;
    std::unique_ptr<BookingActionController> m_controller;
    ScriptedPrompter *m_prompter = nullptr;

    Booking fresh() { return m_fx.nextFutureBooking(); }
    static int waitFinished(QSignalSpy &spy, const QString &id) { return waitForResult(spy, id); }
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

    void theListFollowsAnAction()
    {
        const Booking booking = fresh();
        BookingTableModel model(m_fx.cache.get());
        model.reload();
        MainWindow window(&model, m_fx.cache.get(), m_fx.actions.get());
        const int row = model.rowOf(booking.id);
        QVERIFY(row >= 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy finished(m_controller.get(), &BookingActionController::finished);
        const QDateTime start = booking.startTime.addSecs(1800);
        m_controller->rescheduleTo(booking.id, start, start.addSecs(booking.durationSecs()));
        QCOMPARE(waitFinished(finished, booking.id), int(Result::Applied));
        QCOMPARE(model.row(model.rowOf(booking.id)).startMs, start.toMSecsSinceEpoch());
        QCOMPARE(model.row(model.rowOf(booking.id)).status, BookingStatus::Rescheduled);
        QVERIFY(!changed.isEmpty());
    }

    // The main window's calendar: a click selects in the list too, and a drag goes through
    // the controller's confirmation to the server; the block then stays at its new time.
    void theCalendarDragGoesThroughTheController()
    {
        const Booking booking = fresh(); // 09:00-16:00 in Berlin: an hour later is the same day
        BookingTableModel model(m_fx.cache.get());
        model.reload();
        MainWindow window(&model, m_fx.cache.get(), m_fx.actions.get());
        window.setActionController(m_controller.get());
        window.showCalendar(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CalendarView *view = window.calendarPane()->view();
        view->setTimeZone(QTimeZone::utc());
        view->setMode(CalendarView::Mode::Day);
        view->setSnapMinutes(15);

        view->setDate(booking.startTime.date());
        view->scrollToTime(booking.startTime.time().addSecs(-3600));
        QTRY_VERIFY(!view->blockRect(booking.id).isEmpty());

        const QPoint from = view->blockRect(booking.id).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, from);
        QCOMPARE(window.detailsPanel()->bookingId(), booking.id);
        QCOMPARE(
            window.tableView()->currentIndex().data(BookingTableModel::BookingIdRole).toString(),
            booking.id);
        QCOMPARE(m_fx.server.stats().value("requests").toInt(), 0); // a click moves nothing

        const QPoint delta =
            view->pointAt(booking.startTime.addSecs(3600)) - view->pointAt(booking.startTime);
        QVERIFY(delta.y() > 0);
        QSignalSpy finished(m_controller.get(), &BookingActionController::finished);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(view->viewport(), from + delta * i / 4);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, from + delta);
        QCOMPARE(waitFinished(finished, booking.id), int(Result::Applied));
        QCOMPARE(m_prompter->confirms.size(), 1); // old -> new, confirmed once

        const Booking moved = *m_fx.cache->booking(booking.id);
        const qint64 shift = booking.startTime.secsTo(moved.startTime);
        QVERIFY2(shift >= 3600 - 15 * 60 && shift <= 3600 + 15 * 60,
                 qPrintable(QString::number(shift)));
        QCOMPARE(moved.startTime.time().minute() % 15, 0);
        QCOMPARE(moved.durationSecs(), booking.durationSecs());
        QCOMPARE(model.row(model.rowOf(booking.id)).startMs, moved.startTime.toMSecsSinceEpoch());
        QCOMPARE(view->bookingAt(view->pointAt(moved.startTime.addSecs(60))), booking.id);
        QCOMPARE(requests("PATCH"), 1);
    }

    // The calendar asks for free slots when it is shown and after each complete pass, so a
    // first ask made before the server was known (a start from the cache) is made good.
    void theCalendarAsksForSlotsAgain()
    {
        BookingTableModel model(m_fx.cache.get());
        model.reload();
        MainWindow window(&model, m_fx.cache.get(), m_fx.actions.get());
        ApiClient client; // not yet told where the server is
        SlotProvider provider(&client, m_fx.cache.get());
        QSignalSpy failed(&provider, &SlotProvider::fetchFailed);
        window.calendarPane()->setSlotProvider(&provider);
        QVERIFY(failed.wait(5000));
        CalendarView *view = window.calendarPane()->view();
        QVERIFY(view->availableSlots().isEmpty());

        QVERIFY(!client.setBaseUrl(m_fx.server.baseUrl()));
        client.setAccessToken(m_fx.server.login());
        SyncEngine sync(&client, m_fx.cache.get());
        sync.setInterval(0s);
        window.setSyncEngine(&sync);
        QSignalSpy changed(&provider, &SlotProvider::slotsChanged);
        window.showCalendar(true);
        QTRY_VERIFY_WITH_TIMEOUT(!view->availableSlots().isEmpty(), 10000);

        const int before = int(changed.size());
        QSignalSpy finished(&sync, &SyncEngine::syncFinished);
        sync.refreshNow();
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() > before, 10000);
    }
};

QTEST_MAIN(TestMainWindowActions)
#include "tst_mainwindowactions.moc"
