#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The five booking statuses of the Empfio API. Their wire names, translated labels and
// colours are defined in bookingstatus.cpp and nowhere else.
enum class BookingStatus { Confirmed, Cancelled, Rescheduled, NoShow, Completed };

class BookingStatuses
{
    Q_DECLARE_TR_FUNCTIONS(BookingStatuses)

public:
    static QList<BookingStatus> all();
    static QString wireName(BookingStatus status);
    static std::optional<BookingStatus> fromWireName(QStringView name);
    static QString label(BookingStatus status);
    static QColor color(BookingStatus status);
    // Whether the appointment still takes place (it occupies its slot).
    static bool isActive(BookingStatus status);
};
