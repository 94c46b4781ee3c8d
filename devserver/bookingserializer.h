#pragma once

#include "bookingrecord.h"

#include <QList>

class JsonWriter;

class BookingSerializer
{
public:
    enum class Form { Full, Brief };

    static void write(JsonWriter &writer, const BookingRecord &booking, Form form);
    static QByteArray toJson(const BookingRecord &booking);
    static QByteArray listPage(const QList<BookingRecord> &bookings, qint64 total, qint64 page,
                               qint64 size, Form form);
};
