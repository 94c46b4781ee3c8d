#pragma once

#include "booking.h"
#include "outboxentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

// Everything about one booking as rich text for the details panel: times with duration and
// zone, status, customer with tel:/mailto: links, meeting link, service, notes, every other
// metadata key, Cal.com ids, and whether the desk's changes reached the server.
class BookingDetailsHtml
{
    Q_DECLARE_TR_FUNCTIONS(BookingDetailsHtml)

public:
    // `outbox`: the desk's unsent changes to this booking; `inFlight`: a change is being sent.
    static QString render(const Booking &booking, const QList<OutboxEntry> &outbox, bool inFlight,
                          const QTimeZone &zone);
    // A metadata key as a label: "preferred_time" -> "Preferred time".
    static QString keyLabel(const QString &key);
};
