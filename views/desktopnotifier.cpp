#include "desktopnotifier.h"

#ifdef FRONTDESK_HAVE_DBUS
#include "freedesktopnotifications.h"
#endif

#include <QAction>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMenu>
#include <QSystemTrayIcon>

Q_LOGGING_CATEGORY(lcNotifier, "frontdesk.views.notifications", QtInfoMsg)

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent)
{
#ifdef FRONTDESK_HAVE_DBUS
    m_freedesktop = new FreedesktopNotifications(this);
    connect(m_freedesktop, &FreedesktopNotifications::activated, this, &DesktopNotifier::activate);
    // A server that is registered but refuses (or crashed meanwhile): the tray still can.
    connect(m_freedesktop, &FreedesktopNotifications::failed, this,
            [this](const QString &title, const QString &body, const QString &bookingId) {
                showInTray(title, body, bookingId, false);
            });
#endif
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        // Some trays (GNOME's AppIndicator extension) open the menu on any click and never
        // report one: the menu's entry raises the window there.
        m_trayMenu = std::make_unique<QMenu>();
        QAction *raise = m_trayMenu->addAction(tr("Show Frontdesk"));
        connect(raise, &QAction::triggered, this, &DesktopNotifier::raiseRequested);
        m_tray->setContextMenu(m_trayMenu.get());
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        Q_EMIT raiseRequested();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { activate(m_trayBookingId); });
        m_tray->setToolTip(toolTip());
        setIcon(QGuiApplication::windowIcon());
    }
}

DesktopNotifier::~DesktopNotifier()
{
    // The menu goes after the icon that shows it.
    delete m_tray;
    m_tray = nullptr;
}

void DesktopNotifier::setIcon(const QIcon &icon)
{
    if (!m_tray)
        return;
    m_tray->setIcon(icon);
    // An icon without a picture would be an empty spot in the tray (and a Qt warning).
    m_tray->setVisible(!icon.isNull());
}

void DesktopNotifier::setCounts(int waiting, int late)
{
    m_waiting = waiting;
    m_late = late;
    if (m_tray)
        m_tray->setToolTip(toolTip());
}

QString DesktopNotifier::toolTip() const
{
    return tr("Frontdesk – today %1 waiting, %2 late").arg(m_waiting).arg(m_late);
}

DesktopNotifier::Channel DesktopNotifier::channel() const
{
#ifdef FRONTDESK_HAVE_DBUS
    if (m_freedesktop->isAvailable())
        return Channel::DBus;
#endif
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        return Channel::Tray;
    return Channel::None;
}

void DesktopNotifier::show(const QList<DeskNotification> &notifications)
{
    if (notifications.isEmpty())
        return;
    const Channel how = channel();
    for (const DeskNotification &notification : notifications) {
        const QString bookingId = notification.bookingIds.value(0);
        switch (how) {
        case Channel::DBus:
#ifdef FRONTDESK_HAVE_DBUS
            m_freedesktop->send(notification.title, notification.body, bookingId);
#endif
            break;
        case Channel::Tray:
            showInTray(notification.title, notification.body, bookingId,
                       notification.kind == DeskNotification::Kind::Late);
            break;
        case Channel::None:
            break;
        }
    }
    if (how == Channel::None)
        qCInfo(lcNotifier) << notifications.size()
                           << "notification(s) not shown: no notification server and no tray";
}

void DesktopNotifier::showInTray(const QString &title, const QString &body,
                                 const QString &bookingId, bool warning)
{
    if (!m_tray || !m_tray->isVisible()) {
        qCInfo(lcNotifier) << "a notification was not shown: no tray icon";
        return;
    }
    // A balloon replaces the one before, so a click means the last one.
    m_trayBookingId = bookingId;
    m_tray->showMessage(title, body,
                        warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

void DesktopNotifier::activate(const QString &bookingId)
{
    // The booking is shown in the window, so it comes to the front as well.
    Q_EMIT raiseRequested();
    if (!bookingId.isEmpty())
        Q_EMIT bookingActivated(bookingId);
}
