#pragma once

#include "apiclient.h"
#include "bookingactions.h"
#include "bookingcache.h"
#include "devserverprocess.h"

#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

// What the booking-action tests stand on: a dev server with seeded bookings and, per test,
// a fresh cache synced from it, a client without retries and BookingActions acting as
// `actor`. The server's request counters start at zero after the sync.
class SyncedActions
{
public:
    bool startServer(int seedBookings, QString *error);
    // A new cache file, client and actions, synced once; false (with `error`) if not.
    bool prepare(const QString &actor, QString *error);
    void reset();

    // Requests the server answered with this method since prepare().
    int requests(const char *method);
    // A new confirmed booking with a lead, 30 minutes long, made on the server and in the
    // cache at FutureBookings::nextStart(), so what a test sees does not depend on the hour.
    Booking nextFutureBooking();
    // A booking made as `spec` describes (DevServerProcess::createBookings), in the cache too.
    std::optional<Booking> makeBooking(const QJsonObject &spec);
    // A confirmed booking with a lead from `start` for `minutes`.
    std::optional<Booking> makeBooking(const QDateTime &start, int minutes = 30,
                                       const QString &status = QStringLiteral("confirmed"));

    DevServerProcess server;
    std::unique_ptr<BookingCache> cache;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<BookingActions> actions;

private:
    QTemporaryDir m_dir;
    int m_caches = 0;
};

// Waits for the signal in `spy` whose first argument is `id`; its second, as an int
// (an action's result), or -100 when none came.
int waitForResult(QSignalSpy &spy, const QString &id, int timeoutMs = 20000);
