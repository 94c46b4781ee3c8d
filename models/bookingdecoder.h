#pragma once

#include "bookingjson.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string_view>

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
    // One top-level string member of a record's JSON (one the cache kept), without decoding
    // the rest; the last one when the name is given twice, as record() reads it. nullopt when
    // absent, null or not a string, or when the text is not a JSON object.
    static std::optional<QString> topLevelString(QByteArrayView json, std::string_view name);
};
