#include "bookingcache.h"
#include "bookingdetailspanel.h"
#include "bookingfilterbar.h"
#include "bookingfilterproxy.h"
#include "bookingjson.h"
#include "bookingtablemodel.h"
#include "calendarpane.h"
#include "calendarview.h"
#include "clock.h"
#include "clockguard.h"
#include "mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Noon local time, `days` from today: safely inside its day whatever the time of the run.
QDateTime noon(int days)
{
    return QDateTime(Clock::today(QTimeZone::systemTimeZone()).addDays(days), QTime(12, 0)).toUTC();
}

Booking makeBooking(const QString &id, const QDateTime &start, const QString &name,
                    const QString &phone, const QString &service,
                    BookingStatus status = BookingStatus::Confirmed, const QString &leadId = {})
{
    QJsonObject object{
        {"id", id},
        {"start_time", BookingJson::formatDateTime(start)},
        {"end_time", BookingJson::formatDateTime(start.addSecs(45 * 60))},
        {"status", BookingStatuses::wireName(status)},
        {"meeting_url", QString("https://meet.example.com/" + id)},
        {"calcom_booking_id", 4242},
        {"metadata", QJsonObject{{"service", service},
                                 {"notes", "Ring twice"},
                                 {"preferred_room", "Blue room"}}},
        {"lead", QJsonObject{{"id", QString("l-" + id)},
                             {"name", name},
                             {"email", QString(id + "@example.com")},
                             {"phone", phone},
                             {"channel", "telegram"},
                             {"status", "booked"}}},
    };
    if (!leadId.isEmpty())
        object.insert("lead_id", leadId);
    QString error;
    return *BookingJson::decodeBooking(object, &error);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        m_cache = std::make_unique<BookingCache>();
        QString error;
        static int n = 0;
        QVERIFY2(m_cache->open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++n)), &error),
                 qPrintable(error));
        const QList<Booking> bookings = {
            makeBooking("today", noon(0), "Jürgen Weiß", "+49 151 2345678", "Haircut"),
            makeBooking("tomorrow", noon(1), "Anna Schmidt", "+1 555 0102", "Consultation"),
            makeBooking("cancelled", noon(1).addSecs(3600), "Zoë Ångström", "+33 6 1234",
                        "Beard trim", BookingStatus::Cancelled),
            makeBooking("past", noon(-10), "Björn Öberg", "+46 70 555", "Vaccination",
                        BookingStatus::Completed),
            makeBooking("later", noon(10), "Chloé Dubois", "+33 7 9999", "Haircut"),
        };
        QVERIFY(m_cache->upsert(bookings, m_cache->beginPass(&error), &error));
        m_model = std::make_unique<BookingTableModel>(m_cache.get());
        m_model->reload();
        m_window = std::make_unique<MainWindow>(m_model.get(), m_cache.get(), nullptr);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_model.reset();
        m_cache.reset();
    }

    void cancelledHiddenByDefault()
    {
        QCOMPARE(m_window->proxy()->rowCount(), 4);
        m_window->filterBar()->setStatusVisible(BookingStatus::Cancelled, true);
        QCOMPARE(m_window->proxy()->rowCount(), 5);
        m_window->filterBar()->setStatusVisible(BookingStatus::Confirmed, false);
        QCOMPARE(ids(), QStringList({"past", "cancelled"}));
    }

    void searchIsDebouncedAndMatchesPhoneDigits()
    {
        QLineEdit *search = m_window->filterBar()->searchField();
        QSignalSpy applied(m_window->filterBar(), &BookingFilterBar::filtersChanged);
        QTest::keyClicks(search, QStringLiteral("0151 234"));
        QCOMPARE(applied.count(), 0); // not on every keystroke
        QVERIFY(applied.wait());
        QCOMPARE(ids(), QStringList{"today"});

        search->setText(QStringLiteral("jurgen weiss"));
        m_window->filterBar()->applySearchNow();
        QCOMPARE(ids(), QStringList{"today"});
        search->setText(QStringLiteral("haircut"));
        m_window->filterBar()->applySearchNow();
        QCOMPARE(ids(), QStringList({"today", "later"}));
        search->setText(QStringLiteral("ring twice"));
        m_window->filterBar()->applySearchNow();
        QCOMPARE(m_window->proxy()->rowCount(), 4);
    }

    void datePresets_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("today") << int(DatePreset::Today) << QStringList{"today"};
        QTest::newRow("tomorrow") << int(DatePreset::Tomorrow) << QStringList{"tomorrow"};
        QTest::newRow("past") << int(DatePreset::Past) << QStringList{"past"};
        QTest::newRow("upcoming") << int(DatePreset::Upcoming)
                                  << QStringList({"tomorrow", "later"});
        QTest::newRow("all") << int(DatePreset::All)
                             << QStringList({"past", "today", "tomorrow", "later"});
    }

    void datePresets()
    {
        QFETCH(int, preset);
        QFETCH(QStringList, expected);
        m_window->filterBar()->setDatePreset(DatePreset::Preset(preset));
        QStringList shown = ids();
        // "today" at noon is upcoming or past depending on when the test runs.
        if (preset == DatePreset::Upcoming || preset == DatePreset::Past)
            shown.removeAll(QStringLiteral("today"));
        QCOMPARE(shown, expected);
    }

    void customRangeAndWeek()
    {
        const QDate today = Clock::today(QTimeZone::systemTimeZone());
        m_window->filterBar()->setCustomRange(today.addDays(-10), today);
        QCOMPARE(ids(), QStringList({"past", "today"}));
        m_window->filterBar()->setDatePreset(DatePreset::ThisWeek);
        QVERIFY(ids().contains(QStringLiteral("today")));
        QVERIFY(!ids().contains(QStringLiteral("later")));
    }

    void sorting()
    {
        m_window->tableView()->sortByColumn(BookingTableModel::CustomerColumn, Qt::AscendingOrder);
        QCOMPARE(ids(), QStringList({"tomorrow", "past", "later", "today"}));
        m_window->tableView()->sortByColumn(BookingTableModel::StartColumn, Qt::DescendingOrder);
        QCOMPARE(ids(), QStringList({"later", "tomorrow", "today", "past"}));
    }

    void selectionShowsDetails()
    {
        selectId(QStringLiteral("today"));
        const QString text = m_window->detailsPanel()->text();
        for (const char *expected :
             {"Jürgen Weiß", "+49 151 2345678", "today@example.com", "Haircut", "Ring twice",
              "Preferred room", "Blue room", "https://meet.example.com/today", "4242", "Telegram",
              "Synced"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }

    // The toolbar's switch shows the calendar over the same bookings; the current booking
    // follows from one to the other, and the choice outlives the window.
    void listCalendarSwitch()
    {
        QVERIFY(!m_window->isCalendarShown());
        selectId(QStringLiteral("tomorrow"));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(m_window->isCalendarShown());
        CalendarView *calendar = m_window->calendarPane()->view();
        QVERIFY(calendar->isVisible());
        QVERIFY(!m_window->tableView()->isVisible());
        QCOMPARE(calendar->currentBookingId(), QStringLiteral("tomorrow"));
        QVERIFY(calendar->visibleDays().contains(noon(1).toTimeZone(calendar->timeZone()).date()));

        // A booking chosen in the calendar is the list's current row and the details' booking.
        calendar->setDate(noon(0).toTimeZone(calendar->timeZone()).date());
        calendar->scrollToTime(QTime(11, 0));
        QTRY_VERIFY(!calendar->blockRect(QStringLiteral("today")).isEmpty());
        QTest::mouseClick(calendar->viewport(), Qt::LeftButton, {},
                          calendar->blockRect(QStringLiteral("today")).center());
        QCOMPARE(m_window->detailsPanel()->bookingId(), QStringLiteral("today"));
        QCOMPARE(m_window->tableView()->currentIndex().data(BookingTableModel::BookingIdRole),
                 QVariant(QStringLiteral("today")));

        m_window->close(); // saves the settings
        MainWindow again(m_model.get(), m_cache.get(), nullptr);
        QVERIFY(again.isCalendarShown());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTest::keyClick(&again, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(!again.isCalendarShown());
    }

    void refreshKeepsSelection()
    {
        selectId(QStringLiteral("tomorrow"));
        QString error;
        Booking changed =
            makeBooking("tomorrow", noon(1), "Anna Schmidt-Meyer", "+1 555 0102", "Consultation");
        const auto result = m_cache->upsert(
            {changed, makeBooking("new", noon(2), "Eve New", "+49 30 1", "Haircut")},
            m_cache->beginPass(&error), &error);
        QVERIFY(result);
        m_model->applyWritten(result->inserted, result->changed);
        m_model->applyRemoved({QStringLiteral("past")});
        QCOMPARE(m_window->tableView()->currentIndex().data(BookingTableModel::BookingIdRole),
                 QVariant(QStringLiteral("tomorrow")));
        QVERIFY(m_window->detailsPanel()->text().contains(QStringLiteral("Schmidt-Meyer")));
        QCOMPARE(ids(), QStringList({"today", "tomorrow", "new", "later"}));
    }

    void emptyStates()
    {
        QVERIFY(!m_window->isShowingEmptyState());
        m_window->filterBar()->searchField()->setText(QStringLiteral("nobody"));
        m_window->filterBar()->applySearchNow();
        QVERIFY(m_window->isShowingEmptyState());
        QVERIFY(m_window->emptyStateText().contains(QStringLiteral("No booking matches “nobody”")));
        m_window->filterBar()->searchField()->clear();
        m_window->filterBar()->applySearchNow();
        m_model->applyRemoved({QStringLiteral("today")});
        m_window->filterBar()->setDatePreset(DatePreset::Today);
        QVERIFY(m_window->isShowingEmptyState());
        QVERIFY(m_window->emptyStateText().contains(QStringLiteral("No bookings today")));
        m_window->setOffline(true, Clock::now());
        QVERIFY(m_window->emptyStateText().contains(
            QStringLiteral("Offline: showing bookings cached at")));
    }

    void pendingAndConflictsAreMarked()
    {
        QString error;
        OutboxEntry waiting;
        waiting.bookingId = QStringLiteral("today");
        waiting.payload = QJsonObject{{"status", "no_show"}};
        waiting.createdAt = Clock::now();
        OutboxEntry conflict = waiting;
        conflict.bookingId = QStringLiteral("tomorrow");
        conflict.state = OutboxEntry::State::Conflict;
        const auto waitingId = m_cache->enqueue(waiting, &error);
        const auto conflictId = m_cache->enqueue(conflict, &error);
        QVERIFY2(waitingId && conflictId, qPrintable(error));
        conflict.id = *conflictId;
        QVERIFY(m_cache->updateOutbox(conflict, &error));

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_window->refreshSyncMarks();
        // Only the two marked rows; the waiting one once more, as it takes the status the
        // change asks for (issue 17: a waiting change shows what it will do).
        QCOMPARE(changed.count(), 3);
        QVERIFY(statusText("today").contains(QStringLiteral("waiting to send")));
        QVERIFY(statusText("today").startsWith(BookingStatuses::label(BookingStatus::NoShow)));
        QVERIFY(statusText("tomorrow").contains(QStringLiteral("conflict")));
        QCOMPARE(statusText("later"), BookingStatuses::label(BookingStatus::Confirmed));
        QVERIFY(!statusIndex("tomorrow").data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(statusIndex("today").data(BookingTableModel::SyncMarkRole).toInt(),
                 int(BookingTableModel::SyncMark::Pending));

        QVERIFY(m_cache->removeOutbox(*waitingId, &error));
        m_window->refreshSyncMarks();
        QCOMPARE(statusText("today"), BookingStatuses::label(BookingStatus::Confirmed));
        QVERIFY(statusText("tomorrow").contains(QStringLiteral("conflict")));
    }

    void datePresetsMoveAtMidnight()
    {
        // A clock that reaches midnight a moment after the test starts.
        const QDateTime beforeMidnight =
            QDateTime(Clock::today(QTimeZone::systemTimeZone()), QTime(23, 59, 59, 800)).toUTC();
        ClockGuard clock(beforeMidnight);
        BookingFilterBar *filters = m_window->filterBar();
        filters->setDatePreset(DatePreset::Today);
        filters->refreshDateRange();
        QCOMPARE(ids(), QStringList{"today"});
        QVERIFY(filters->dayTimer().isActive());
        QVERIFY(filters->dayTimer().interval() <= 1000);

        QSignalSpy moved(filters, &BookingFilterBar::filtersChanged);
        QVERIFY(moved.wait(5000));
        QCOMPARE(ids(), QStringList{"tomorrow"}); // tomorrow's booking is now today's
        // Far from midnight the timer still wakes hourly (a suspend stops its clock).
        Clock::reset();
        filters->refreshDateRange();
        QVERIFY(filters->dayTimer().interval() <= 60 * 60 * 1000 + 50);
    }

    // A large cache: today and the next 200 bookings are listed before the rest, which
    // arrives in chunks while the status bar counts it in; the list keeps today's booking at
    // its top while older ones arrive above it.
    void largeCacheLoadsInTheBackground()
    {
        // Before today's booking, so that "today" is where the list goes.
        Clock::freeze(noon(0).addSecs(-4 * 3600));
        const auto resetClock = qScopeGuard([] { Clock::reset(); });
        QList<Booking> older;
        for (int i = 0; i < 12'000; ++i) {
            older.append(makeBooking(
                QStringLiteral("old%1").arg(i), noon(-20 - i / 40).addSecs((i % 40) * 60),
                QStringLiteral("Customer %1").arg(i), "+49 30 1234", "Haircut"));
        }
        // A regular who missed two appointments: the thread counts the no-shows too.
        for (int i = 1; i <= 2; ++i) {
            older.append(makeBooking(QStringLiteral("missed%1").arg(i), noon(-30 * i), "Regular",
                                     "+49 30 9", "Haircut", BookingStatus::NoShow, "l-regular"));
        }
        for (int i = 0; i < 500; ++i) { // from 20 days on, one a minute
            older.append(makeBooking(QStringLiteral("future%1").arg(i), noon(20).addSecs(i * 60),
                                     QStringLiteral("Future %1").arg(i), "+49 30 5678", "Haircut"));
        }
        QString error;
        QVERIFY2(m_cache->upsert(older, m_cache->currentPass(), &error), qPrintable(error));
        const int total = m_cache->count();

        auto *bar = m_window->findChild<QProgressBar *>(QStringLiteral("loadBar"));
        auto *text = m_window->findChild<QLabel *>(QStringLiteral("loadText"));
        QVERIFY(bar && text);
        QSignalSpy finished(m_model.get(), &BookingTableModel::loadFinished);
        m_window->loadBookings();
        // Today's booking and the next 199: tomorrow's two (the cancelled one included),
        // the one in ten days and the first 196 of the 500 from the 20th day on.
        QCOMPARE(m_model->rowCount(), 200);
        QVERIFY(m_model->rowOf(QStringLiteral("future195")) >= 0);
        QCOMPARE(m_model->rowOf(QStringLiteral("future196")), -1);
        QCOMPARE(m_model->rowOf(QStringLiteral("past")), -1);
        QVERIFY(m_model->isLoading());
        QVERIFY(bar->isVisibleTo(m_window.get()));
        // (No English catalogue here: "booking(s)" stays as written.)
        QCOMPARE(text->text(),
                 QStringLiteral("Loading %1 booking(s)…").arg(QLocale().toString(total)));
        m_window->goToToday();
        QCOMPARE(ids().value(m_window->tableView()->rowAt(0)), QStringLiteral("today"));

        QVERIFY(finished.wait(20000));
        QCOMPARE(m_model->rowCount(), total);
        QCOMPARE(m_model->recentNoShows(QStringLiteral("missed1")), 2);
        QVERIFY(!bar->isVisibleTo(m_window.get()));
        QVERIFY(!text->isVisibleTo(m_window.get()));
        // Today's booking is still in sight (at the top, unless the list ends too soon
        // after it for that), not pushed down by the 12,000 rows that arrived above it.
        QTableView *view = m_window->tableView();
        const int today = int(ids().indexOf(QStringLiteral("today")));
        QVERIFY(today > 12'000);
        QVERIFY2(view->rowAt(0) <= today && view->rowAt(0) > today - 100,
                 qPrintable(QString::number(view->rowAt(0))));
        QVERIFY(view->viewport()->rect().contains(
            view->visualRect(m_window->proxy()->index(today, 0)).center()));
        QCOMPARE(ids().first(), QStringLiteral("old11960")); // 319 days ago, the earliest
    }

private:
    QModelIndex statusIndex(const QString &id) const
    {
        const int row = m_model->rowOf(id);
        return m_model->index(row, BookingTableModel::StatusColumn);
    }

    QString statusText(const QString &id) const { return statusIndex(id).data().toString(); }

    QStringList ids() const
    {
        QStringList result;
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row)
            result.append(
                m_window->proxy()->index(row, 0).data(BookingTableModel::BookingIdRole).toString());
        return result;
    }

    void selectId(const QString &id)
    {
        const int row = int(ids().indexOf(id));
        QVERIFY(row >= 0);
        m_window->tableView()->setCurrentIndex(m_window->proxy()->index(row, 0));
        QCOMPARE(m_window->detailsPanel()->bookingId(), id);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<BookingCache> m_cache;
    std::unique_ptr<BookingTableModel> m_model;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
