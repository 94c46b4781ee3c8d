#pragma once

#include "appsettings.h"
#include "bookingstatus.h"
#include "desknotification.h"
#include "syncreport.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QTimeZone>

class BookingActions;
class BookingCache;
class SyncEngine;
struct Booking;

// Decides what the front desk is told about, without showing anything (DesktopNotifier
// does that): bookings a sync pass brought in, bookings someone else moved or cancelled,
// bookings about to start and customers who are late. Each kind can be turned off in the
// settings; more than DeskNotification::kMaxSingle of one kind at once become one summary.
//
// Sync passes: nothing for the first sync of an account (everything is new then). To tell
// someone else's change from this desk's, the planner keeps a snapshot (start, end, status)
// of the bookings from yesterday to 14 days ahead in the display zone, taken after each pass
// and refreshed for a booking whenever this desk changes it (BookingActions::bookingChanged).
// A pass that brings a snapshotted booking with another start or end, or cancelled, brings
// someone else's change.
//
// Reminders and lateness come from checkTime() (start() calls it every minute); each booking
// is told about once per kind and start time.
class NotificationPlanner : public QObject
{
    Q_OBJECT

public:
    explicit NotificationPlanner(BookingCache *cache, QObject *parent = nullptr);

    // Connects the engine's syncStarted, bookingsWritten and syncFinished.
    void watch(SyncEngine *engine);
    // Connects bookingChanged: every change this desk makes, and the cache updates with the
    // server's answers to them.
    void watch(BookingActions *actions);

    // Which kinds are wanted, the reminder and grace minutes and the display zone (texts and
    // the snapshot's days).
    void setSettings(const AppSettings &settings);
    AppSettings settings() const { return m_settings; }

    // checkTime() now and every minute. The timer is a steady one; "now" is Clock::now().
    void start();
    void stop();
    // Reminders and late customers as of Clock::now().
    void checkTime();
    // Forgets the snapshot and what was told (signed out; another account's cache). A cache
    // reopened on another file is noticed at the next pass without this.
    void reset();

    // The SyncEngine's and BookingActions' signals, for owners that connect them themselves.
    void onSyncStarted();
    void onBookingsWritten(const QStringList &inserted, const QStringList &changed);
    void onSyncFinished(const SyncReport &report);
    void onBookingChangedHere(const QString &bookingId);

Q_SIGNALS:
    void notify(const QList<DeskNotification> &notifications);

private:
    struct State
    {
        QDateTime start;
        QDateTime end;
        BookingStatus status = BookingStatus::Confirmed;
        friend bool operator==(const State &, const State &) = default;
    };
    // States this desk saw or made of a booking (before its change and the server's answers)
    // and when it last did, in signals counted by m_serial.
    struct OwnChange
    {
        QList<State> states;
        quint64 serial = 0;
    };

    static State stateOf(const Booking &booking);
    void rebuildSnapshot();
    bool inWindow(const QDateTime &start) const;
    QList<Booking> bookingsById(const QStringList &ids) const;
    // The pass's bookings, told as NewBooking and ChangedElsewhere as the settings allow.
    QList<DeskNotification> planPass(const QStringList &inserted, const QStringList &changed);
    // One per booking, or one summary when there are too many.
    QList<DeskNotification> group(DeskNotification::Kind kind,
                                  const QList<DeskNotification> &single,
                                  const QList<Booking> &bookings) const;
    DeskNotification summary(DeskNotification::Kind kind, const QList<Booking> &bookings) const;
    void emitNotifications(const QList<DeskNotification> &notifications);

    QString subject(const Booking &booking) const;
    QString dateTime(const QDateTime &instant) const; // date and time in the display zone
    QString time(const QDateTime &instant) const;     // time only

    BookingCache *m_cache;
    AppSettings m_settings;
    QTimeZone m_zone;
    QTimer m_timer;

    QHash<QString, State> m_snapshot;
    QString m_snapshotPath; // the cache file the snapshot is of
    QDate m_snapshotDay;    // today in the display zone when it was taken
    QHash<QString, OwnChange> m_own;
    quint64 m_serial = 0;

    bool m_inPass = false;
    bool m_firstPass = false;
    quint64 m_passSerial = 0; // m_serial when the pass started
    QStringList m_passInserted;
    QStringList m_passChanged;

    // What was told, per booking: the start it was told for, so a booking moved to another
    // time is a new appointment to remind of.
    QHash<QString, QDateTime> m_reminded;
    QHash<QString, QDateTime> m_toldLate;
};
