#pragma once

// What tst_dialogtaborder and tst_keyboardtasks share (issue 20, "Keyboard-complete"): keys
// pressed and typed, Tab walks and their checks, modal dialogs scripted while exec() runs,
// and a desk (main window, real dialogs, dev server) to drive by keyboard alone.
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
#include "deskserver.h"
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

namespace KeyboardDriver {
// A widget in words, for failure messages.
inline QString describe(const QWidget *widget)
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

inline QString describe(const QList<QWidget *> &widgets)
{
    QStringList parts;
    for (const QWidget *widget : widgets)
        parts.append(describe(widget));
    return parts.join(QStringLiteral(" → "));
}

// What Tab should reach in `window`: every visible, enabled widget that takes focus by Tab
// (a widget passing its focus on to another is not one of them: the other one is).
inline QList<QWidget *> tabStops(QWidget *window)
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
inline QWidget *focusedStop(const QList<QWidget *> &stops)
{
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        if (stops.contains(widget))
            return widget;
    }
    return QApplication::focusWidget();
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QVERIFY2(target, "no widget to type into");
    QTest::keyClick(target, key, modifiers);
}

inline void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "no widget to type into");
    QTest::keyClicks(target, text);
}

// Reading order: `a` comes before `b` when it is above it (no vertical overlap), or on the
// same line and to its left.
inline bool readsBefore(const QRect &a, const QRect &b)
{
    const int overlap = qMin(a.bottom(), b.bottom()) - qMax(a.top(), b.top());
    if (overlap <= 0)
        return a.top() < b.top();
    return a.left() < b.left();
}

inline QRect rectIn(const QWidget *widget, const QWidget *window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

// Tab (or Shift+Tab) from the focus until it is back there: the stops in the order reached.
// Tab walks the sections of a date or time field before it leaves it; such a field counts
// once. Empty when the focus never came back or reached a stop twice on the way.
inline QList<QWidget *> tabCircle(const QList<QWidget *> &stops, bool forward, QString *seen)
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
inline void checkTabOrder(QWidget *dialog)
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

inline QPushButton *defaultButton(QWidget *dialog)
{
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->isDefault())
            return button;
    }
    return nullptr;
}

// The last child of `parent` of type T (a button, a box) whose text is `text`; null if none.
template<typename T> T *childWithText(QWidget *parent, const QString &text)
{
    T *found = nullptr;
    for (T *child : parent->findChildren<T *>()) {
        if (child->text() == text)
            found = child;
    }
    return found;
}

// Tab until `wanted` has the focus; false when a whole circle did not reach it.
inline bool tabTo(QWidget *wanted, int limit = 40)
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

inline QJsonObject leadSpec(const QString &name)
{
    return QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("phone"), QStringLiteral("+49 151 2345678")},
                       {QStringLiteral("email"), QStringLiteral("kim@example.org")},
                       {QStringLiteral("channel"), QStringLiteral("voice")}};
}

} // namespace KeyboardDriver

// The desk the tests drive: the synced cache of a dev server, bookings made as a test needs
// them, and the main window over them. A test class derives from it and calls startDesk(),
// prepareDesk() and cleanupDesk() from its initTestCase(), init() and cleanup().
class KeyboardDesk
{
protected:
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
        spec.insert(QStringLiteral("lead"), KeyboardDriver::leadSpec(name));
        return m_fx.makeBooking(spec);
    }
    QString uniqueName(const QString &first)
    {
        return QStringLiteral("%1 Tastatur%2").arg(first).arg(++m_names);
    }

    std::optional<Booking> serverBooking(const QString &id)
    {
        return DeskServer::booking(m_fx, id);
    }

    bool moveOnServer(const QString &id, const QDateTime &start)
    {
        return DeskServer::moveElsewhere(m_fx, id, start);
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
        KeyboardDriver::press(Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(desk.window.filterBar()->searchField()));
        KeyboardDriver::type(name);
        // The search may wait a moment before it filters: until then the last one's row shows.
        QTRY_VERIFY(desk.window.proxy()->rowCount() == 1 &&
                    desk.window.proxy()->index(0, 0).data(BookingTableModel::BookingIdRole) == id);
        KeyboardDriver::press(Qt::Key_Down);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(desk.window.tableView()));
        QCOMPARE(desk.window.tableView()->currentIndex().data(BookingTableModel::BookingIdRole),
                 QVariant(id));
    }

    // Answers the status question (a QMessageBox whose default keeps the booking as it is):
    // Tab to the button that changes it, then Space.
    static void confirmByKeyboard(QWidget *box)
    {
        QPushButton *keep = KeyboardDriver::defaultButton(box);
        QVERIFY2(keep, "the question has no default button");
        QPushButton *yes = nullptr;
        for (QPushButton *button : box->findChildren<QPushButton *>()) {
            if (button != keep && button->isVisible())
                yes = button;
        }
        QVERIFY(yes);
        QVERIFY2(KeyboardDriver::tabTo(yes), qPrintable(KeyboardDriver::describe(yes)));
        KeyboardDriver::press(Qt::Key_Space);
    }

public:
    void startDesk(const QString &applicationName)
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("EmpfioTest"));
        QCoreApplication::setApplicationName(applicationName);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_files.isValid());
        QString error;
        QVERIFY2(m_fx.startServer(40, &error), qPrintable(error));
    }

    void prepareDesk()
    {
        QSettings().clear();
        AppSettings settings;
        settings.displayZone = QStringLiteral("Europe/Berlin");
        QSettings store;
        settings.save(store);
        QString error;
        QVERIFY2(m_fx.prepare(QStringLiteral("desk@example.org"), &error), qPrintable(error));
    }

    void cleanupDesk()
    {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
        m_fx.reset();
    }
};
