#pragma once

// An independent reading of booking JSON through QJsonDocument, written from the rules in
// models/bookingdecoder.cpp and sharing no code with it: tst_pagedecoder, the page and
// record fuzz targets and bench_decode compare BookingJson's decoder with it. Header-only,
// so that each of them includes it without a library of its own.
//
// It differs from a plain QJsonDocument reading where the rules differ from Qt's defaults:
// - a UTF-8 BOM inside a string is kept (Qt's parser drops one at the start of a string),
//   so raw EF BB BF bytes are turned into \ufeff escapes before Qt reads the body;
// - strings Qt takes but RFC 8259 does not make the body invalid (strictEscapes()).
// Booking::json is not rebuilt here (the reference cannot know byte ranges); jsonMatches()
// checks a decoded record's bytes against the reference's object instead.

#include "bookingjson.h"
#include "isodatetime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace ReferenceDecoder {

inline bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits after "\u" at `at`, or -1.
inline int escapedUnit(const QByteArray &json, qsizetype at)
{
    if (at + 6 > json.size() || json.at(at) != '\\' || json.at(at + 1) != 'u')
        return -1;
    int unit = 0;
    for (qsizetype i = at + 2; i < at + 6; ++i) {
        const int digit = hexValue(json.at(i));
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? within a double's range: Qt also takes
// "1." and the like.
inline bool strictNumber(QByteArrayView text)
{
    qsizetype i = 0;
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < text.size() && text.at(i) >= '0' && text.at(i) <= '9')
            ++i;
        return i - from;
    };
    if (i < text.size() && text.at(i) == '-')
        ++i;
    if (i < text.size() && text.at(i) == '0')
        ++i;
    else if (digits() == 0)
        return false;
    if (i < text.size() && text.at(i) == '.') {
        ++i;
        if (digits() == 0)
            return false;
    }
    if (i < text.size() && (text.at(i) == 'e' || text.at(i) == 'E')) {
        ++i;
        if (i < text.size() && (text.at(i) == '+' || text.at(i) == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    bool ok = false;
    const double value = text.toByteArray().toDouble(&ok);
    return i == text.size() && ok && std::isfinite(value);
}

// Qt's parser takes JSON that RFC 8259 does not (escapes such as "\a", a surrogate escape
// without its pair, unescaped control characters, numbers such as "1." or ".5"); the rules
// do not. Called on text Qt has read as valid JSON, so strings are well delimited.
inline bool strictEscapes(const QByteArray &json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (!inString) {
            inString = c == '"';
            if (!QByteArrayView("{}[],:\" \t\r\n").contains(c)) {
                qsizetype end = i;
                while (end < json.size() && !QByteArrayView(",]} \t\r\n").contains(json.at(end)))
                    ++end;
                const QByteArrayView token = QByteArrayView(json).sliced(i, end - i);
                if (token != "true" && token != "false" && token != "null" && !strictNumber(token))
                    return false;
                i = end - 1;
            }
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (uchar(c) < 0x20) {
            return false; // Qt takes control characters unescaped, RFC 8259 does not
        } else if (c == '\\') {
            if (i + 1 >= json.size())
                return false;
            const char next = json.at(i + 1);
            if (next != 'u') {
                if (!QByteArrayView("\"\\/bfnrt").contains(next))
                    return false;
                ++i;
                continue;
            }
            const int unit = escapedUnit(json, i);
            if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
                return false;
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const int low = escapedUnit(json, i + 6);
                if (low < 0xDC00 || low > 0xDFFF)
                    return false;
                i += 6;
            }
            i += 5;
        }
    }
    return true;
}

// Qt's reading of `json` under the rules above; nullopt with *error for what is not an object.
inline std::optional<QJsonObject> parse(QByteArray json, QString *error)
{
    const QByteArray bom("\xEF\xBB\xBF");
    if (json.startsWith(bom))
        json.remove(0, bom.size());
    if (json.trimmed().isEmpty()) {
        fail(error, QStringLiteral("body: empty"));
        return std::nullopt;
    }
    // Checked on the text as sent: a backslash before a BOM is no escape, "\\ufeff" would be.
    const bool strict = strictEscapes(json);
    json.replace(bom, "\\ufeff");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, QStringLiteral("body: not valid JSON (%1)").arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, QStringLiteral("body: not a JSON object"));
        return std::nullopt;
    }
    if (!strict) {
        fail(error, QStringLiteral("body: not valid JSON (escape)"));
        return std::nullopt;
    }
    return document.object();
}

inline bool isAbsent(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined();
}

inline QString optionalString(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

inline std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 first = value.toInteger(0);
    if (first != value.toInteger(1))
        return std::nullopt;
    return first;
}

inline std::optional<qint64> optionalId(const QJsonValue &value)
{
    if (!value.isString())
        return wholeNumber(value);
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > 19)
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

inline bool readDateTime(const QJsonObject &object, const QString &key, bool required,
                         QDateTime *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return required ? fail(error, key + QStringLiteral(": missing")) : true;
    if (!value.isString())
        return fail(error, key + QStringLiteral(": not a string"));
    const auto time = IsoDateTime::parse(value.toString());
    if (!time)
        return fail(error, key + QStringLiteral(": not an ISO 8601 date-time with a UTC offset"));
    *out = *time;
    return true;
}

inline bool readCount(const QJsonObject &object, const QString &key, bool required, int *out,
                      QString *error)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return required ? fail(error, key + QStringLiteral(": missing")) : true;
    const auto number = wholeNumber(value);
    if (!number || *number < 0 || *number > std::numeric_limits<int>::max())
        return fail(error, key + QStringLiteral(": not an integer between 0 and 2^31-1"));
    *out = int(*number);
    return true;
}

// Every field but json (left empty).
inline std::optional<Booking> record(const QJsonObject &object, QString *error)
{
    Booking booking;
    const QJsonValue id = object.value(u"id");
    if (!id.isString() || id.toString().isEmpty()) {
        fail(error, QStringLiteral("id: missing, empty or not a string"));
        return std::nullopt;
    }
    booking.id = id.toString();
    if (!readDateTime(object, QStringLiteral("start_time"), true, &booking.startTime, error) ||
        !readDateTime(object, QStringLiteral("end_time"), true, &booking.endTime, error) ||
        !readDateTime(object, QStringLiteral("created_at"), false, &booking.createdAt, error) ||
        !readDateTime(object, QStringLiteral("updated_at"), false, &booking.updatedAt, error))
        return std::nullopt;
    if (booking.endTime < booking.startTime) {
        fail(error, QStringLiteral("end_time: before start_time"));
        return std::nullopt;
    }
    const QJsonValue status = object.value(u"status");
    if (!status.isString()) {
        fail(error, QStringLiteral("status: missing or not a string"));
        return std::nullopt;
    }
    const auto bookingStatus = BookingStatuses::fromWireName(status.toString());
    if (!bookingStatus) {
        fail(error, QStringLiteral("status: not a known booking status"));
        return std::nullopt;
    }
    booking.status = *bookingStatus;
    booking.leadId = optionalString(object.value(u"lead_id"));
    booking.calcomBookingId = optionalId(object.value(u"calcom_booking_id"));
    booking.calcomBookingUid = optionalString(object.value(u"calcom_booking_uid"));
    booking.eventTypeId = optionalId(object.value(u"event_type_id"));
    booking.meetingUrl = optionalString(object.value(u"meeting_url"));
    booking.metadata = object.value(u"metadata").toObject();
    booking.brief = !object.contains(u"metadata") || !object.contains(u"updated_at");
    const QJsonValue lead = object.value(u"lead");
    if (lead.isObject()) {
        const QJsonObject fields = lead.toObject();
        Lead decoded;
        decoded.id = optionalString(fields.value(u"id"));
        decoded.name = optionalString(fields.value(u"name"));
        decoded.email = optionalString(fields.value(u"email"));
        decoded.phone = optionalString(fields.value(u"phone"));
        decoded.channel = LeadInfo::channelFromWireName(optionalString(fields.value(u"channel")));
        decoded.status = LeadInfo::statusFromWireName(optionalString(fields.value(u"status")));
        booking.lead = decoded;
    }
    return booking;
}

struct Page
{
    BookingPage page;
    // The array's objects, by index, for jsonMatches().
    QJsonArray records;
    // The array index each of page.bookings came from.
    QList<int> bookingIndexes;
};

inline std::optional<Page> page(const QByteArray &body, QString *error)
{
    const auto object = parse(body, error);
    if (!object)
        return std::nullopt;
    const QJsonValue records = object->value(u"bookings");
    if (!records.isArray()) {
        fail(error, QStringLiteral("bookings: missing or not an array"));
        return std::nullopt;
    }
    Page result;
    if (!readCount(*object, QStringLiteral("total"), true, &result.page.total, error) ||
        !readCount(*object, QStringLiteral("page"), false, &result.page.page, error) ||
        !readCount(*object, QStringLiteral("size"), false, &result.page.size, error))
        return std::nullopt;
    result.records = records.toArray();
    for (qsizetype i = 0; i < result.records.size(); ++i) {
        const QJsonValue value = result.records.at(i);
        if (!value.isObject()) {
            result.page.skipped.append(
                {int(i), QString(), QStringLiteral("record: not a JSON object")});
            continue;
        }
        QString reason;
        if (auto booking = record(value.toObject(), &reason)) {
            result.page.bookings.append(std::move(*booking));
            result.bookingIndexes.append(int(i));
        } else {
            const QString id = optionalString(value.toObject().value(u"id"));
            result.page.skipped.append({int(i), id.size() <= 128 ? id : QString(), reason});
        }
    }
    return result;
}

// Whether `json` (a decoded Booking::json) is one object, and reads as `expected`.
inline bool jsonMatches(const QByteArray &json, const QJsonObject &expected)
{
    if (!json.startsWith('{') || !json.endsWith('}'))
        return false;
    const auto object = parse(json, nullptr);
    return object && *object == expected;
}

} // namespace ReferenceDecoder
