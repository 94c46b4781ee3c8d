#include "bookingjson.h"

#include "bookingdecoder.h"
#include "isodatetime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

// The booking rules are BookingDecoder's (bookingdecoder.cpp); this file keeps the slots
// list, which only the slot picker reads, on Qt's parser, and the encoder.

namespace {

template<typename T> std::optional<T> failure(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

QString optionalString(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // toInteger() answers its default for fractions and for values outside qint64; asking
    // with two different defaults tells that apart from a value equal to one of them.
    const qint64 first = value.toInteger(0);
    if (first != value.toInteger(1))
        return std::nullopt;
    return first;
}

std::optional<qint64> optionalId(const QJsonValue &value)
{
    if (!value.isString())
        return wholeNumber(value);
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > std::numeric_limits<qint64>::digits10 + 1)
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

std::optional<QJsonObject> parseObjectBody(const QByteArray &body, QString *error)
{
    if (body.trimmed().isEmpty())
        return failure<QJsonObject>(error, QStringLiteral("body: empty"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure<QJsonObject>(error, QStringLiteral("body: not valid JSON (%1 at offset %2)")
                                               .arg(parseError.errorString())
                                               .arg(parseError.offset));
    if (!document.isObject())
        return failure<QJsonObject>(error, QStringLiteral("body: not a JSON object"));
    return document.object();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue numberOrNull(std::optional<qint64> number)
{
    return number ? QJsonValue(*number) : QJsonValue();
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(IsoDateTime::format(time)) : QJsonValue();
}

// An Unknown channel or status stands for a string this client did not recognise: that
// string is written back rather than lost. A recognised one is replaced by null, since the
// typed value says it no longer applies.
template<typename Enum>
QJsonValue enumValue(Enum value, const QJsonValue &raw, Enum (*fromWireName)(QStringView))
{
    if (value != Enum::Unknown)
        return LeadInfo::wireName(value);
    if (raw.isString() && fromWireName(raw.toString()) == Enum::Unknown)
        return raw;
    return QJsonValue();
}

QJsonObject encodeLead(const Lead &lead, const QJsonValue &raw)
{
    QJsonObject object = raw.toObject();
    object.insert(u"id", textOrNull(lead.id));
    object.insert(u"name", textOrNull(lead.name));
    object.insert(u"email", textOrNull(lead.email));
    object.insert(u"phone", textOrNull(lead.phone));
    object.insert(u"channel", enumValue(lead.channel, object.value(u"channel"),
                                        &LeadInfo::channelFromWireName));
    object.insert(u"status",
                  enumValue(lead.status, object.value(u"status"), &LeadInfo::statusFromWireName));
    return object;
}

} // namespace

std::optional<QDateTime> BookingJson::parseDateTime(QStringView text)
{
    return IsoDateTime::parse(text);
}

QString BookingJson::formatDateTime(const QDateTime &time)
{
    return IsoDateTime::format(time);
}

std::optional<Booking> BookingJson::decodeBooking(const QJsonObject &object, QString *error)
{
    return BookingDecoder::record(QJsonDocument(object).toJson(QJsonDocument::Compact), error);
}

std::optional<Booking> BookingJson::decodeRecord(const QByteArray &record, QString *error)
{
    return BookingDecoder::record(record, error);
}

std::optional<Booking> BookingJson::decodeBookingBody(const QByteArray &body, QString *error)
{
    return BookingDecoder::record(body, error);
}

std::optional<BookingPage> BookingJson::decodePage(const QByteArray &body, QString *error)
{
    return BookingDecoder::page(body, error);
}

std::optional<QJsonObject> BookingJson::parseObject(QByteArrayView json)
{
    constexpr QByteArrayView kBom("\xEF\xBB\xBF");
    if (json.startsWith(kBom))
        json = json.sliced(kBom.size());
    QByteArray escaped;
    if (json.contains(kBom)) {
        escaped = json.toByteArray();
        escaped.replace(kBom, "\\ufeff");
    }
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(escaped.isNull() ? json.toByteArray() : escaped, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// start_date and end_date echo the request, so a missing or malformed one is read as an
// invalid QDate rather than failing the list; event_type_id follows the booking's id rules.
std::optional<SlotList> BookingJson::decodeSlots(const QByteArray &body, QString *error)
{
    const auto object = parseObjectBody(body, error);
    if (!object)
        return std::nullopt;

    const QJsonValue entries = object->value(u"slots");
    if (!entries.isArray())
        return failure<SlotList>(error, QStringLiteral("slots: missing or not an array"));

    SlotList list;
    list.startDate =
        IsoDateTime::parseDate(optionalString(object->value(u"start_date"))).value_or(QDate());
    list.endDate =
        IsoDateTime::parseDate(optionalString(object->value(u"end_date"))).value_or(QDate());
    list.eventTypeId = optionalId(object->value(u"event_type_id"));

    const QJsonArray array = entries.toArray();
    list.timeSlots.reserve(array.size());
    for (const QJsonValue entry : array) {
        const QJsonObject slot = entry.toObject();
        const auto start = IsoDateTime::parse(optionalString(slot.value(u"start")));
        const auto end = IsoDateTime::parse(optionalString(slot.value(u"end")));
        if (start && end && *start < *end)
            list.timeSlots.append({*start, *end});
        else
            ++list.skipped;
    }
    return list;
}

QJsonObject BookingJson::encode(const Booking &booking)
{
    // Starting from what the server sent keeps the fields this client does not know; json is
    // empty for a booking built in code, and fromJson() then gives an empty object. Typed
    // fields always win, so a raw value the decoder read as absent (a numeric meeting_url)
    // becomes null here; Booking::json still holds it.
    QJsonObject object = parseObject(booking.json).value_or(QJsonObject());
    object.insert(u"id", booking.id);
    object.insert(u"lead_id", textOrNull(booking.leadId));
    object.insert(u"calcom_booking_id", numberOrNull(booking.calcomBookingId));
    object.insert(u"calcom_booking_uid", textOrNull(booking.calcomBookingUid));
    object.insert(u"event_type_id", numberOrNull(booking.eventTypeId));
    object.insert(u"start_time", timeOrNull(booking.startTime));
    object.insert(u"end_time", timeOrNull(booking.endTime));
    object.insert(u"status", BookingStatuses::wireName(booking.status));
    object.insert(u"meeting_url", textOrNull(booking.meetingUrl));
    object.insert(u"metadata", booking.metadata.isEmpty() ? QJsonValue()
                                                          : QJsonValue(booking.metadata.object()));
    object.insert(u"created_at", timeOrNull(booking.createdAt));
    object.insert(u"updated_at", timeOrNull(booking.updatedAt));
    object.insert(u"lead", booking.lead
                               ? QJsonValue(encodeLead(*booking.lead, object.value(u"lead")))
                               : QJsonValue());
    return object;
}
