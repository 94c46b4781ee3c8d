#pragma once

#include "apiclient.h"
#include "bookingactions.h"
#include "bookingcache.h"
#include "devserverprocess.h"

#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>

#include <memory>

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
    // A confirmed booking with a lead starting an hour from now or later, another one on every call
    // (the server's state outlives each test's cache).
    Booking nextFutureBooking();

    DevServerProcess server;
    std::unique_ptr<BookingCache> cache;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<BookingActions> actions;

private:
    QTemporaryDir m_dir;
    int m_caches = 0;
    int m_used = 0;
};

// Waits for the signal in `spy` whose first argument is `id`; its second, as an int
// (an action's result), or -100 when none came.
int waitForResult(QSignalSpy &spy, const QString &id, int timeoutMs = 20000);
