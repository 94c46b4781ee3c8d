#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSession;

// history BOOKING_ID | history --lead LEAD_ID: a customer's bookings and counts, as the
// GUI's customer panel shows them. Refreshed from the server (GET /bookings?lead_id=…) when
// it can be reached, else from the local copy.
class CliHistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliHistoryCommand)

public:
    static int run(CliSession &session, const QStringList &arguments);
};
