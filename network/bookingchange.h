#pragma once

#include "bookingpatch.h"
#include "bookingrules.h"

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

    // The customer's arrival, marked or taken back. API.md does not say whether PATCH merges
    // metadata or replaces it, so the metadata sent is the booking's as just read again,
    // with every key it had, plus or minus metadata.frontdesk (patchFor()).
    struct ArrivalMark
    {
        bool arrived = true;
        QDateTime at;
        QString by;
        friend bool operator==(const ArrivalMark &, const ArrivalMark &) = default;
    };

    Kind kind = Kind::Patch;
    BookingAction action = BookingAction::EditDetails; // what the rules judge it as
    BookingPatch patch;
    QString cancelReason;
    std::optional<ArrivalMark> arrival;
    // New notes (empty: none). Like the arrival, applied to the metadata read just before
    // sending, so every other key stays, also ones a list's brief row never showed.
    std::optional<QString> notes;

    static BookingChange reschedule(const QDateTime &start, const QDateTime &end);
    static BookingChange setStatus(BookingStatus status);
    static BookingChange cancel(const QString &reason = {});
    static BookingChange arrive(const QDateTime &at, const QString &by);
    static BookingChange unarrive();
    // The meeting link (empty: remove it) and/or the notes, as the edit dialog gives them.
    static BookingChange editDetails(std::optional<QString> meetingUrl,
                                     std::optional<QString> notes);

    // The PATCH to send for `current`, the booking as the server has it now.
    BookingPatch patchFor(const Booking &current) const;

    // Whether the rules allow this change to `booking` at `now`: the action's rule, and for
    // a new time that it has not begun.
    RuleVerdict check(const Booking &booking, const QDateTime &now) const;

    // Whether the server's version already shows this change (then sending it again would
    // be pointless, and seeing it is no conflict).
    bool isReflectedIn(const Booking &booking) const;
    // `booking` as it will be once the server has this change (what the desk shows while the
    // change waits in the outbox, and "mine" in a conflict).
    Booking appliedTo(Booking booking) const;
    // A short translated description: "Reschedule to Tue 24 Nov 10:00", "Cancel". Times are
    // shown in `zone` (the display time zone; the system's for the command line).
    QString describe(const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

    OutboxEntry toOutboxEntry(const Booking &seen) const;
    static BookingChange fromOutboxEntry(const OutboxEntry &entry);
};
