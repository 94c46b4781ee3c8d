#pragma once

#include "bookingpatch.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

struct Booking;
struct OutboxEntry;

// One thing the desk wants done to a booking: a PATCH (status, times, link, metadata) or a
// cancellation (DELETE, with an optional reason kept in the booking's metadata).
struct BookingChange
{
    Q_DECLARE_TR_FUNCTIONS(BookingChange)

public:
    enum class Kind { Patch, Cancel };

    Kind kind = Kind::Patch;
    BookingPatch patch;
    QString cancelReason;

    static BookingChange reschedule(const QDateTime &start, const QDateTime &end);
    static BookingChange setStatus(BookingStatus status);
    static BookingChange cancel(const QString &reason = {});

    // Whether the server's version already shows this change (then sending it again would
    // be pointless, and seeing it is no conflict).
    bool isReflectedIn(const Booking &booking) const;
    // A short translated description: "Reschedule to Tue 24 Nov 10:00", "Cancel". Times are
    // shown in `zone` (the display time zone; the system's for the command line).
    QString describe(const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

    OutboxEntry toOutboxEntry(const Booking &seen) const;
    static BookingChange fromOutboxEntry(const OutboxEntry &entry);
};
