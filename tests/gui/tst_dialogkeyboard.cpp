#include "arrival.h"
#include "auditlogdialog.h"
#include "awaitcallback.h"
#include "bookingactioncontroller.h"
#include "bookingactionset.h"
#include "bookingcache.h"
#include "bookingchange.h"
#include "bookingfilterbar.h"
#include "bookingfilterproxy.h"
#include "bookingpatch.h"
#include "bookingtablemodel.h"
#include "bulkactiondialog.h"
#include "changeinbox.h"
#include "changeinboxmodel.h"
#include "clock.h"
#include "conflictdialog.h"
#include "daysheetdialog.h"
#include "dialogprompter.h"
#include "futurebookings.h"
#include "mainwindow.h"
#include "memorytokenstore.h"
#include "rescheduledialog.h"
#include "sessionmanager.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "syncedactions.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>

#include <algorithm>
#include <functional>

using Action = BookingActionController::Action;
using Result = ActionOutcome::Result;

namespace {

// A widget in words, for failure messages.
QString describe(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(nothing)");
    QString text = QString::fromLatin1(widget->metaObject()->className());
    QString name = widget->accessibleName();
    if (name.isEmpty()) {
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            name = button->text();
    }
    if (name.isEmpty())
        name = widget->objectName();
    if (!name.isEmpty())
        text += u" \"" + name + u'"';
    return text;
}

QString describe(const QList<QWidget *> &widgets)
{
    QStringList parts;
    for (const QWidget *widget : widgets)
        parts.append(describe(widget));
    return parts.join(QStringLiteral(" → "));
}

// What Tab should reach in `window`: every visible, enabled widget that takes focus by Tab
// (a widget passing its focus on to another is not one of them: the other one is).
QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() == window && widget->isVisibleTo(window) && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy())
            stops.append(widget);
    }
    return stops;
}

// The tab stop that has the keyboard focus (or contains it).
QWidget *focusedStop(const QList<QWidget *> &stops)
{
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        if (stops.contains(widget))
            return widget;
    }
    return QApplication::focusWidget();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QVERIFY2(target, "no widget to type into");
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "no widget to type into");
    QTest::keyClicks(target, text);
}

// Reading order: `a` comes before `b` when it is above it (no vertical overlap), or on the
// same line and to its left.
bool readsBefore(const QRect &a, const QRect &b)
{
    const int overlap = qMin(a.bottom(), b.bottom()) - qMax(a.top(), b.top());
    if (overlap <= 0)
        return a.top() < b.top();
    return a.left() < b.left();
}

QRect rectIn(const QWidget *widget, const QWidget *window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

// Tab (or Shift+Tab) from the focus until it is back there: the stops in the order reached.
// Tab walks the sections of a date or time field before it leaves it; such a field counts
// once. Empty when the focus never came back or reached a stop twice on the way.
QList<QWidget *> tabCircle(const QList<QWidget *> &stops, bool forward, QString *seen)
{
    QList<QWidget *> walk{focusedStop(stops)};
    for (int i = 0; i < 100; ++i) {
        if (forward)
            press(Qt::Key_Tab);
        else
            press(Qt::Key_Backtab, Qt::ShiftModifier);
        QWidget *now = focusedStop(stops);
        if (now == walk.constLast() && qobject_cast<QDateTimeEdit *>(now))
            continue; // the next section of the same field
        if (now == walk.constFirst()) {
            *seen = describe(walk);
            return walk;
        }
        const bool twice = walk.contains(now);
        walk.append(now);
        if (twice)
            break;
    }
    *seen = describe(walk);
    return {};
}

// Tab from where the focus is when `dialog` opens: every tab stop exactly once, in reading
// order (the walk may start anywhere in it and wraps around), then back to the start; and
// Shift+Tab walks the same circle backwards.
void checkTabOrder(QWidget *dialog)
{
    QTRY_VERIFY(dialog->isActiveWindow());
    QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
    const QList<QWidget *> stops = tabStops(dialog);
    QVERIFY2(!stops.isEmpty(), qPrintable(describe(dialog)));
    QString seen;
    const QList<QWidget *> walk = tabCircle(stops, true, &seen);
    seen = describe(dialog) + u": " + seen;
    QVERIFY2(!walk.isEmpty(), qPrintable(u"no circle of distinct stops: " + seen));
    for (QWidget *stop : stops)
        QVERIFY2(walk.contains(stop),
                 qPrintable(u"never reached " + describe(stop) + u": " + seen));
    QVERIFY2(walk.size() == stops.size(), qPrintable(u"reached more than the stops: " + seen));

    // In reading order from one of its stops on.
    bool ordered = false;
    for (int start = 0; start < walk.size() && !ordered; ++start) {
        ordered = true;
        for (int i = 0; i < walk.size() && ordered; ++i) {
            for (int j = i + 1; j < walk.size() && ordered; ++j) {
                const QWidget *earlier = walk.at((start + i) % walk.size());
                const QWidget *later = walk.at((start + j) % walk.size());
                ordered = !readsBefore(rectIn(later, dialog), rectIn(earlier, dialog));
            }
        }
    }
    QVERIFY2(ordered, qPrintable(u"not in reading order: " + seen));

    // Backwards: the same circle the other way round.
    QString back;
    QList<QWidget *> backwards = tabCircle(stops, false, &back);
    QVERIFY2(!backwards.isEmpty(), qPrintable(u"Shift+Tab: " + back));
    std::reverse(backwards.begin() + 1, backwards.end());
    QVERIFY2(backwards == walk, qPrintable(u"Shift+Tab: " + back + u" Tab: " + seen));
}

QPushButton *defaultButton(QWidget *dialog)
{
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->isDefault())
            return button;
    }
    return nullptr;
}

// Tab until `wanted` has the focus; false when a whole circle did not reach it.
bool tabTo(QWidget *wanted, int limit = 40)
{
    for (int i = 0; i < limit; ++i) {
        if (QApplication::focusWidget() == wanted ||
            (wanted && wanted->isAncestorOf(QApplication::focusWidget())))
            return true;
        QWidget *target = QApplication::focusWidget();
        if (!target)
            return false;
        QTest::keyClick(target, Qt::Key_Tab);
    }
    return false;
}

// Runs `script` once a new modal dialog (optionally one named `objectName`) is open and has
// the focus: exec() blocks the test until the script closes it. A failed script closes the
// dialog, so that the test ends instead of waiting for it.
class ModalScript : public QObject
{
public:
    ModalScript(std::function<void(QWidget *)> script, QString objectName = {},
                const char *className = nullptr)
        : m_script(std::move(script))
        , m_name(std::move(objectName))
        , m_class(className)
        , m_before(QApplication::activeModalWidget())
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &ModalScript::poll);
        m_timer.start();
        m_waited.start();
    }
    bool ran() const { return m_ran; }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (m_waited.hasExpired(20000)) {
            m_timer.stop();
            QTest::qFail("no modal dialog came", __FILE__, __LINE__);
            return;
        }
        if (!modal || modal == m_before || !modal->isActiveWindow() ||
            !QApplication::focusWidget() || !modal->isAncestorOf(QApplication::focusWidget()))
            return;
        if (!m_name.isEmpty() && modal->objectName() != m_name)
            return;
        if (m_class && !modal->inherits(m_class))
            return;
        m_timer.stop();
        m_ran = true;
        QPointer<QWidget> guard(modal);
        m_script(modal);
        if (QTest::currentTestFailed() && guard && guard->isVisible()) {
            if (auto *dialog = qobject_cast<QDialog *>(guard.data()))
                dialog->reject();
        }
    }

    std::function<void(QWidget *)> m_script;
    QString m_name;
    const char *m_class;
    QPointer<QWidget> m_before;
    QTimer m_timer;
    QElapsedTimer m_waited;
    bool m_ran = false;
};

QJsonObject leadSpec(const QString &name)
{
    return QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("phone"), QStringLiteral("+49 151 2345678")},
                       {QStringLiteral("email"), QStringLiteral("kim@example.org")},
                       {QStringLiteral("channel"), QStringLiteral("voice")}};
}

} // namespace

// Issue 20, "Keyboard-complete": every dialog's Tab order and default button, and the
// desk's tasks done with keys alone in the main window against the dev server.
class TestDialogKeyboard : public QObject
{
    Q_OBJECT

private:
    SyncedActions m_fx;
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;
    const QTimeZone m_zone{"Europe/Berlin"};
    int m_names = 0;

    // A booking of a customer nobody else is called, from `start` for `minutes`.
    std::optional<Booking> makeBooking(const QString &name, const QDateTime &start,
                                       int minutes = 30)
    {
        QJsonObject spec = FutureBookings::spec(start, minutes);
        spec.insert(QStringLiteral("lead"), leadSpec(name));
        return m_fx.makeBooking(spec);
    }
    QString uniqueName(const QString &first)
    {
        return QStringLiteral("%1 Tastatur%2").arg(first).arg(++m_names);
    }

    std::optional<Booking> serverBooking(const QString &id)
    {
        const auto answer = awaitCallback<ApiResult<Booking>>(
            [&](QObject *context, auto done) { m_fx.client->getBooking(id, context, done); });
        if (!answer || !answer->ok())
            return std::nullopt;
        return answer->value();
    }

    bool moveOnServer(const QString &id, const QDateTime &start)
    {
        BookingPatch patch;
        patch.startTime = start;
        patch.endTime = start.addSecs(30 * 60);
        patch.status = BookingStatus::Rescheduled;
        const auto answer = awaitCallback<ApiResult<Booking>>([&](QObject *context, auto done) {
            m_fx.client->updateBooking(id, patch, context, done);
        });
        return answer && answer->ok();
    }

    // The main window over the synced cache, with the real dialogs, shown and active.
    struct Desk
    {
        BookingTableModel model;
        MainWindow window;
        BookingActionController *controller;

        Desk(SyncedActions &fx)
            : model(fx.cache.get())
            , window((model.reload(), &model), fx.cache.get(), fx.actions.get())
            , controller(new BookingActionController(fx.client.get(), fx.actions.get(),
                                                     fx.cache.get(), &window))
        {
            window.setActionController(controller);
            window.resize(1280, 900);
            window.show();
            window.activateWindow();
        }
    };

    // The window has the keyboard again once a dialog closed. The offscreen platform has no
    // window manager to give it back, so the test does what one would.
    static void backToWindow(Desk &desk)
    {
        QTRY_VERIFY(!QApplication::activeModalWidget());
        if (!desk.window.isActiveWindow())
            desk.window.activateWindow();
        QTRY_VERIFY(desk.window.isActiveWindow());
        QTRY_VERIFY(QApplication::focusWidget() &&
                    desk.window.isAncestorOf(QApplication::focusWidget()));
    }

    // Find a customer: Ctrl+F, their name, Down to the list with their booking current.
    void findCustomer(Desk &desk, const QString &name, const QString &id)
    {
        backToWindow(desk);
        if (QTest::currentTestFailed())
            return;
        press(Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(desk.window.filterBar()->searchField()));
        type(name);
        // The search may wait a moment before it filters: until then the last one's row shows.
        QTRY_VERIFY(desk.window.proxy()->rowCount() == 1 &&
                    desk.window.proxy()->index(0, 0).data(BookingTableModel::BookingIdRole) == id);
        press(Qt::Key_Down);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(desk.window.tableView()));
        QCOMPARE(desk.window.tableView()->currentIndex().data(BookingTableModel::BookingIdRole),
                 QVariant(id));
    }

    // Answers the status question (a QMessageBox whose default keeps the booking as it is):
    // Tab to the button that changes it, then Space.
    static void confirmByKeyboard(QWidget *box)
    {
        QPushButton *keep = defaultButton(box);
        QVERIFY2(keep, "the question has no default button");
        QPushButton *yes = nullptr;
        for (QPushButton *button : box->findChildren<QPushButton *>()) {
            if (button != keep && button->isVisible())
                yes = button;
        }
        QVERIFY(yes);
        QVERIFY2(tabTo(yes), qPrintable(describe(yes)));
        press(Qt::Key_Space);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("EmpfioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("FrontdeskDialogKeyboardTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_files.isValid());
        QString error;
        QVERIFY2(m_fx.startServer(40, &error), qPrintable(error));
    }

    void init()
    {
        QSettings().clear();
        AppSettings settings;
        settings.displayZone = QStringLiteral("Europe/Berlin");
        QSettings store;
        settings.save(store);
        QString error;
        QVERIFY2(m_fx.prepare(QStringLiteral("desk@example.org"), &error), qPrintable(error));
    }

    void cleanup()
    {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
        m_fx.reset();
    }

    // 1. The Tab order of every dialog, and its default button.
    void rescheduleDialogTabOrder()
    {
        const std::optional<Booking> booking =
            makeBooking(uniqueName(QStringLiteral("Rita")), FutureBookings::nextStart());
        QVERIFY(booking);
        RescheduleDialog dialog(m_fx.client.get(), *booking, m_zone);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.slotCount() > 0, 20000);
        checkTabOrder(&dialog);
        if (QTest::currentTestFailed())
            return;
        QPushButton *ok = dialog.findChild<QPushButton *>(QStringLiteral("rescheduleButton"));
        QVERIFY(ok);
        QVERIFY(ok->isDefault());
        // It opens on the slots, where the choice is made.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog.slotTree()));
        // With a custom time its fields join in, in their places.
        QCheckBox *custom = nullptr;
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            custom = box;
        QVERIFY(custom);
        QVERIFY(tabTo(custom));
        press(Qt::Key_Space);
        QVERIFY(custom->isChecked());
        checkTabOrder(&dialog);
    }

    void cancelDialogTabOrderAndKeepByEnter()
    {
        DialogPrompter prompter(nullptr);
        QWidget parent;
        parent.resize(600, 400);
        parent.show();
        ModalScript script(
            [](QWidget *dialog) {
                QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("cancelReason"));
                checkTabOrder(dialog);
                QPushButton *keep = defaultButton(dialog);
                QVERIFY(keep);
                QCOMPARE(keep->text(), DialogPrompter::tr("Keep booking"));
                // Enter keeps the booking: cancelling takes a deliberate key.
                press(Qt::Key_Return);
            },
            QStringLiteral("cancelBookingDialog"));
        QVERIFY(!prompter.confirmCancel(&parent, QStringLiteral("Cancel the booking?")));
        QVERIFY(script.ran());
    }

    void settingsDialogTabOrder()
    {
        SettingsDialog dialog(AppSettings{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTabBar *tabs = dialog.findChild<QTabBar *>();
        QVERIFY(tabs);
        // Each page in turn: its stops between the tabs and the buttons.
        for (int page = 0; page < tabs->count(); ++page) {
            QVERIFY(tabTo(tabs));
            while (tabs->currentIndex() != page)
                press(Qt::Key_Right);
            checkTabOrder(&dialog);
            if (QTest::currentTestFailed())
                return;
        }
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isDefault());
    }

    void signInDialogTabOrderAndEnter()
    {
        ApiClient client;
        MemoryTokenStore tokens;
        SessionManager session(&client, &tokens);
        SignInDialog dialog(&session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        checkTabOrder(&dialog);
        if (QTest::currentTestFailed())
            return;
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isDefault());
        // Server, e-mail and password in turn, Enter signs in.
        QLineEdit *server = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == SignInDialog::tr("Server address"))
                server = edit;
        }
        QVERIFY(server);
        QVERIFY(tabTo(server));
        press(Qt::Key_A, Qt::ControlModifier);
        type(m_fx.server.baseUrl().toString());
        press(Qt::Key_Tab);
        type(m_fx.server.email());
        press(Qt::Key_Tab);
        type(m_fx.server.password());
        QSignalSpy signedIn(&session, &SessionManager::signedIn);
        press(Qt::Key_Return);
        QVERIFY(signedIn.wait(10000));
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void conflictDialogTabOrderAndDiscardByEnter()
    {
        const std::optional<Booking> seen =
            makeBooking(uniqueName(QStringLiteral("Conrad")), FutureBookings::nextStart());
        QVERIFY(seen);
        Booking server = *seen;
        server.startTime = seen->startTime.addDays(1);
        server.endTime = seen->endTime.addDays(1);
        ConflictDialog dialog(*seen, server, QStringLiteral("The server moved this booking."),
                              QStringLiteral("Cancel"), m_zone);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        checkTabOrder(&dialog);
        if (QTest::currentTestFailed())
            return;
        QPushButton *discard = dialog.findChild<QPushButton *>(QStringLiteral("discard"));
        QVERIFY(discard);
        QCOMPARE(defaultButton(&dialog), discard);
        // Enter never applies a change over someone else's.
        press(Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void bulkActionDialogTabOrder_data()
    {
        QTest::addColumn<int>("action");
        QTest::newRow("cancel") << int(Action::Cancel);
        QTest::newRow("no-show") << int(Action::NoShow);
    }

    void bulkActionDialogTabOrder()
    {
        QFETCH(int, action);
        QList<Booking> bookings;
        for (int i = 0; i < 2; ++i) {
            const std::optional<Booking> booking =
                makeBooking(uniqueName(QStringLiteral("Berta")), FutureBookings::nextStart());
            QVERIFY(booking);
            bookings.append(*booking);
        }
        BulkActionDialog dialog(m_fx.actions.get(), Action(action), bookings, m_zone);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        checkTabOrder(&dialog);
        if (QTest::currentTestFailed())
            return;
        // Enter closes without sending: sending takes its own button.
        QPushButton *byDefault = defaultButton(&dialog);
        QVERIFY(byDefault);
        QCOMPARE(dialog.findChild<QDialogButtonBox *>()->buttonRole(byDefault),
                 QDialogButtonBox::RejectRole);
        press(Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(m_fx.requests("PATCH") + m_fx.requests("DELETE"), 0);
    }

    void daySheetDialogTabOrderAndEnter()
    {
        DaySheetDialog dialog(DaySheetDialog::Purpose::Pdf, Clock::today(m_zone));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        checkTabOrder(&dialog);
        if (QTest::currentTestFailed())
            return;
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isDefault());
        press(Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void auditLogDialogTabOrder()
    {
        QString error;
        AuditEntry entry;
        entry.at = Clock::now();
        entry.actor = QStringLiteral("desk@example.org");
        entry.bookingId = QStringLiteral("b-1");
        entry.action = QStringLiteral("cancel");
        entry.result = QStringLiteral("applied");
        QVERIFY(m_fx.cache->appendAudit(entry, &error));
        AuditLogDialog dialog(m_fx.cache.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        checkTabOrder(&dialog);
        if (QTest::currentTestFailed())
            return;
        QPushButton *byDefault = defaultButton(&dialog);
        QVERIFY(byDefault);
        QCOMPARE(dialog.findChild<QDialogButtonBox *>()->buttonRole(byDefault),
                 QDialogButtonBox::RejectRole);
        press(Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
    }

    // 2. Reschedule through the slot list: Ctrl+Shift+R, Down to a slot, Enter.
    void rescheduleThroughTheSlotList()
    {
        const QString name = uniqueName(QStringLiteral("Rolf"));
        const std::optional<Booking> booking = makeBooking(name, FutureBookings::nextStart());
        QVERIFY(booking);
        Desk desk(m_fx);
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        findCustomer(desk, name, booking->id);
        if (QTest::currentTestFailed())
            return;

        std::optional<ActionPrompter::NewTime> chosen;
        ModalScript script(
            [&chosen](QWidget *modal) {
                auto *dialog = qobject_cast<RescheduleDialog *>(modal);
                QVERIFY(dialog);
                QTRY_VERIFY_WITH_TIMEOUT(dialog->slotCount() > 0, 20000);
                QVERIFY(tabTo(dialog->slotTree()));
                for (int i = 0; i < 10 && !dialog->chosen(); ++i)
                    press(Qt::Key_Down);
                press(Qt::Key_Down); // and one more: any offered slot will do
                if (!dialog->chosen())
                    press(Qt::Key_Up);
                chosen = dialog->chosen();
                QVERIFY(chosen);
                press(Qt::Key_Return);
            },
            QStringLiteral("rescheduleDialog"));
        QSignalSpy finished(desk.controller, &BookingActionController::finished);
        press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(waitForResult(finished, booking->id), int(Result::Applied));
        QVERIFY(script.ran());
        QVERIFY(chosen);
        QCOMPARE(m_fx.requests("PATCH"), 1);
        const std::optional<Booking> onServer = serverBooking(booking->id);
        QVERIFY(onServer);
        QCOMPARE(onServer->startTime, chosen->start);
        QCOMPARE(onServer->status, BookingStatus::Rescheduled);
    }

    // 3. No-show, completed and arrived by their shortcuts, each at a time the rules allow
    // it (models/bookingrules: no-show once started, completed once ended, arrived from two
    // hours before the start to its end).
    void markNoShowCompletedAndArrived()
    {
        const QDateTime now = Clock::now();
        struct Case
        {
            QString name;
            QDateTime start;
            Qt::Key key;
            bool asks;
            std::optional<Booking> booking;
        };
        QList<Case> cases = {
            {uniqueName(QStringLiteral("Nina")), now.addSecs(-10 * 60), Qt::Key_N, true, {}},
            {uniqueName(QStringLiteral("Carl")), now.addSecs(-3 * 3600), Qt::Key_C, true, {}},
            {uniqueName(QStringLiteral("Anton")), now.addSecs(30 * 60), Qt::Key_I, false, {}},
        };
        for (Case &c : cases) {
            c.booking = makeBooking(c.name, c.start);
            QVERIFY(c.booking);
        }
        Desk desk(m_fx);
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        for (const Case &c : std::as_const(cases)) {
            findCustomer(desk, c.name, c.booking->id);
            if (QTest::currentTestFailed())
                return;
            QSignalSpy finished(desk.controller, &BookingActionController::finished);
            std::unique_ptr<ModalScript> script;
            if (c.asks)
                script = std::make_unique<ModalScript>(confirmByKeyboard, QString(), "QMessageBox");
            press(c.key, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(waitForResult(finished, c.booking->id), int(Result::Applied));
            if (script)
                QVERIFY(script->ran());
        }
        QCOMPARE(m_fx.cache->booking(cases.at(0).booking->id)->status, BookingStatus::NoShow);
        QCOMPARE(m_fx.cache->booking(cases.at(1).booking->id)->status, BookingStatus::Completed);
        QVERIFY(Arrival::of(*m_fx.cache->booking(cases.at(2).booking->id)));
        QCOMPARE(serverBooking(cases.at(0).booking->id)->status, BookingStatus::NoShow);
        QCOMPARE(serverBooking(cases.at(1).booking->id)->status, BookingStatus::Completed);
        QVERIFY(Arrival::of(*serverBooking(cases.at(2).booking->id)));
        QCOMPARE(m_fx.requests("PATCH"), 3);
    }

    // 4. Cancel with a reason: Del, type the reason, Tab to "Cancel booking", Space.
    void cancelWithAReason()
    {
        const QString name = uniqueName(QStringLiteral("Clara"));
        const std::optional<Booking> booking = makeBooking(name, FutureBookings::nextStart());
        QVERIFY(booking);
        Desk desk(m_fx);
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        findCustomer(desk, name, booking->id);
        if (QTest::currentTestFailed())
            return;
        const QString reason = QStringLiteral("Practitioner ill, surgery closed");
        ModalScript script(
            [&reason](QWidget *dialog) {
                QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("cancelReason"));
                type(reason);
                QPushButton *yes = nullptr;
                for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
                    if (button->text() == DialogPrompter::tr("Cancel booking"))
                        yes = button;
                }
                QVERIFY(yes);
                QVERIFY(tabTo(yes));
                press(Qt::Key_Space);
            },
            QStringLiteral("cancelBookingDialog"));
        QSignalSpy finished(desk.controller, &BookingActionController::finished);
        press(Qt::Key_Delete);
        QCOMPARE(waitForResult(finished, booking->id), int(Result::Applied));
        QVERIFY(script.ran());
        const std::optional<Booking> onServer = serverBooking(booking->id);
        QVERIFY(onServer);
        QCOMPARE(onServer->status, BookingStatus::Cancelled);
        QCOMPARE(onServer->metadata.value(QLatin1String("cancellation_reason")).toString(), reason);
    }

    // 5a. A conflict met while acting: the ConflictDialog, answered by keyboard.
    void resolveAConflictInTheDialog()
    {
        const QString name = uniqueName(QStringLiteral("Konrad"));
        const std::optional<Booking> booking = makeBooking(name, FutureBookings::nextStart());
        QVERIFY(booking);
        Desk desk(m_fx);
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        findCustomer(desk, name, booking->id);
        if (QTest::currentTestFailed())
            return;
        // Another desk moves it meanwhile; this desk has not synced since.
        const QDateTime theirs = booking->startTime.addDays(2);
        QVERIFY(moveOnServer(booking->id, theirs));

        ModalScript cancel(
            [](QWidget *dialog) {
                type(QStringLiteral("Kundin verreist"));
                QPushButton *yes = nullptr;
                for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
                    if (button->text() == DialogPrompter::tr("Cancel booking"))
                        yes = button;
                }
                QVERIFY(yes);
                QVERIFY(tabTo(yes));
                press(Qt::Key_Space);
            },
            QStringLiteral("cancelBookingDialog"));
        ModalScript conflict(
            [](QWidget *dialog) {
                // Both versions are shown; Tab to "Apply my change anyway", Space.
                auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyAnyway"));
                QVERIFY(apply);
                QVERIFY(tabTo(apply));
                press(Qt::Key_Space);
            },
            QStringLiteral("conflictDialog"));
        QSignalSpy finished(desk.controller, &BookingActionController::finished);
        press(Qt::Key_Delete);
        QCOMPARE(waitForResult(finished, booking->id), int(Result::Applied));
        QVERIFY(cancel.ran());
        QVERIFY(conflict.ran());
        const std::optional<Booking> onServer = serverBooking(booking->id);
        QVERIFY(onServer);
        QCOMPARE(onServer->status, BookingStatus::Cancelled);
        QVERIFY(m_fx.cache->outbox().isEmpty());
    }

    // 5b. A conflict in the change inbox: Ctrl+5, Tab into the inbox, the conflict, Tab to
    // "Keep mine", Space.
    void resolveAConflictInTheInbox()
    {
        const std::optional<Booking> booking =
            makeBooking(uniqueName(QStringLiteral("Ines")), FutureBookings::nextStart());
        QVERIFY(booking);
        const QDateTime mine = booking->startTime.addDays(1).addSecs(3600);
        const QDateTime theirs = booking->startTime.addDays(2);
        // The desk moves it while the server cannot be reached: queued.
        const QUrl url = m_fx.client->baseUrl();
        m_fx.client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        const auto queued = awaitCallback<ActionOutcome>([&](QObject *context, auto done) {
            m_fx.actions->apply(*booking, BookingChange::reschedule(mine, mine.addSecs(30 * 60)),
                                context, done);
        });
        m_fx.client->setBaseUrl(url);
        QVERIFY(queued && queued->result == Result::Queued);
        // Someone else moves it; the replay meets their change.
        QVERIFY(moveOnServer(booking->id, theirs));
        const auto replay = awaitCallback<ReplayReport>(
            [&](QObject *context, auto done) { m_fx.actions->replayOutbox(context, done); });
        QVERIFY(replay && replay->conflicts == 1);

        Desk desk(m_fx);
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        ChangeInbox *inbox = desk.window.changeInbox();
        QTRY_COMPARE(inbox->model()->count(ChangeInboxModel::State::Conflict), 1);
        backToWindow(desk);
        press(Qt::Key_1, Qt::ControlModifier); // from the list
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(desk.window.tableView()));
        press(Qt::Key_5, Qt::ControlModifier);
        QTRY_VERIFY(inbox->isVisible());
        // Ctrl+5 puts the keyboard in the inbox, on the conflict.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(inbox->view()));
        QCOMPARE(inbox->currentEntry(), queued->outboxId);
        QVERIFY(inbox->keepMineButton()->isVisible());
        QVERIFY(tabTo(inbox->keepMineButton()));
        press(Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(inbox->model()->count(), 0, 20000);
        const std::optional<Booking> onServer = serverBooking(booking->id);
        QVERIFY(onServer);
        QCOMPARE(onServer->startTime, mine);
    }

    // 6. Export: Ctrl+E, the file name typed into the file dialog, Enter; and the day sheet
    // as a PDF: Ctrl+Shift+P, Enter for the day, the file name, Enter.
    void exportByKeyboard()
    {
        const QString name = uniqueName(QStringLiteral("Emil"));
        const std::optional<Booking> booking = makeBooking(name, FutureBookings::nextStart());
        QVERIFY(booking);
        Desk desk(m_fx);
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        findCustomer(desk, name, booking->id);
        if (QTest::currentTestFailed())
            return;
        const QString csv = m_files.filePath(QStringLiteral("list-%1.csv").arg(m_names));
        const auto saveAs = [](const QString &path) {
            return [path](QWidget *dialog) {
                QVERIFY(qobject_cast<QFileDialog *>(dialog));
                QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
                press(Qt::Key_A, Qt::ControlModifier);
                type(path);
                press(Qt::Key_Return);
            };
        };
        {
            ModalScript script(saveAs(csv), QString(), "QFileDialog");
            press(Qt::Key_E, Qt::ControlModifier);
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(csv), 10000);
            QVERIFY(script.ran());
        }
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(name), qPrintable(text));

        const QString pdf = m_files.filePath(QStringLiteral("day-%1.pdf").arg(m_names));
        backToWindow(desk);
        ModalScript fileName(saveAs(pdf), QString(), "QFileDialog");
        ModalScript day(
            [](QWidget *dialog) {
                QVERIFY(qobject_cast<DaySheetDialog *>(dialog));
                press(Qt::Key_Return); // the selected booking's day
            },
            QString(), "DaySheetDialog");
        press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pdf), 20000);
        QVERIFY(day.ran());
        QVERIFY(fileName.ran());
        QFile sheet(pdf);
        QVERIFY(sheet.open(QIODevice::ReadOnly));
        QVERIFY(sheet.read(5).startsWith("%PDF"));
    }

    // 7. Change a setting: Ctrl+, opens the settings, Tab to the refresh interval, Up, and
    // on the Notifications page Space on a box; Enter saves.
    void changeASetting()
    {
        Desk desk(m_fx);
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        const AppSettings before = desk.window.appSettings();
        press(Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(qobject_cast<SettingsDialog *>(QApplication::activeWindow()));
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeWindow());
        QTRY_VERIFY(QApplication::focusWidget() &&
                    dialog->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(tabTo(dialog->refreshSpin()));
        press(Qt::Key_Up);
        QCOMPARE(dialog->refreshSpin()->value(), before.refreshSeconds + 15);

        QTabBar *tabs = dialog->findChild<QTabBar *>();
        QVERIFY(tabTo(tabs));
        while (tabs->tabText(tabs->currentIndex()) != SettingsDialog::tr("&Notifications"))
            press(Qt::Key_Right);
        QCheckBox *late = nullptr;
        for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
            if (box->text() == SettingsDialog::tr("Late c&ustomers"))
                late = box;
        }
        QVERIFY(late);
        QVERIFY(tabTo(late));
        press(Qt::Key_Space);
        QCOMPARE(late->isChecked(), !before.notifyLate);
        QSignalSpy changed(&desk.window, &MainWindow::settingsChanged);
        press(Qt::Key_Return);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(desk.window.appSettings().refreshSeconds, before.refreshSeconds + 15);
        QCOMPARE(desk.window.appSettings().notifyLate, !before.notifyLate);
        QSettings settings;
        const AppSettings saved = AppSettings::load(settings);
        QCOMPARE(saved.refreshSeconds, before.refreshSeconds + 15);
        QCOMPARE(saved.notifyLate, !before.notifyLate);
    }
};

QTEST_MAIN(TestDialogKeyboard)
#include "tst_dialogkeyboard.moc"
