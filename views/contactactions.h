#pragma once

#include "booking.h"

#include <QObject>
#include <QTimeZone>
#include <QUrl>

#include <functional>

class BookingCache;
class QAction;

// Reaching the customer of a booking in one click: copy the phone, the email or the booking
// (time, customer, service, phone), call (tel: in E.164), email (mailto:) and join the
// meeting (http(s) only). Offered by the list's and calendar's context menus, the details
// panel and the Today board; each says in message() whether it worked.
class ContactActions : public QObject
{
    Q_OBJECT

public:
    ContactActions(const BookingCache *cache, QObject *parent = nullptr);

    // The booking the actions act on (the window's current one).
    void setCurrent(std::function<QString()> current) { m_current = std::move(current); }
    void setDisplayTimeZone(const QTimeZone &zone) { m_zone = zone; }

    // In menu order; nullptr is a separator.
    QList<QAction *> actions() const;
    QAction *call() const { return m_call; }

    // The URIs handed to QDesktopServices (empty: nothing to open).
    static QUrl callUri(const Booking &booking, const QTimeZone &zone);
    static QUrl emailUri(const Booking &booking);
    static QUrl meetingUri(const Booking &booking);
    // "Tue 1 Dec 2026 10:00–10:30, Jane Smith, Haircut, +49 151 2345678"
    static QString bookingText(const Booking &booking, const QTimeZone &zone);

    // The actions for one booking, whatever is current.
    void callBooking(const QString &id);

public Q_SLOTS:
    // Enables each action by what the current booking has (a phone, an email, a link).
    void update();

Q_SIGNALS:
    // What happened, for the status bar: "Calling +49…", "Copied …", or why not.
    void message(const QString &text);

private:
    std::optional<Booking> currentBooking() const;
    void open(const QUrl &uri, const QString &done, const QString &failed);
    void copy(const QString &text, const QString &done);

    const BookingCache *m_cache;
    std::function<QString()> m_current;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QAction *m_copyPhone;
    QAction *m_copyEmail;
    QAction *m_copyBooking;
    QAction *m_call;
    QAction *m_email;
    QAction *m_join;
};
