#include "apiclient.h"
#include "bookingactions.h"
#include "bookingcache.h"
#include "bookingfilterbar.h"
#include "bookingjson.h"
#include "bookingtablemodel.h"
#include "calendarpane.h"
#include "calendarview.h"
#include "clock.h"
#include "mainwindow.h"
#include "todayboard.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>

namespace {

// What the accessibility update handler saw: the widget and its accessible name at the time.
struct Update
{
    QAccessible::Event type;
    QPointer<QObject> object;
    QString name;
};
QList<Update> g_updates;

void recordUpdate(QAccessibleEvent *event)
{
    QString name;
    if (QAccessibleInterface *iface = event->accessibleInterface())
        name = iface->text(QAccessible::Name);
    g_updates.append({event->type(), event->object(), name});
}

bool announced(const QString &text)
{
    for (const Update &update : std::as_const(g_updates)) {
        if (update.type == QAccessible::NameChanged && update.name == text)
            return true;
    }
    return false;
}

} // namespace

// Issue 20, "Keyboard-complete" and "Status changes announced", over an empty cache.
class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ApiClient m_client;
    BookingCache m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_cache.open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error),
                 qPrintable(error));
    }

    void tabLeavesTheList()
    {
        BookingTableModel model(&m_cache);
        BookingActions actions(&m_client, &m_cache);
        MainWindow window(&model, &m_cache, &actions);
        QTableView *list = nullptr;
        for (QTableView *view : window.findChildren<QTableView *>()) {
            if (view->accessibleName() == QLatin1String("Bookings"))
                list = view;
        }
        QVERIFY(list);
        QVERIFY(!list->tabKeyNavigation());
    }

    // Ctrl+1 puts the keyboard on the list, Ctrl+2 on the calendar grid (not its date
    // picker), Ctrl+3 on the Today board.
    void viewShortcutsMoveTheFocus()
    {
        BookingTableModel model(&m_cache);
        BookingActions actions(&m_client, &m_cache);
        MainWindow window(&model, &m_cache, &actions);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(window.calendarPane()->view()));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        // The board's tree, or the board itself while it shows its empty state.
        QTRY_VERIFY(QApplication::focusWidget() == window.todayBoard() ||
                    window.todayBoard()->isAncestorOf(QApplication::focusWidget()));
        // Ctrl+1 is checked in downFromSearchGoesToResults(), where the list has rows.
    }

    // From the search field, Down goes on to the results with the first row current.
    void downFromSearchGoesToResults()
    {
        BookingCache cache;
        QString error;
        QVERIFY2(cache.open(m_dir.filePath(QStringLiteral("rows.sqlite")), &error),
                 qPrintable(error));
        const QDateTime start =
            QDateTime(Clock::today(QTimeZone::systemTimeZone()), QTime(12, 0)).toUTC();
        const QJsonObject object{
            {"id", "a"},
            {"start_time", BookingJson::formatDateTime(start)},
            {"end_time", BookingJson::formatDateTime(start.addSecs(45 * 60))},
            {"status", "confirmed"},
            {"lead", QJsonObject{{"id", "l-a"},
                                 {"name", "Anna Schmidt"},
                                 {"channel", "telegram"},
                                 {"status", "booked"}}},
        };
        const std::optional<Booking> booking = BookingJson::decodeBooking(object, &error);
        QVERIFY2(booking, qPrintable(error));
        QVERIFY(cache.upsert({*booking}, cache.beginPass(&error), &error));
        BookingTableModel model(&cache);
        model.reload();
        MainWindow window(&model, &cache, nullptr);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QLineEdit *search = window.filterBar()->searchField();
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QVERIFY(window.tableView()->model()->rowCount() > 0);
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.tableView()));
        QCOMPARE(window.tableView()->currentIndex().row(), 0);
        // Ctrl+2 to the calendar grid and Ctrl+1 back to the list.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(window.calendarPane()->view()));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.tableView()));
    }

    void statusFilterSaysHowMany()
    {
        BookingTableModel model(&m_cache);
        BookingActions actions(&m_client, &m_cache);
        MainWindow window(&model, &m_cache, &actions);
        auto *bar = window.findChild<BookingFilterBar *>();
        QVERIFY(bar);
        QToolButton *button = bar->statusButton();
        QVERIFY(button->menu());
        QAction *first = nullptr;
        for (QAction *action : button->menu()->actions()) {
            if (action->isCheckable() && action->isChecked()) {
                first = action;
                break;
            }
        }
        QVERIFY(first);
        const int checked =
            int(std::count_if(button->menu()->actions().cbegin(), button->menu()->actions().cend(),
                              [](QAction *a) { return a->isChecked(); }));
        first->trigger(); // unchecks one status
        const QString expected = QStringLiteral("%1 of 5").arg(checked - 1);
        QVERIFY2(button->accessibleDescription().contains(expected),
                 qPrintable(button->accessibleDescription()));
        QCOMPARE(button->accessibleName(), QStringLiteral("Status filter"));
    }

    // The sync state, the offline banner and status bar messages: the accessible name
    // follows the text always; the NameChanged event reaches the update handler only with an
    // active accessibility bridge (the a11y session), so that part is checked when there is one.
    void statusChangesAreAnnounced()
    {
        BookingTableModel model(&m_cache);
        BookingActions actions(&m_client, &m_cache);
        MainWindow window(&model, &m_cache, &actions);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const bool bridge = QAccessible::isActive();
        g_updates.clear();
        QAccessible::installUpdateHandler(recordUpdate);
        const auto restore = qScopeGuard([] { QAccessible::installUpdateHandler(nullptr); });
        auto nameOf = [](QObject *object) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
            return iface ? iface->text(QAccessible::Name) : QString();
        };

        const QString synced = QStringLiteral("Synced at 9:30 AM");
        window.setSyncText(synced);
        bool labelSays = false;
        for (QLabel *label : window.findChildren<QLabel *>())
            labelSays = labelSays || (label->text() == synced && nameOf(label) == synced);
        QVERIFY(labelSays);
        if (bridge)
            QVERIFY(announced(synced));

        window.setOffline(true, QDateTime(QDate(2026, 3, 20), QTime(9, 30), Qt::UTC));
        bool offlineSays = false;
        for (QLabel *label : window.findChildren<QLabel *>()) {
            offlineSays = offlineSays || (label->text().startsWith(QLatin1String("Offline:")) &&
                                          nameOf(label) == label->text());
        }
        QVERIFY(offlineSays);

        const QString message = QStringLiteral("Booking cancelled.");
        window.statusBar()->showMessage(message);
        QCOMPARE(nameOf(window.statusBar()), message);
        if (bridge)
            QVERIFY(announced(message));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
