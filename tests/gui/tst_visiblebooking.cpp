#include "apiclient.h"
#include "bookingactioncontroller.h"
#include "bookingactionset.h"
#include "bookingcache.h"
#include "bookingdetailspanel.h"
#include "bookingfilterbar.h"
#include "bookingfilterproxy.h"
#include "bookingjson.h"
#include "bookingrules.h"
#include "bookingtablemodel.h"
#include "calendarnavigator.h"
#include "calendarpane.h"
#include "calendarview.h"
#include "clock.h"
#include "clockguard.h"
#include "mainwindow.h"
#include "rescheduledialog.h"
#include "scriptedprompter.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Actions reach the booking the user sees: after a search or a status filter, nothing acts
// on a booking that is not on the screen; the calendar shows what the list's filters show;
// a time that has begun is neither offered nor taken.
namespace {

const QTimeZone kBerlin("Europe/Berlin");

Booking makeBooking(const QString &id, const QDateTime &start, const QString &name,
                    BookingStatus status = BookingStatus::Confirmed)
{
    const QJsonObject object{
        {"id", id},
        {"start_time", BookingJson::formatDateTime(start)},
        {"end_time", BookingJson::formatDateTime(start.addSecs(30 * 60))},
        {"status", BookingStatuses::wireName(status)},
        {"metadata", QJsonObject{{"service", "Haircut"}}},
        {"lead", QJsonObject{{"id", QString("l-" + id)},
                             {"name", name},
                             {"phone", "+49 151 2345678"},
                             {"channel", "voice"}}},
    };
    QString error;
    return *BookingJson::decodeBooking(object, &error);
}

} // namespace

class TestVisibleBooking : public QObject
{
    Q_OBJECT

private:
    // Tuesday 16:25 in Berlin: the day the desk saw 13:30 offered at 16:25.
    const QDateTime m_now = QDateTime(QDate(2026, 12, 8), QTime(16, 25), kBerlin).toUTC();
    QTemporaryDir m_dir;
    std::unique_ptr<ClockGuard> m_clock;
    std::unique_ptr<BookingCache> m_cache;
    std::unique_ptr<BookingTableModel> m_model;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<BookingActions> m_actions;
    std::unique_ptr<MainWindow> m_window;
    BookingActionController *m_controller = nullptr;
    ScriptedPrompter *m_prompter = nullptr;

    QDateTime at(int days, int hour, int minute = 0) const
    {
        return QDateTime(m_now.toTimeZone(kBerlin).date().addDays(days), QTime(hour, minute),
                         kBerlin)
            .toUTC();
    }
    void search(const QString &text)
    {
        m_window->filterBar()->searchField()->setText(text);
        m_window->filterBar()->applySearchNow();
    }
    void selectInList(const QString &id)
    {
        const QModelIndex source = m_model->index(m_model->rowOf(id), 0);
        m_window->tableView()->setCurrentIndex(m_window->proxy()->mapFromSource(source));
        QCOMPARE(m_window->detailsPanel()->bookingId(), id);
    }
    CalendarView *calendar() const { return m_window->calendarPane()->view(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        m_clock = std::make_unique<ClockGuard>(m_now, ClockGuard::Mode::Frozen);
        m_cache = std::make_unique<BookingCache>();
        QString error;
        static int n = 0;
        QVERIFY(m_cache->open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++n)), &error));
        const QList<Booking> bookings = {
            makeBooking("nguyen", at(1, 10), "Nguyễn Dubois"),
            makeBooking("chloe1", at(1, 14), "Chloé Kowalski"),
            makeBooking("chloe2", at(2, 9), "Chloé Kowalski"),
            makeBooking("gone", at(1, 11), "Zoë Ångström", BookingStatus::Cancelled),
            makeBooking("running", at(0, 16, 15), "Anna Schmidt"), // began 10 minutes ago
        };
        QVERIFY(m_cache->upsert(bookings, m_cache->beginPass(&error), &error));
        m_model = std::make_unique<BookingTableModel>(m_cache.get());
        m_model->setDisplayTimeZone(kBerlin);
        m_model->reload();
        m_client = std::make_unique<ApiClient>(); // never reached: the rules answer first
        m_actions = std::make_unique<BookingActions>(m_client.get(), m_cache.get());
        m_window = std::make_unique<MainWindow>(m_model.get(), m_cache.get(), m_actions.get());
        m_controller = new BookingActionController(m_client.get(), m_actions.get(), m_cache.get(),
                                                   m_window.get());
        auto prompter = std::make_unique<ScriptedPrompter>();
        m_prompter = prompter.get();
        m_controller->setPrompter(std::move(prompter));
        m_window->setActionController(m_controller);
        m_controller->setTimeZone(kBerlin);
        m_window->filterBar()->setDatePreset(DatePreset::All);
        calendar()->setTimeZone(kBerlin);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_actions.reset();
        m_client.reset();
        m_model.reset();
        m_cache.reset();
        m_clock.reset();
    }

    // The desk's report: after searching for Chloé Kowalski, Ctrl+Shift+R opened
    // "Reschedule – Nguyễn Dubois", a booking the list did not show.
    void searchThenActionInTheList()
    {
        selectInList("nguyen");
        BookingActionSet *set = m_window->bookingActionSet();
        QVERIFY(set->reschedule()->isEnabled());
        search(QStringLiteral("Chloé Kowalski"));
        QCOMPARE(m_window->proxy()->rowCount(), 2);
        const QString current = m_window->detailsPanel()->bookingId();
        QVERIFY2(current != u"nguyen", "a hidden booking is still the current one");
        QVERIFY(current.isEmpty() || current.startsWith(u"chloe"));
        QCOMPARE(set->reschedule()->isEnabled(), !current.isEmpty());
        set->reschedule()->trigger();
        QVERIFY(!m_prompter->timesAskedFor.contains(QStringLiteral("nguyen")));
        // Choosing one of the shown rows acts on it.
        selectInList("chloe2");
        set->reschedule()->trigger();
        QCOMPARE(m_prompter->timesAskedFor.last(), QStringLiteral("chloe2"));
        // The search cleared: the shown booking stays current.
        search({});
        QCOMPARE(m_window->detailsPanel()->bookingId(), QStringLiteral("chloe2"));
    }

    void searchThenActionInTheCalendar()
    {
        m_window->showCalendar(true);
        calendar()->setMode(CalendarView::Mode::Week);
        selectInList("nguyen");
        QCOMPARE(calendar()->currentBookingId(), QStringLiteral("nguyen"));
        QTRY_VERIFY(!calendar()->blockRect("nguyen").isEmpty());
        search(QStringLiteral("Chloé"));
        QVERIFY(calendar()->blockRect("nguyen").isEmpty()); // the calendar follows the search
        QVERIFY(!calendar()->blockRect("chloe1").isEmpty());
        QVERIFY(calendar()->currentBookingId().isEmpty());
        QVERIFY(m_window->detailsPanel()->bookingId().isEmpty());
        QVERIFY(!m_window->bookingActionSet()->reschedule()->isEnabled());
        QVERIFY(m_window->calendarPane()->navigator()->filterNote().contains(u"Chloé"));
        // Ctrl+Shift+R reaches nothing.
        QTest::keyClick(calendar(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_prompter->timesAskedFor.isEmpty());
        // A click on a shown block makes it current.
        QTest::mouseClick(calendar()->viewport(), Qt::LeftButton, {},
                          calendar()->blockRect("chloe1").center());
        QCOMPARE(m_window->detailsPanel()->bookingId(), QStringLiteral("chloe1"));
        m_window->bookingActionSet()->reschedule()->trigger();
        QCOMPARE(m_prompter->timesAskedFor, QStringList{"chloe1"});
    }

    void theCalendarFollowsTheStatusFilter()
    {
        m_window->showCalendar(true);
        calendar()->setMode(CalendarView::Mode::Week);
        calendar()->setDate(at(1, 10).toTimeZone(kBerlin).date());
        // Cancelled bookings are hidden in the list by default, and so in the calendar.
        QVERIFY(!m_window->proxy()->statuses().contains(BookingStatus::Cancelled));
        QVERIFY(calendar()->blockRect("gone").isEmpty());
        QVERIFY(m_window->calendarPane()->navigator()->filterNote().contains(u"4 of 5"));
        m_window->filterBar()->setStatusVisible(BookingStatus::Cancelled, true);
        QTRY_VERIFY(!calendar()->blockRect("gone").isEmpty());
        QVERIFY(m_window->calendarPane()->navigator()->filterNote().isEmpty());
        m_window->filterBar()->setStatusVisible(BookingStatus::Confirmed, false);
        QVERIFY(calendar()->blockRect("nguyen").isEmpty());
        QVERIFY(!calendar()->blockRect("gone").isEmpty());
    }

    // At 16:25 the dialog offered 13:30 and 14:30 of the same day.
    void theRescheduleDialogOffersNoSlotThatHasBegun()
    {
        const Booking booking = *m_cache->booking("nguyen");
        RescheduleDialog dialog(nullptr, booking, kBerlin);
        dialog.setSlots({{at(0, 13, 30), at(0, 14)},
                         {at(0, 14, 30), at(0, 15)},
                         {at(0, 16, 30), at(0, 17)},
                         {at(1, 9), at(1, 9, 30)}});
        QCOMPARE(dialog.slotCount(), 2); // 16:30 today and 09:00 tomorrow
        QVERIFY(dialog.selectSlot(0));
        QCOMPARE(dialog.chosen()->start, at(0, 16, 30));
        // A custom time that has begun: no OK, and the rules' words.
        dialog.setCustomTime(at(0, 16));
        QVERIFY(!dialog.findChild<QPushButton *>("rescheduleButton")->isEnabled());
        const RuleVerdict refusal =
            BookingRules::checkNewTime(at(0, 16), at(0, 16, 30), Clock::now());
        QVERIFY(!refusal);
        QVERIFY(dialog.warningText().contains(refusal.reason));
        dialog.setCustomTime(at(0, 17));
        QVERIFY(dialog.findChild<QPushButton *>("rescheduleButton")->isEnabled());
    }

    // A booking under way may be moved, but not to a time that has begun.
    void aDropIntoThePastIsRefused()
    {
        m_window->showCalendar(true);
        calendar()->setMode(CalendarView::Mode::Day);
        calendar()->setSnapMinutes(15);
        selectInList("running");
        calendar()->scrollToTime(QTime(14, 0));
        QTRY_VERIFY(!calendar()->blockRect("running").isEmpty());
        QVERIFY(calendar()->isDraggable("running"));
        QSignalSpy finished(m_controller, &BookingActionController::finished);
        const QPoint from = calendar()->blockRect("running").center();
        const QPoint delta = calendar()->pointAt(at(0, 15)) - calendar()->pointAt(at(0, 16, 15));
        QTest::mousePress(calendar()->viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(calendar()->viewport(), from + delta * i / 4);
        QTest::mouseRelease(calendar()->viewport(), Qt::LeftButton, {}, from + delta);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toInt(), -1); // not sent
        QCOMPARE(m_prompter->informs.size(), 1);
        QCOMPARE(m_prompter->informs.first(),
                 BookingRules::checkNewTime(at(0, 15), at(0, 15, 30), Clock::now()).reason);
        QVERIFY(m_prompter->confirms.isEmpty());
        QCOMPARE(m_cache->booking("running")->startTime, at(0, 16, 15));
    }
};

QTEST_MAIN(TestVisibleBooking)
#include "tst_visiblebooking.moc"
