#pragma once

#include "bookingactions.h"

#include <QCoreApplication>
#include <QStringList>

class CliSession;

// reschedule, cancel, no-show, complete, arrive and unarrive: changes to bookings through
// BookingActions, with the cached booking as the version the desk saw, refused with the
// GUI's words when the booking rules say no.
class CliActionCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliActionCommands)

public:
    static int reschedule(CliSession &session, const QStringList &arguments);
    static int cancel(CliSession &session, const QStringList &arguments);
    static int noShow(CliSession &session, const QStringList &arguments);
    static int complete(CliSession &session, const QStringList &arguments);
    static int arrive(CliSession &session, const QStringList &arguments);
    static int unarrive(CliSession &session, const QStringList &arguments);

    // Prints what happened; returns the exit status (0 applied or queued, 2 conflict, 1
    // refused).
    static int report(const ActionOutcome &outcome, const Booking &seen,
                      const BookingChange &change);

private:
    static int setStatus(CliSession &session, const QStringList &arguments, BookingStatus status);
    static int markArrival(CliSession &session, const QStringList &arguments, bool arrived);
    static int perform(CliSession &session, const Booking &seen, const BookingChange &change,
                       bool force);
};
