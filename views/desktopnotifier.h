#pragma once

#include "desknotification.h"

#include <QIcon>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class FreedesktopNotifications;
class QMenu;
class QSystemTrayIcon;

// Shows the desk's notifications (NotificationPlanner decides them) and owns the tray icon.
// On Linux notifications go to org.freedesktop.Notifications over D-Bus; where that service
// is not on the session bus, and on Windows and macOS, the tray icon's balloon shows them.
// A click on a notification selects its booking; a click on the tray icon raises the window.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Channel {
        DBus, // org.freedesktop.Notifications
        Tray, // QSystemTrayIcon::showMessage
        None, // neither: notifications are only logged
    };

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    void show(const QList<DeskNotification> &notifications);
    // Today's counts for the tray icon's tooltip.
    void setCounts(int waiting, int late);
    QString toolTip() const;
    // The tray icon's picture (the application's window icon until set).
    void setIcon(const QIcon &icon);

    // How show() sends now (the notification server may come and go).
    Channel channel() const;
    // nullptr where the desktop has no system tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }

Q_SIGNALS:
    // A notification was clicked: select this booking.
    void bookingActivated(const QString &bookingId);
    // The tray icon was clicked: raise and activate the main window.
    void raiseRequested();

private:
    void showInTray(const QString &title, const QString &body, const QString &bookingId,
                    bool warning);
    void activate(const QString &bookingId);

    // Only where Qt D-Bus was found (FRONTDESK_HAVE_DBUS).
    [[maybe_unused]] FreedesktopNotifications *m_freedesktop = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<QMenu> m_trayMenu;
    QString m_trayBookingId; // the booking of the tray's last message
    int m_waiting = 0;
    int m_late = 0;
};
