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
    // What a booking of this status is filled with where text is drawn on it (the calendar's
    // blocks): light behind a light palette's dark text, dark behind a dark palette's light
    // text, each at least 4.5:1 against it.
    static QColor fill(BookingStatus status, bool darkPalette);
    // WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21), opaque
    // colours.
    static double relativeLuminance(const QColor &color);
    static double contrastRatio(const QColor &a, const QColor &b);
    // Whether the appointment still takes place (it occupies its slot).
    static bool isActive(BookingStatus status);
};
