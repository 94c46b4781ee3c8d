#pragma once

#include "bookingjson.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The one reader of booking JSON (simdjson On-Demand), for list pages and single records
// alike, behind BookingJson's decode functions. The field rules are listed in
// bookingdecoder.cpp.
class BookingDecoder
{
public:
    static std::optional<BookingPage> page(const QByteArray &body, QString *error);
    // One object: a detail or PATCH answer, or a record the cache kept. Booking::json is the
    // object's bytes as given (`body` itself, shared, when nothing surrounds the object).
    static std::optional<Booking> record(const QByteArray &body, QString *error);
};
