#include "awaitcallback.h"
#include "bookingactions.h"
#include "bookingcache.h"
#include "bookingtablemodel.h"
#include "calendarindex.h"
#include "calendarnavigator.h"
#include "calendarview.h"
#include "clock.h"
#include "devserverprocess.h"
#include "futurebookings.h"
#include "syncengine.h"
#include "timetext.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

using namespace std::chrono_literals;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

qint64 berlin(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), kBerlin).toMSecsSinceEpoch();
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

BookingRow makeRow(const QString &id, qint64 start, int minutes,
                   BookingStatus status = BookingStatus::Confirmed)
{
    BookingRow row;
    row.id = id;
    row.startMs = start;
    row.endMs = start + qint64(minutes) * 60 * 1000;
    row.status = status;
    row.hasLead = true;
    row.setFields({QStringLiteral("Customer ") + id, QString(), QString(),
                   QStringLiteral("Haircut"), QString()});
    return row;
}

} // namespace

class TestCalendarView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BookingTableModel> m_model;
    std::unique_ptr<CalendarView> m_view;

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
    void init()
    {
        m_model = std::make_unique<BookingTableModel>(nullptr);
        // Now is Tuesday 2026-12-08 12:00 in Berlin; the week shown runs Monday to Sunday.
        m_model->upsertRows({
            makeRow("a", berlin(12, 9, 10), 60),                              // Wed 10:00
            makeRow("b", berlin(12, 10, 14), 30),                             // Thu 14:00
            makeRow("done", berlin(12, 9, 14), 60, BookingStatus::Completed), // Wed 14:00
            makeRow("gone", berlin(12, 11, 10), 60, BookingStatus::Cancelled),
            makeRow("past", berlin(12, 8, 9), 60), // Tue 09:00, already begun
        });
        m_view = std::make_unique<CalendarView>();
        m_view->setLocale(QLocale(QLocale::German, QLocale::Germany));
        m_view->setTimeZone(kBerlin);
        Clock::freeze(QDateTime::fromMSecsSinceEpoch(berlin(12, 8, 12), Qt::UTC));
        m_view->setHourHeight(48);
        m_view->setSnapMinutes(15);
        m_view->setModel(m_model.get());
        m_view->setDate(QDate(2026, 12, 8));
        m_view->resize(900, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->scrollToTime(QTime(8, 0));
    }

    void cleanup()
    {
        m_view.reset();
        m_model.reset();
        Clock::reset();
    }

    void weekStartsOnTheLocalesFirstDay()
    {
        QCOMPARE(m_view->visibleDays().first(), QDate(2026, 12, 7)); // Monday in Germany
        QCOMPARE(m_view->visibleDays().size(), 7);
        QSignalSpy range(m_view.get(), &CalendarView::visibleRangeChanged);
        m_view->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(m_view->visibleDays().first(), QDate(2026, 12, 6)); // Sunday in the US
        QCOMPARE(range.count(), 1);
        m_view->setDate(QDate(2026, 12, 9)); // the same week
        QCOMPARE(range.count(), 1);
        m_view->setMode(CalendarView::Mode::WorkWeek);
        QCOMPARE(m_view->visibleDays().size(), 5);
        QCOMPARE(m_view->visibleDays().first(), QDate(2026, 12, 7));
        m_view->setMode(CalendarView::Mode::Month);
        QCOMPARE(m_view->visibleDays().size(), 42);
        QVERIFY(m_view->visibleDays().first() <= QDate(2026, 12, 1));
    }

    void blocksSitAtTheirTimes()
    {
        const QRect a = m_view->blockRect("a");
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.top(), m_view->pointAt(utc(berlin(12, 9, 10))).y());
        QCOMPARE(a.height(), 48);
        QCOMPARE(m_view->bookingAt(a.center()), QStringLiteral("a"));
        QVERIFY(!m_view->blockRect("gone").isEmpty()); // cancelled: drawn faded
        // A row filter (the main window passes the list's statuses and search) hides it.
        m_view->setCurrentBookingId("gone");
        m_view->setRowFilter(
            [this](int row) { return m_model->row(row).status != BookingStatus::Cancelled; });
        QVERIFY(m_view->blockRect("gone").isEmpty());
        QVERIFY(m_view->currentBookingId().isEmpty()); // never a hidden current booking
        QVERIFY(!m_view->blockRect("a").isEmpty());
        m_view->setRowFilter({});
        QVERIFY(!m_view->blockRect("gone").isEmpty());
    }

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

    void zoomChangesTheHourHeight()
    {
        QSignalSpy zoomed(m_view.get(), &CalendarView::hourHeightChanged);
        m_view->setFocus();
        QCOMPARE(m_view->blockRect("a").height(), 48);
        QTest::keyClick(m_view.get(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(m_view->hourHeight(), 64);
        QCOMPARE(zoomed.count(), 1);
        QCOMPARE(zoomed.last().first().toInt(), 64);
        QCOMPARE(m_view->blockRect("a").height(), 64);
        QTest::keyClick(m_view.get(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(m_view.get(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(m_view->hourHeight(), 40);
        QTest::keyClick(m_view.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_view->hourHeight(), 48);
        // Ctrl+wheel: a notch a step, the time under the pointer stays put.
        const QPoint at = m_view->blockRect("a").topLeft() + QPoint(5, 0);
        const auto wheel = [&](int delta) {
            QWheelEvent event(at, m_view->viewport()->mapToGlobal(at), {}, {0, delta}, Qt::NoButton,
                              Qt::ControlModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(m_view->viewport(), &event);
        };
        wheel(120);
        QCOMPARE(m_view->hourHeight(), 64);
        QVERIFY(qAbs(m_view->blockRect("a").top() - at.y()) <= 1);
        for (int i = 0; i < 20; ++i)
            wheel(120);
        QCOMPARE(m_view->hourHeight(), CalendarView::kMaxHourHeight);
        for (int i = 0; i < 40; ++i)
            wheel(-60); // half notches add up
        QCOMPARE(m_view->hourHeight(), CalendarView::kMinHourHeight);
        m_view->setHourHeight(1000);
        QCOMPARE(m_view->hourHeight(), CalendarView::kMaxHourHeight);
        m_view->setHourHeight(1);
        QCOMPARE(m_view->blockRect("a").height(), CalendarView::kMinHourHeight);
    }

    // The ruler fits its widest label in the widget's font (a 12-hour clock's "10:00 PM").
    void rulerFitsItsLabels()
    {
        m_model->upsertRows({makeRow("monday", berlin(12, 7, 10), 60)});
        for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                      QLocale(QLocale::German, QLocale::Germany)}) {
            m_view->setLocale(locale);
            QFont big = m_view->font();
            big.setPointSizeF(big.pointSizeF() * 1.5);
            m_view->setFont(big);
            const int gridLeft = m_view->blockRect("monday").left() - 2;
            QVERIFY(gridLeft > 0);
            for (int hour = 0; hour < 24; ++hour) {
                const QString label = TimeText::clock(QTime(hour, 0), locale);
                QVERIFY2(m_view->fontMetrics().horizontalAdvance(label) + 6 <= gridLeft,
                         qPrintable(label));
            }
        }
    }

    void navigatorDrivesTheView()
    {
        QStandardPaths::setTestModeEnabled(true);
        CalendarNavigator navigator(m_view.get());
        const QList<QToolButton *> buttons = navigator.findChildren<QToolButton *>();
        auto byName = [&](const QString &name) -> QToolButton * {
            for (QToolButton *button : buttons) {
                if (button->accessibleName() == name)
                    return button;
            }
            return nullptr;
        };
        QVERIFY(byName("Next") && byName("Previous") && byName("Month"));
        byName("Next")->click();
        QCOMPARE(m_view->visibleDays().first(), QDate(2026, 12, 14));
        byName("Previous")->click();
        QCOMPARE(m_view->visibleDays().first(), QDate(2026, 12, 7));
        byName("Month")->click();
        QCOMPARE(m_view->mode(), CalendarView::Mode::Month);
        auto *snap = navigator.findChild<QComboBox *>();
        snap->setCurrentIndex(snap->findData(0));
        QVERIFY(m_view->snapToSlots());
        snap->setCurrentIndex(snap->findData(30));
        QVERIFY(!m_view->snapToSlots());
        QCOMPARE(m_view->snapMinutes(), 30);

        QSettings settings;
        navigator.saveSettings(settings);
        CalendarView other;
        CalendarNavigator restored(&other);
        restored.restoreSettings(settings);
        QCOMPARE(other.mode(), CalendarView::Mode::Month);
        QCOMPARE(other.snapMinutes(), 30);
        settings.clear();
    }

    void monthCellsSayHowManyMore()
    {
        QList<BookingRow> rows;
        for (int i = 0; i < 30; ++i)
            rows.append(
                makeRow(QStringLiteral("m%1").arg(i), berlin(12, 16, 8) + i * 600000LL, 10));
        m_model->upsertRows(rows);
        m_view->setMode(CalendarView::Mode::Month);
        // The first bookings of the day are listed, the rest counted.
        QVERIFY(!m_view->blockRect("m0").isEmpty());
        QVERIFY(m_view->blockRect("m29").isEmpty());
        int listed = 0;
        for (int i = 0; i < 30; ++i)
            listed += m_view->blockRect(QStringLiteral("m%1").arg(i)).isEmpty() ? 0 : 1;
        QVERIFY(listed > 0 && listed < 30);
        // A click on "+N more" opens the day.
        const QRect last = m_view->blockRect(QStringLiteral("m%1").arg(listed - 1));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          QPoint(last.left() + 10, last.bottom() + last.height() / 2 + 1));
        QCOMPARE(m_view->mode(), CalendarView::Mode::Day);
        QCOMPARE(m_view->date(), QDate(2026, 12, 16));
    }

    void tooltipNamesTheBooking()
    {
        const QPoint at = m_view->blockRect("a").center();
        QHelpEvent help(QEvent::ToolTip, at, m_view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(m_view->viewport(), &help);
        QVERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QLatin1String("Customer a")));
        QVERIFY(QToolTip::text().contains(QLatin1String("Haircut")));
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

    void doubleClickActivates()
    {
        QSignalSpy activated(m_view.get(), &CalendarView::bookingActivated);
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, m_view->blockRect("b").center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("b"));
    }

    void selectionFromTheListNavigates()
    {
        m_model->upsertRows({makeRow("later", berlin(12, 22, 9), 60)});
        QVERIFY(m_view->blockRect("later").isEmpty());
        m_view->setCurrentBookingId("later");
        QCOMPARE(m_view->visibleDays().first(), QDate(2026, 12, 21));
        QVERIFY(!m_view->blockRect("later").isEmpty());
    }

    void modelChangesMoveBlocks()
    {
        const QRect before = m_view->blockRect("b");
        BookingRow moved = makeRow("b", berlin(12, 10, 15), 30);
        m_model->upsertRows({moved});
        QCOMPARE(m_view->blockRect("b").top(), before.top() + 48);
        m_model->applyRemoved({"a"});
        QVERIFY(m_view->blockRect("a").isEmpty());
        QCOMPARE(m_view->blockRect("b").top(), before.top() + 48);
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

    void indexFollowsALargeSync()
    {
        CalendarIndex index;
        index.setModel(m_model.get());
        QList<BookingRow> rows;
        for (int i = 0; i < 500; ++i)
            rows.append(
                makeRow(QStringLiteral("n%1").arg(i), berlin(12, 1, 8) + i * 3600000LL, 30));
        m_model->upsertRows(rows);
        QCOMPARE(index.size(), 505);
        QCOMPARE(index.rowsOverlapping(berlin(12, 1, 8), berlin(12, 1, 10)).size(), 2);
        QCOMPARE(index.rowsOverlapping(berlin(12, 9, 0), berlin(12, 10, 0)).size(), 2 + 24);
    }

    void indexFollowsTheModel()
    {
        CalendarIndex index;
        index.setModel(m_model.get());
        QCOMPARE(index.rowsOverlapping(berlin(12, 9, 0), berlin(12, 10, 0)).size(), 2);
        m_model->upsertRows({makeRow("x", berlin(12, 9, 23, 30), 120)}); // into Thursday
        QCOMPARE(index.rowsOverlapping(berlin(12, 10, 0), berlin(12, 10, 1)).size(), 1);
        m_model->applyRemoved({"a", "done"});
        QCOMPARE(index.rowsOverlapping(berlin(12, 9, 0), berlin(12, 10, 0)).size(), 1);
        const QList<int> rows = index.rowsOverlapping(berlin(12, 1, 0), berlin(12, 31, 0));
        QCOMPARE(rows.size(), 4);
        QStringList ids;
        for (const int row : rows)
            ids << m_model->row(row).id;
        QCOMPARE(ids, QStringList({"past", "x", "b", "gone"}));
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

QTEST_MAIN(TestCalendarView)
#include "tst_calendarview.moc"
