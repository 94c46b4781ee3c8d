#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

// The desktop's notification service, org.freedesktop.Notifications on the session D-Bus
// (GNOME Shell, KDE Plasma, Xfce, dunst, ...). Only compiled where Qt D-Bus was found;
// DesktopNotifier falls back to the tray icon where it is not, or no server is there.
class FreedesktopNotifications : public QObject
{
    Q_OBJECT

public:
    explicit FreedesktopNotifications(QObject *parent = nullptr);

    // A notification server owns the name on the session bus, or the bus can start one.
    bool isAvailable() const;
    // Sends one notification; clicking it emits activated(bookingId) (an empty id: a click
    // that selects nothing). Asks for the server's capabilities first, once.
    void send(const QString &title, const QString &body, const QString &bookingId);

Q_SIGNALS:
    void activated(const QString &bookingId);
    // The server answered Notify with an error: the owner shows it another way.
    void failed(const QString &title, const QString &body, const QString &bookingId);

private Q_SLOTS:
    // The server's signals, connected by name (QDBusConnection::connect takes SLOT()).
    // They go to every client on the bus: only the ids sent from here count.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Pending
    {
        QString title;
        QString body;
        QString bookingId;
    };

    void queryCapabilities();
    void notify(const Pending &pending);

    enum class Capabilities { Unknown, Asking, Known };
    Capabilities m_capabilities = Capabilities::Unknown;
    bool m_markup = false;   // the server reads the body as markup: it is escaped
    QList<Pending> m_queued; // sent once the capabilities are known
    // Notification id -> booking id, oldest first; a server that never says "closed" cannot
    // make it grow past kRemembered.
    QList<QPair<uint, QString>> m_shown;
};
