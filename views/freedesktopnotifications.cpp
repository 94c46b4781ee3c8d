#include "freedesktopnotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QVariantMap>

#include <utility>

Q_LOGGING_CATEGORY(lcFreedesktop, "frontdesk.views.notifications", QtInfoMsg)

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDefaultAction = QStringLiteral("default");
constexpr qsizetype kRemembered = 100;

} // namespace

FreedesktopNotifications::FreedesktopNotifications(QObject *parent) : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    // By the service's name, so that a server started later (by D-Bus activation, or a
    // restarted desktop shell) is followed.
    bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                SLOT(onNotificationClosed(uint, uint)));
}

bool FreedesktopNotifications::isAvailable() const
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QDBusConnectionInterface *busInterface = bus.isConnected() ? bus.interface() : nullptr;
    if (!busInterface)
        return false;
    if (busInterface->isServiceRegistered(kService))
        return true;
    // Many servers (dunst, Xfce's, mate's) are started by the bus on the first call.
    const QDBusReply<QStringList> activatable = busInterface->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(kService);
}

void FreedesktopNotifications::send(const QString &title, const QString &body,
                                    const QString &bookingId)
{
    const Pending pending{title, body, bookingId};
    if (m_capabilities == Capabilities::Known) {
        notify(pending);
        return;
    }
    m_queued.append(pending);
    queryCapabilities();
}

void FreedesktopNotifications::queryCapabilities()
{
    if (m_capabilities != Capabilities::Unknown)
        return;
    m_capabilities = Capabilities::Asking;
    const QDBusMessage message = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                                QStringLiteral("GetCapabilities"));
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(message), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<QStringList> reply = *call;
                // Without an answer, plain text: at worst a server shows "&amp;" literally,
                // where unescaped markup could swallow part of a name.
                m_markup = reply.isValid() && reply.value().contains(QStringLiteral("body-markup"));
                if (reply.isError())
                    qCInfo(lcFreedesktop).noquote()
                        << "GetCapabilities failed:" << reply.error().message();
                m_capabilities = Capabilities::Known;
                const QList<Pending> queued = std::exchange(m_queued, {});
                for (const Pending &pending : queued)
                    notify(pending);
            });
}

void FreedesktopNotifications::notify(const Pending &pending)
{
    // A QDBusMessage rather than a QDBusInterface: the interface introspects the server with
    // a blocking call when it is made, which would start an activatable server and wait
    // for it on the GUI thread.
    QDBusMessage message =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    // The application id (DESIGN.md, Packaging) names the desktop file and the installed
    // icon alike.
    const QString appId = QGuiApplication::desktopFileName();
    QVariantMap hints;
    if (!appId.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), appId);
    message << QStringLiteral("Frontdesk") << uint(0) << appId << pending.title
            << (m_markup ? pending.body.toHtmlEscaped() : pending.body)
            << QStringList{kDefaultAction, tr("Show")} << hints << int(-1);
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(message), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, pending](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<uint> reply = *call;
                if (!reply.isValid()) {
                    qCWarning(lcFreedesktop).noquote()
                        << "the notification server refused a notification:" << reply.error().name()
                        << reply.error().message();
                    Q_EMIT failed(pending.title, pending.body, pending.bookingId);
                    return;
                }
                m_shown.append({reply.value(), pending.bookingId});
                if (m_shown.size() > kRemembered)
                    m_shown.removeFirst();
            });
}

void FreedesktopNotifications::onActionInvoked(uint id, const QString &actionKey)
{
    if (actionKey != kDefaultAction)
        return;
    for (const auto &[shownId, bookingId] : std::as_const(m_shown)) {
        if (shownId == id) {
            Q_EMIT activated(bookingId);
            return;
        }
    }
}

void FreedesktopNotifications::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_shown.removeIf([id](const QPair<uint, QString> &shown) { return shown.first == id; });
}
