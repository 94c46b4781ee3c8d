#pragma once

#include "leadinfo.h"

#include <QMetaType>
#include <QString>

// The brief form of a lead that the bookings endpoints embed.
struct Lead
{
    QString id;
    QString name;
    QString email; // empty when the lead has none
    QString phone; // empty when the lead has none
    LeadChannel channel = LeadChannel::Unknown;
    LeadStatus status = LeadStatus::Unknown;

    friend bool operator==(const Lead &, const Lead &) = default;
};

Q_DECLARE_METATYPE(Lead)
