#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One desktop notification for the front desk, as NotificationPlanner decides it and
// DesktopNotifier shows it. Title and body are translated and ready to show.
struct DeskNotification
{
    enum class Kind {
        NewBooking,       // arrived with a sync pass (the AI receptionist booked it)
        ChangedElsewhere, // moved or cancelled by someone other than this desk
        StartsSoon,       // starts within the reminder minutes
        Late,             // started more than the grace minutes ago, nobody arrived
        Conflict,         // a change of this desk met a change made elsewhere: choose one
        Summary,          // more than kMaxSingle of one kind at once
    };

    // More notifications of one kind at once than this become one Summary: a desk that
    // comes back online to 40 new bookings wants one line, not 40 bubbles.
    static constexpr int kMaxSingle = 5;

    Kind kind = Kind::NewBooking;
    Kind summaryOf = Kind::Summary; // a Summary's kind; Summary for any other notification
    QString title;
    QString body;
    // The bookings it is about, by start time. A click selects the first: a summary's
    // earliest, which is the one most likely to need the desk first.
    QStringList bookingIds;

    friend bool operator==(const DeskNotification &, const DeskNotification &) = default;
};

Q_DECLARE_METATYPE(DeskNotification)
