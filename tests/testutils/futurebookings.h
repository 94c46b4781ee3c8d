#pragma once

#include "booking.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

class BookingCache;
class DevServerProcess;

// Bookings a test makes for itself on the dev server, instead of hoping that the seeded
// data has one that suits at the hour the test runs.
namespace FutureBookings {

// The start of the next booking of this process: each lies on a business day
// (Europe/Berlin) 60 days or more from today, past what the dev server seeds for up to
// 1,500 bookings, one per day at 09:00, 10:00, ... 16:00 in turn. So no two of them overlap,
// even moved by a few days, and nothing seeded is near.
QDateTime nextStart();

// A control-endpoint description: a booking with a generated lead and metadata.
QJsonObject spec(const QDateTime &start, int minutes = 30,
                 const QString &status = QStringLiteral("confirmed"));

// Makes the booking on `server` (through the control endpoint: no API request counted),
// decodes the record the server answered with and writes it into `cache`, as a pass would.
// nullopt (with a warning saying why) when any step fails.
std::optional<Booking> create(DevServerProcess &server, BookingCache &cache,
                              const QJsonObject &spec);

} // namespace FutureBookings
