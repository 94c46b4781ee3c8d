#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// Lead channels and lead statuses as the Empfio API names them. Values the client does not
// know yet (the server grows) decode to Unknown; the cached JSON keeps the original string.
enum class LeadChannel { Unknown, WhatsApp, Telegram, Web, Email, Voice };
enum class LeadStatus {
    Unknown,
    New,
    Contacted,
    BookingOffered,
    Booked,
    Confirmed,
    Completed,
    NoShow,
    Cancelled,
    Lost
};

class LeadInfo
{
    Q_DECLARE_TR_FUNCTIONS(LeadInfo)

public:
    static QString wireName(LeadChannel channel);
    static LeadChannel channelFromWireName(QStringView name);
    static QString label(LeadChannel channel);

    static QString wireName(LeadStatus status);
    static LeadStatus statusFromWireName(QStringView name);
    static QString label(LeadStatus status);
};
