#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Null QStrings are written as JSON null.
struct LeadRecord
{
    QString id;
    QString name;
    QString email;
    QString phone;
    QString channel;
    QString status;
};

struct BookingRecord
{
    QString id;
    QString leadId;
    std::optional<qint64> calcomBookingId;
    QString calcomBookingUid;
    std::optional<qint64> eventTypeId;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString status;
    QString meetingUrl;
    QByteArray metadataJson = QByteArrayLiteral("{}");
    qint64 createdUs = 0;
    qint64 updatedUs = 0;
    std::optional<LeadRecord> lead;
};
