#include "bookingtablemodel.h"
#include "calendaraccessible.h"
#include "calendarview.h"
#include "clock.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

// The calendar's bookings, day headers, now line and "+N more" as accessible children: what
// a screen reader reads and does. The events part needs an active accessibility bridge
// (QAccessible::isActive()), which the offscreen platform has not: it runs in the a11y
// session (tests/a11y: tst_calendaraccessible_atspi, xcb on Xvfb with the AT-SPI bus).

namespace {

const QTimeZone kBerlin("Europe/Berlin");

qint64 berlin(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), kBerlin).toMSecsSinceEpoch();
}

BookingRow makeRow(const QString &id, const QString &customer, qint64 start, int minutes,
                   BookingStatus status = BookingStatus::Confirmed)
{
    BookingRow row;
    row.id = id;
    row.startMs = start;
    row.endMs = start + qint64(minutes) * 60 * 1000;
    row.status = status;
    row.hasLead = true;
    row.setFields({customer, QString(), QString(), QStringLiteral("Haircut"), QString()});
    return row;
}

struct Recorded
{
    QAccessible::Event type;
    QObject *object;
    int child;
};

QList<Recorded> &recorded()
{
    static QList<Recorded> events;
    return events;
}

void recordEvent(QAccessibleEvent *event)
{
    recorded().append({event->type(), event->object(), event->child()});
}

} // namespace

class TestCalendarAccessible : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BookingTableModel> m_model;
    std::unique_ptr<CalendarView> m_view;

    QAccessibleInterface *calendar() const
    {
        return QAccessible::queryAccessibleInterface(m_view.get());
    }

    // The child whose name starts with `prefix` (bookings start with their day and time).
    QAccessibleInterface *childNamed(const QString &prefix) const
    {
        QAccessibleInterface *iface = calendar();
        for (int i = 0; i < iface->childCount(); ++i) {
            QAccessibleInterface *child = iface->child(i);
            if (child && child->text(QAccessible::Name).startsWith(prefix))
                return child;
        }
        return nullptr;
    }

    QAccessibleInterface *bookingChild(const QString &id) const
    {
        const int index = CalendarAccessible::indexOfBooking(m_view.get(), id);
        return index >= 0 ? calendar()->child(index) : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<BookingTableModel>(nullptr);
        // Now is Tuesday 2026-12-08 12:00 in Berlin; the week shown runs Monday to Sunday.
        BookingRow arrived = makeRow("a", "Jane Smith", berlin(12, 9, 10), 30);
        arrived.arrivedMs = berlin(12, 9, 9, 50);
        m_model->upsertRows({
            arrived,                                                                     // Wed
            makeRow("b", "Tom Berger", berlin(12, 10, 14), 60),                          // Thu
            makeRow("done", "Ann Lee", berlin(12, 9, 14), 60, BookingStatus::Completed), // Wed
            makeRow("past", "Max Roth", berlin(12, 8, 9), 60), // Tue 09:00, begun
        });
        m_view = std::make_unique<CalendarView>();
        m_view->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_view->setTimeZone(kBerlin);
        Clock::freeze(QDateTime::fromMSecsSinceEpoch(berlin(12, 8, 12), Qt::UTC));
        m_view->setModel(m_model.get());
        m_view->setDate(QDate(2026, 12, 8));
        m_view->resize(900, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->scrollToTime(QTime(8, 0));
    }

    void cleanup()
    {
        QAccessible::installUpdateHandler(nullptr);
        recorded().clear();
        m_view.reset();
        m_model.reset();
        Clock::reset();
    }

    void childrenAreNamed()
    {
        QAccessibleInterface *iface = calendar();
        QVERIFY(iface);
        QVERIFY(dynamic_cast<CalendarAccessible *>(iface));
        QCOMPARE(iface->role(), QAccessible::List);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Calendar"));
        QStringList headers;
        QStringList bookings;
        QStringList others;
        for (int i = 0; i < iface->childCount(); ++i) {
            QAccessibleInterface *child = iface->child(i);
            QVERIFY(child && child->isValid());
            QCOMPARE(child->parent(), iface);
            QCOMPARE(iface->indexOfChild(child), i);
            QVERIFY2(!child->text(QAccessible::Name).isEmpty(), qPrintable(QString::number(i)));
            if (child->role() == QAccessible::ColumnHeader)
                headers << child->text(QAccessible::Name);
            else if (child->role() == QAccessible::ListItem)
                bookings << child->text(QAccessible::Name);
            else
                others << child->text(QAccessible::Name);
        }
        QCOMPARE(headers.size(), 7);
        QCOMPARE(headers.first(), QStringLiteral("Monday 7 December"));
        QCOMPARE(headers.at(1), QStringLiteral("Tuesday 8 December, today"));
        QCOMPARE(others, QStringList{QStringLiteral("Current time, 12:00")});
        QCOMPARE(bookings.size(), 4);
        // Day, times without seconds, customer, service, status, arrival.
        QVERIFY(bookings.contains(QStringLiteral(
            "Wednesday 9 December, 10:00 to 10:30, Jane Smith, Haircut, confirmed, arrived")));
        QVERIFY(bookings.contains(
            QStringLiteral("Wednesday 9 December, 14:00 to 15:00, Ann Lee, Haircut, completed")));
        QCOMPARE(bookingChild("b")->text(QAccessible::Name),
                 QStringLiteral("Thursday 10 December, 14:00 to 15:00, Tom Berger, Haircut, "
                                "confirmed"));
        QCOMPARE(bookingChild("b")->role(), QAccessible::ListItem);
        // The same interface while the booking is shown (a screen reader keeps its place).
        QAccessibleInterface *before = bookingChild("b");
        m_model->upsertRows({makeRow("c", "New One", berlin(12, 7, 8), 30)});
        QCOMPARE(bookingChild("b"), before);
        QVERIFY(before->isValid());
        m_model->applyRemoved({"b"});
        QCOMPARE(bookingChild("b"), nullptr);
        QVERIFY(!before->isValid());
    }

    void statesFollowSelectionFocusAndRules()
    {
        QAccessibleInterface *a = bookingChild("a");
        QVERIFY(a);
        QAccessible::State state = a->state();
        QVERIFY(state.focusable);
        QVERIFY(state.selectable);
        QVERIFY(!state.selected);
        QVERIFY(!state.readOnly); // confirmed, in the future: may be moved
        QVERIFY(!state.offscreen);
        // The rules forbid moving a completed booking and one that has begun.
        QVERIFY(bookingChild("done")->state().readOnly);
        QVERIFY(bookingChild("past")->state().readOnly);
        QVERIFY(!bookingChild("done")->text(QAccessible::Description).isEmpty());

        m_view->activateWindow();
        m_view->setFocus();
        QTRY_VERIFY(m_view->hasFocus());
        m_view->setCurrentBookingId("a");
        state = a->state();
        QVERIFY(state.selected);
        QVERIFY(state.focused);
        QCOMPARE(calendar()->focusChild(), a);
        QVERIFY(!bookingChild("b")->state().selected);
    }

    void geometryIsTheBlock()
    {
        QAccessibleInterface *a = bookingChild("a");
        const QRect block = m_view->blockRect("a");
        QCOMPARE(a->rect(), QRect(m_view->viewport()->mapToGlobal(block.topLeft()), block.size()));
        QCOMPARE(calendar()->childAt(a->rect().center().x(), a->rect().center().y()), a);
        // The now line lies on today's column, at noon.
        QAccessibleInterface *now = childNamed(QStringLiteral("Current time"));
        QVERIFY(now);
        const QPoint noon = m_view->viewport()->mapToGlobal(m_view->pointAt(Clock::now()));
        QVERIFY(now->rect().contains(noon));
        // Scrolled away: still a child, marked offscreen.
        m_view->setHourHeight(CalendarView::kMaxHourHeight);
        m_view->scrollToTime(QTime(0, 0));
        QVERIFY(a->state().offscreen);
    }

    void actionsFollowTheRules()
    {
        QAccessibleActionInterface *a = bookingChild("a")->actionInterface();
        QVERIFY(a);
        const QStringList names = a->actionNames();
        QCOMPARE(names.first(), QAccessibleActionInterface::pressAction());
        QVERIFY(names.contains(QAccessibleActionInterface::showMenuAction()));
        QVERIFY(names.contains("Reschedule"));
        QVERIFY(names.contains("CancelBooking"));
        QVERIFY(names.contains("UndoArrival"));
        QVERIFY(!names.contains("MarkArrived")); // already arrived
        QVERIFY(!names.contains("MarkNoShow"));  // not started
        QVERIFY(!names.contains("MarkCompleted"));
        QCOMPARE(a->localizedActionName("Reschedule"), QStringLiteral("Reschedule"));
        QCOMPARE(a->localizedActionName("MarkNoShow"), QStringLiteral("Mark as no-show"));
        QVERIFY(!a->keyBindingsForAction("Reschedule").isEmpty());

        const QStringList done = bookingChild("done")->actionInterface()->actionNames();
        QVERIFY(!done.contains("Reschedule"));
        QVERIFY(done.contains("SetConfirmed"));
        const QStringList past = bookingChild("past")->actionInterface()->actionNames();
        QVERIFY(past.contains("MarkNoShow")); // begun, not arrived
        QVERIFY(!past.contains("Reschedule"));
        // A change on its way: nothing to do until the answer.
        m_model->setSyncMarks({{"b", BookingTableModel::SyncMark::Sending}});
        QCOMPARE(bookingChild("b")->actionInterface()->actionNames(),
                 QStringList({QAccessibleActionInterface::pressAction(),
                              QAccessibleActionInterface::showMenuAction()}));
    }

    void actionsSelectAndAsk()
    {
        QSignalSpy current(m_view.get(), &CalendarView::currentBookingChanged);
        QSignalSpy asked(m_view.get(), &CalendarView::bookingActionRequested);
        QSignalSpy menu(m_view.get(), &CalendarView::contextMenuRequested);

        bookingChild("b")->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(m_view->currentBookingId(), QStringLiteral("b"));
        QCOMPARE(current.count(), 1);
        QVERIFY(bookingChild("b")->state().selected);

        // Queued: a dialog's event loop must not run inside the assistive technology's call.
        bookingChild("a")->actionInterface()->doAction("Reschedule");
        QCOMPARE(asked.count(), 0);
        QTRY_COMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(0).value<BookingAction>(), BookingAction::Reschedule);
        QCOMPARE(asked.first().at(1).toString(), QStringLiteral("a"));
        QCOMPARE(m_view->currentBookingId(), QStringLiteral("a"));

        bookingChild("b")->actionInterface()->doAction(
            QAccessibleActionInterface::showMenuAction());
        QTRY_COMPARE(menu.count(), 1);
        QCOMPARE(menu.first().at(0).toString(), QStringLiteral("b"));
        QVERIFY(m_view->rect().contains(m_view->mapFromGlobal(menu.first().at(1).toPoint())));

        // An action the rules refuse does nothing, whoever asks.
        bookingChild("done")->actionInterface()->doAction("Reschedule");
        QTest::qWait(10);
        QCOMPARE(asked.count(), 1);
    }

    void monthMoreIsReachable()
    {
        QList<BookingRow> rows;
        for (int i = 0; i < 30; ++i) {
            rows.append(makeRow(QStringLiteral("m%1").arg(i), QStringLiteral("Guest %1").arg(i),
                                berlin(12, 16, 8) + i * 600000LL, 10));
        }
        m_model->upsertRows(rows);
        m_view->setMode(CalendarView::Mode::Month);
        QAccessibleInterface *more = nullptr;
        QAccessibleInterface *iface = calendar();
        QStringList headers;
        for (int i = 0; i < iface->childCount(); ++i) {
            QAccessibleInterface *child = iface->child(i);
            if (child->role() == QAccessible::Button)
                more = child;
            if (child->role() == QAccessible::ColumnHeader)
                headers << child->text(QAccessible::Name);
        }
        QCOMPARE(headers.size(), 7);
        QCOMPARE(headers.first(), QStringLiteral("Monday"));
        QVERIFY(more);
        // (No English catalogue here: "booking(s)" stays as written.)
        const QString name = more->text(QAccessible::Name);
        QVERIFY2(name.contains(QLatin1String(" more booking")) &&
                     name.endsWith(QLatin1String(" on Wednesday 16 December")),
                 qPrintable(name));
        QVERIFY(!more->rect().isEmpty());
        more->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(m_view->mode(), CalendarView::Mode::Day);
        QCOMPARE(m_view->date(), QDate(2026, 12, 16));
        QVERIFY(!more->isValid());
    }

    // Arrow keys move the focus between bookings and say so: a focus and a selection event
    // for the booking's child, as a screen reader follows them.
    void keyboardMovesSendFocusAndSelection()
    {
        // The bridge connects to the AT-SPI bus shortly after the start.
        QDeadlineTimer wait(3000);
        while (!QAccessible::isActive() && !wait.hasExpired())
            QTest::qWait(50);
        if (!QAccessible::isActive())
            QSKIP("No accessibility bridge on this platform (runs in the a11y session)");
        QAccessible::installUpdateHandler(recordEvent);
        m_view->activateWindow();
        m_view->setFocus();
        QTRY_VERIFY(m_view->hasFocus());
        m_view->setCurrentBookingId("a");
        recorded().clear();
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(m_view->currentBookingId(), QStringLiteral("b"));
        const int b = CalendarAccessible::indexOfBooking(m_view.get(), "b");
        QVERIFY(b >= 0);
        bool focus = false;
        bool selection = false;
        for (const Recorded &event : std::as_const(recorded())) {
            if (event.object != m_view.get() || event.child != b)
                continue;
            focus = focus || event.type == QAccessible::Focus;
            selection = selection || event.type == QAccessible::Selection;
        }
        QVERIFY(focus);
        QVERIFY(selection);
        QAccessibleEvent probe(m_view.get(), QAccessible::Focus);
        probe.setChild(b);
        QCOMPARE(probe.accessibleInterface(), bookingChild("b"));

        recorded().clear();
        QTest::keyClick(m_view.get(), Qt::Key_Left); // back to Wednesday
        const int done =
            CalendarAccessible::indexOfBooking(m_view.get(), m_view->currentBookingId());
        QVERIFY(std::any_of(recorded().cbegin(), recorded().cend(), [&](const Recorded &event) {
            return event.type == QAccessible::Focus && event.child == done;
        }));
    }
};

QTEST_MAIN(TestCalendarAccessible)
#include "tst_calendaraccessible.moc"
