#pragma once

#include "booking.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// What the desk may do to a booking, and when: the one place that decides it. The list,
// the details panel, the calendar (drag included), the bulk preview, undo, the Today board
// and every CLI command ask here, so the GUI and the CLI refuse the same things with the
// same words. A pure function of the booking, the action and now.
enum class BookingAction {
    Reschedule, // a new time, from the dialog, a drag in the calendar or the CLI
    NoShow,
    Completed,
    Confirmed, // back to confirmed, from a no-show or completed
    Cancel,
    EditDetails, // meeting link and notes
    Arrive,      // the customer is at the desk (metadata.frontdesk)
    Unarrive,
};

// What the rules look at: a booking's status, times and arrival. The list's compact rows
// carry these too, so the calendar asks without reading the whole booking.
struct BookingFacts
{
    BookingStatus status = BookingStatus::Confirmed;
    QDateTime start;
    QDateTime end;
    bool arrived = false;

    static BookingFacts of(const Booking &booking);
};

struct RuleVerdict
{
    bool allowed = false;
    QString reason; // translated, for the receptionist; empty when allowed

    explicit operator bool() const { return allowed; }
};

class BookingRules
{
    Q_DECLARE_TR_FUNCTIONS(BookingRules)

public:
    // Arrival can be marked from this long before the start until the end.
    static constexpr qint64 kArrivalWindowSecs = 2 * 3600;

    static QList<BookingAction> allActions();
    static RuleVerdict check(BookingAction action, const BookingFacts &booking,
                             const QDateTime &now);
    static RuleVerdict check(BookingAction action, const Booking &booking, const QDateTime &now)
    {
        return check(action, BookingFacts::of(booking), now);
    }
    static bool allows(BookingAction action, const Booking &booking, const QDateTime &now)
    {
        return check(action, booking, now).allowed;
    }
    static bool allows(BookingAction action, const BookingFacts &booking, const QDateTime &now)
    {
        return check(action, booking, now).allowed;
    }
    // A new time for a reschedule: a time that has already begun is never offered nor
    // accepted (a slot list, a drop in the calendar, the CLI).
    static RuleVerdict checkNewTime(const QDateTime &start, const QDateTime &end,
                                    const QDateTime &now);
    // "Mark as no-show", as menus and messages name the action.
    static QString actionName(BookingAction action);
};
