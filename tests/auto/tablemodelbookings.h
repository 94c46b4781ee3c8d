#pragma once

// Generated bookings for the table model's tests: names in several scripts, start times in
// 15-minute steps over 60 days from 2026-05-28, random statuses and services.

#include "bookingjson.h"

#include <QRandomGenerator>

namespace TableModelBookings {

inline const QStringList kNames = {QStringLiteral("Jürgen Weiß"),  QStringLiteral("Zoë Ångström"),
                                   QStringLiteral("Anna Schmidt"), QStringLiteral("山田 太郎"),
                                   QStringLiteral("José Núñez"),   QStringLiteral("Ayşe Yılmaz")};
inline const QStringList kServices = {QStringLiteral("Haircut"), QStringLiteral("Consultation"),
                                      QStringLiteral("Beard trim"), QStringLiteral("Vaccination")};

constexpr qint64 kFirstStartMs = 1'780'000'000'000;

// Booking "b<n>" (six digits); `version` shows in its notes.
inline Booking makeBooking(QRandomGenerator &rng, int n, int version)
{
    const qint64 start = kFirstStartMs + qint64(rng.bounded(60 * 24 * 4)) * 15 * 60'000;
    const QString name = kNames.at(int(rng.bounded(quint32(kNames.size()))));
    const QJsonObject object{
        {"id", QStringLiteral("b%1").arg(n, 6, 10, QLatin1Char('0'))},
        {"start_time", BookingJson::formatDateTime(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC))},
        {"end_time", BookingJson::formatDateTime(QDateTime::fromMSecsSinceEpoch(
                         start + qint64(1 + rng.bounded(8)) * 15 * 60'000, Qt::UTC))},
        {"status", BookingStatuses::wireName(BookingStatuses::all().at(int(rng.bounded(5))))},
        {"metadata", QJsonObject{{"service", kServices.at(int(rng.bounded(4)))},
                                 {"notes", QStringLiteral("version %1").arg(version)}}},
        {"lead", QJsonObject{{"id", QStringLiteral("l%1").arg(n)},
                             {"name", name},
                             {"email", QString(name.left(3) + QStringLiteral("@example.com"))},
                             {"phone", QStringLiteral("+49 151 %1").arg(rng.bounded(10'000'000))},
                             {"channel", "whatsapp"},
                             {"status", "booked"}}},
    };
    QString error;
    return *BookingJson::decodeBooking(object, &error);
}

} // namespace TableModelBookings
