#include "desktopnotifier.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

#ifdef FRONTDESK_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

// DesktopNotifier against a notification server of the test's own on the session bus
// (tools/with-test-session gives the suite a private one): what it sends, and a click on a
// notification selecting its booking.

#ifdef FRONTDESK_HAVE_DBUS

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

// org.freedesktop.Notifications as the Desktop Notifications Specification 1.2 has it,
// recording what it is asked.
class MockNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
    };

    QList<Call> calls;
    QStringList capabilities{QStringLiteral("actions"), QStringLiteral("body")};
    int capabilityQueries = 0;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout)
    {
        calls.append({appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
        return uint(1000 + calls.size());
    }

    QStringList GetCapabilities()
    {
        ++capabilityQueries;
        return capabilities;
    }

    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("Frontdesk tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("mock");
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};

DeskNotification notification(const QString &title, const QStringList &ids,
                              DeskNotification::Kind kind = DeskNotification::Kind::NewBooking)
{
    DeskNotification result;
    result.kind = kind;
    result.title = title;
    result.body = QStringLiteral("Anna Berg (Wash & Cut), 20/03/2026 10:00");
    result.bookingIds = ids;
    return result;
}

} // namespace

#endif

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

#ifdef FRONTDESK_HAVE_DBUS
private:
    std::unique_ptr<MockNotificationServer> m_server;
    bool m_registered = false;
    QString m_busProblem; // why the D-Bus tests cannot run here

    bool registerServer()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        m_server = std::make_unique<MockNotificationServer>();
        m_registered = bus.registerObject(kPath, m_server.get(),
                                          QDBusConnection::ExportAllSlots |
                                              QDBusConnection::ExportAllSignals) &&
                       bus.registerService(kService);
        return m_registered;
    }

    void unregisterServer()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterService(kService);
        bus.unregisterObject(kPath);
        m_registered = false;
    }

    // The id the mock gave the last notification.
    uint lastId() const
    {
        return uint(1000 + m_server->calls.size());
    }
#endif

// Each D-Bus test starts with its own mock server, or is skipped saying why it cannot run.
#define START_MOCK_SERVER()                                                                        \
    do {                                                                                           \
        if (!m_busProblem.isEmpty())                                                               \
            QSKIP(qPrintable(m_busProblem));                                                       \
        QVERIFY(registerServer());                                                                 \
    } while (false)

private Q_SLOTS:
#ifdef FRONTDESK_HAVE_DBUS
    void initTestCase()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            m_busProblem = QStringLiteral("No D-Bus session bus (run the tests under "
                                          "tools/with-test-session)");
        else if (QDBusConnection::sessionBus().interface()->isServiceRegistered(kService))
            m_busProblem = QStringLiteral("A real notification server owns "
                                          "org.freedesktop.Notifications on this bus (run the "
                                          "tests under tools/with-test-session)");
    }

    void cleanup()
    {
        if (m_registered)
            unregisterServer();
        m_server.reset();
    }

    void sendsThroughTheNotificationServer()
    {
        START_MOCK_SERVER();
        QGuiApplication::setDesktopFileName(QStringLiteral("com.empfio.Frontdesk"));
        DesktopNotifier notifier;
        QCOMPARE(notifier.channel(), DesktopNotifier::Channel::DBus);
        notifier.show({notification(QStringLiteral("New booking"), {QStringLiteral("b-1")}),
                       notification(QStringLiteral("Booking moved"), {QStringLiteral("b-2")},
                                    DeskNotification::Kind::ChangedElsewhere)});
        QTRY_COMPARE(m_server->calls.size(), 2);
        QCOMPARE(m_server->capabilityQueries, 1);
        const MockNotificationServer::Call &call = m_server->calls.first();
        QCOMPARE(call.appName, QStringLiteral("Frontdesk"));
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.appIcon, QStringLiteral("com.empfio.Frontdesk"));
        QCOMPARE(call.summary, QStringLiteral("New booking"));
        // The server shows plain text (no "body-markup"): the body goes as it is.
        QCOMPARE(call.body, QStringLiteral("Anna Berg (Wash & Cut), 20/03/2026 10:00"));
        QCOMPARE(call.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Show")}));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("com.empfio.Frontdesk"));
        QCOMPARE(call.expireTimeout, -1);
        QCOMPARE(m_server->calls.at(1).summary, QStringLiteral("Booking moved"));

        // Asked once per notifier, not per notification.
        notifier.show({notification(QStringLiteral("Third"), {QStringLiteral("b-3")})});
        QTRY_COMPARE(m_server->calls.size(), 3);
        QCOMPARE(m_server->capabilityQueries, 1);
    }

    void markupIsEscapedWhereTheServerReadsIt()
    {
        START_MOCK_SERVER();
        m_server->capabilities.append(QStringLiteral("body-markup"));
        DesktopNotifier notifier;
        notifier.show({notification(QStringLiteral("New booking"), {QStringLiteral("b-1")})});
        QTRY_COMPARE(m_server->calls.size(), 1);
        QCOMPARE(m_server->calls.first().body,
                 QStringLiteral("Anna Berg (Wash &amp; Cut), 20/03/2026 10:00"));
    }

    void aClickSelectsTheBooking()
    {
        START_MOCK_SERVER();
        DesktopNotifier notifier;
        QSignalSpy activated(&notifier, &DesktopNotifier::bookingActivated);
        QSignalSpy raised(&notifier, &DesktopNotifier::raiseRequested);
        notifier.show({notification(QStringLiteral("New booking"), {QStringLiteral("b-1")})});
        QTRY_COMPARE(m_server->calls.size(), 1);
        const uint first = lastId();
        notifier.show({notification(QStringLiteral("7 new bookings"),
                                    {QStringLiteral("s-1"), QStringLiteral("s-2")},
                                    DeskNotification::Kind::Summary)});
        QTRY_COMPARE(m_server->calls.size(), 2);
        const uint summary = lastId();

        // Another application's notification, and an action that is not the default one,
        // come first: only the click on this notifier's own notification counts.
        Q_EMIT m_server->ActionInvoked(4242, QStringLiteral("default"));
        Q_EMIT m_server->ActionInvoked(first, QStringLiteral("other"));
        Q_EMIT m_server->ActionInvoked(first, QStringLiteral("default"));
        QVERIFY(activated.wait());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("b-1"));
        QVERIFY(raised.count() >= 1);

        // A summary selects its first booking.
        Q_EMIT m_server->ActionInvoked(summary, QStringLiteral("default"));
        QVERIFY(activated.wait());
        QCOMPARE(activated.last().at(0).toString(), QStringLiteral("s-1"));

        // Closed, it is forgotten: a late click on it is no longer this notifier's.
        Q_EMIT m_server->NotificationClosed(first, 2);
        Q_EMIT m_server->ActionInvoked(first, QStringLiteral("default"));
        Q_EMIT m_server->ActionInvoked(summary, QStringLiteral("default"));
        QVERIFY(activated.wait());
        QCOMPARE(activated.count(), 3);
        QCOMPARE(activated.last().at(0).toString(), QStringLiteral("s-1"));
    }

    void withoutAServerNothingIsSent()
    {
        START_MOCK_SERVER();
        unregisterServer();
        const QDBusReply<QStringList> activatable =
            QDBusConnection::sessionBus().interface()->activatableServiceNames();
        if (activatable.isValid() && activatable.value().contains(kService))
            QSKIP("The session bus can start a notification server of this machine");
        DesktopNotifier notifier;
        // Where the bus cannot start one either, the tray is next (there is none offscreen).
        QVERIFY(notifier.channel() != DesktopNotifier::Channel::DBus);
        notifier.show({notification(QStringLiteral("New booking"), {QStringLiteral("b-1")})});
        QVERIFY(registerServer());
        QCOMPARE(notifier.channel(), DesktopNotifier::Channel::DBus);
        notifier.show({notification(QStringLiteral("Later"), {QStringLiteral("b-2")})});
        QTRY_COMPARE(m_server->calls.size(), 1);
        QCOMPARE(m_server->calls.first().summary, QStringLiteral("Later"));
    }
#endif

    void trayToolTipShowsTodaysCounts()
    {
        DesktopNotifier notifier;
        notifier.setCounts(3, 1);
        QVERIFY2(notifier.toolTip().contains(QStringLiteral("3 waiting")),
                 qPrintable(notifier.toolTip()));
        QVERIFY2(notifier.toolTip().contains(QStringLiteral("1 late")),
                 qPrintable(notifier.toolTip()));
        // The offscreen platform has no tray; a desktop that has one shows the same text.
        if (notifier.trayIcon())
            QCOMPARE(notifier.trayIcon()->toolTip(), notifier.toolTip());
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
