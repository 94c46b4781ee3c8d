#include "bookingjson.h"

#include "isodatetime.h"
#include "pagereader.h"
#include "pagerecordscanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

// What the decoder accepts, following "Wire formats a client must accept" in shared/API.md:
//
// - id (non-empty string), start_time, end_time and status (one of the five wire names) are
//   required. Absent, null or of the wrong type, they make the record an error. end_time
//   before start_time is an error; equal times are accepted.
// - Every date-time that is present and not null (created_at and updated_at too) must be a
//   string with an offset, or the record is an error: API.md says so, and updated_at drives
//   the check against overwriting someone else's change, so a guessed value is not harmless.
// - The other fields only inform the desk. null or absent means empty; a wrong type is read
//   as absent, and the raw value stays in Booking::json. Hiding an appointment from the desk
//   because a side field is malformed would be worse than showing it without that field.
// - calcom_booking_id and event_type_id accept whole JSON numbers within qint64 (123.0 too:
//   JSON does not tell it from 123) and strings of decimal digits, which some producers write
//   for 64-bit ids to survive JavaScript's doubles. Anything else reads as absent.
// - lead: null, absent or not an object means no lead. Inside it every field is optional and
//   a missing lead.id still gives a lead: the brief is there to show who is coming, and the
//   booking's own lead_id already carries the reference.
// - Unknown channel or status strings in a lead decode to Unknown.
//
// Error messages name the field, never its value: records carry personal data.

namespace {

// Longer "ids" are not worth echoing into a log or a sync report.
constexpr qsizetype kMaxReportedIdLength = 128;

template<typename T> std::optional<T> failure(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool isAbsent(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined();
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

// An int >= 0 of the page envelope. Absent or null is fine unless required.
bool readCount(const QJsonObject &object, QStringView key, bool required, int *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return required ? fail(error, QStringLiteral("%1: missing").arg(key)) : true;
    const auto number = wholeNumber(value);
    if (!number || *number < 0 || *number > std::numeric_limits<int>::max())
        return fail(error, QStringLiteral("%1: not an integer between 0 and 2^31-1").arg(key));
    *out = int(*number);
    return true;
}

bool readDateTime(const QJsonObject &object, QStringView key, bool required, QDateTime *out,
                  QString *error)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return required ? fail(error, QStringLiteral("%1: missing").arg(key)) : true;
    if (!value.isString())
        return fail(error, QStringLiteral("%1: not a string").arg(key));
    const auto time = IsoDateTime::parse(value.toString());
    if (!time)
        return fail(error,
                    QStringLiteral("%1: not an ISO 8601 date-time with a UTC offset").arg(key));
    *out = *time;
    return true;
}

Lead decodeLead(const QJsonObject &object)
{
    Lead lead;
    lead.id = optionalString(object.value(u"id"));
    lead.name = optionalString(object.value(u"name"));
    lead.email = optionalString(object.value(u"email"));
    lead.phone = optionalString(object.value(u"phone"));
    lead.channel = LeadInfo::channelFromWireName(optionalString(object.value(u"channel")));
    lead.status = LeadInfo::statusFromWireName(optionalString(object.value(u"status")));
    return lead;
}

QString readableId(const QJsonObject &object)
{
    const QString id = optionalString(object.value(u"id"));
    return id.size() <= kMaxReportedIdLength ? id : QString();
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

// Every field but json, which the callers fill in from what they have.
std::optional<Booking> decodeFields(const QJsonObject &object, QString *error)
{
    Booking booking;

    const QJsonValue id = object.value(u"id");
    if (!id.isString() || id.toString().isEmpty())
        return failure<Booking>(error, QStringLiteral("id: missing, empty or not a string"));
    booking.id = id.toString();

    if (!readDateTime(object, u"start_time", true, &booking.startTime, error) ||
        !readDateTime(object, u"end_time", true, &booking.endTime, error) ||
        !readDateTime(object, u"created_at", false, &booking.createdAt, error) ||
        !readDateTime(object, u"updated_at", false, &booking.updatedAt, error))
        return std::nullopt;
    if (booking.endTime < booking.startTime)
        return failure<Booking>(error, QStringLiteral("end_time: before start_time"));

    const QJsonValue status = object.value(u"status");
    if (!status.isString())
        return failure<Booking>(error, QStringLiteral("status: missing or not a string"));
    const auto bookingStatus = BookingStatuses::fromWireName(status.toString());
    if (!bookingStatus)
        return failure<Booking>(error, QStringLiteral("status: not a known booking status"));
    booking.status = *bookingStatus;

    booking.leadId = optionalString(object.value(u"lead_id"));
    booking.calcomBookingId = optionalId(object.value(u"calcom_booking_id"));
    booking.calcomBookingUid = optionalString(object.value(u"calcom_booking_uid"));
    booking.eventTypeId = optionalId(object.value(u"event_type_id"));
    booking.meetingUrl = optionalString(object.value(u"meeting_url"));
    booking.metadata = object.value(u"metadata").toObject();
    booking.brief = !object.contains(u"metadata") || !object.contains(u"updated_at");

    const QJsonValue lead = object.value(u"lead");
    if (lead.isObject())
        booking.lead = decodeLead(lead.toObject());

    return booking;
}

// One element of a page's array, as both page decoders append it: `json` gives the bytes
// kept for a decoded record.
template<typename Json>
void appendRecord(BookingPage *page, int index, const QJsonValue &record, Json json)
{
    if (!record.isObject()) {
        page->skipped.append({index, QString(), QStringLiteral("record: not a JSON object")});
        return;
    }
    QString reason;
    const QJsonObject object = record.toObject();
    if (auto booking = decodeFields(object, &reason)) {
        booking->json = json(object);
        page->bookings.append(std::move(*booking));
    } else {
        page->skipped.append({index, readableId(object), reason});
    }
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
    auto booking = decodeFields(object, error);
    if (booking)
        booking->json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return booking;
}

std::optional<Booking> BookingJson::decodeRecord(const QByteArray &record, QString *error)
{
    const auto object = parseObjectBody(record, error);
    if (!object)
        return std::nullopt;
    auto booking = decodeFields(*object, error);
    if (booking)
        booking->json = record;
    return booking;
}

std::optional<Booking> BookingJson::decodeBookingBody(const QByteArray &body, QString *error)
{
    const auto object = parseObjectBody(body, error);
    if (!object)
        return std::nullopt;
    return decodeBooking(*object, error);
}

std::optional<BookingPage> BookingJson::decodePage(const QByteArray &body, QString *error)
{
    if (auto page = decodePageDirect(body))
        return page;
    return decodePageReference(body, error);
}

std::optional<BookingPage> BookingJson::decodePageDirect(const QByteArray &body,
                                                         int *deferredRecords)
{
    int deferred = 0;
    // The records the reader leaves alone are decoded from their own bytes: within a page
    // it has read as valid JSON, QJsonDocument reads a record alone as it reads it there.
    const auto fallback = [&](int index, PageReader::Span span, bool isObject, BookingPage *page) {
        ++deferred;
        const QByteArray bytes = body.mid(span.begin, span.end - span.begin);
        QJsonValue record;
        if (isObject) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return false;
            record = document.object();
        }
        appendRecord(page, index, record, [&](const QJsonObject &) { return bytes; });
        return true;
    };
    auto page = PageReader(body).read(fallback);
    if (page && deferredRecords)
        *deferredRecords = deferred;
    return page;
}

// page and size may be absent (they echo what the client asked for, so it knows them); total
// may not, because without it the client cannot tell when it has paged through everything.
std::optional<BookingPage> BookingJson::decodePageReference(const QByteArray &body, QString *error)
{
    const auto object = parseObjectBody(body, error);
    if (!object)
        return std::nullopt;

    const QJsonValue records = object->value(u"bookings");
    if (!records.isArray())
        return failure<BookingPage>(error, QStringLiteral("bookings: missing or not an array"));

    BookingPage page;
    if (!readCount(*object, u"total", true, &page.total, error) ||
        !readCount(*object, u"page", false, &page.page, error) ||
        !readCount(*object, u"size", false, &page.size, error))
        return std::nullopt;

    const QJsonArray array = records.toArray();
    std::optional<QList<PageRecordScanner::Span>> spans = PageRecordScanner(body).records();
    if (spans && spans->size() != array.size())
        spans.reset();
    page.bookings.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        appendRecord(&page, int(i), array.at(i), [&](const QJsonObject &object) {
            const qsizetype at = spans ? spans->at(i).begin : 0;
            return spans ? body.mid(at, spans->at(i).end - at)
                         : QJsonDocument(object).toJson(QJsonDocument::Compact);
        });
    }
    return page;
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
    QJsonObject object = QJsonDocument::fromJson(booking.json).object();
    object.insert(u"id", booking.id);
    object.insert(u"lead_id", textOrNull(booking.leadId));
    object.insert(u"calcom_booking_id", numberOrNull(booking.calcomBookingId));
    object.insert(u"calcom_booking_uid", textOrNull(booking.calcomBookingUid));
    object.insert(u"event_type_id", numberOrNull(booking.eventTypeId));
    object.insert(u"start_time", timeOrNull(booking.startTime));
    object.insert(u"end_time", timeOrNull(booking.endTime));
    object.insert(u"status", BookingStatuses::wireName(booking.status));
    object.insert(u"meeting_url", textOrNull(booking.meetingUrl));
    object.insert(u"metadata",
                  booking.metadata.isEmpty() ? QJsonValue() : QJsonValue(booking.metadata));
    object.insert(u"created_at", timeOrNull(booking.createdAt));
    object.insert(u"updated_at", timeOrNull(booking.updatedAt));
    object.insert(u"lead", booking.lead
                               ? QJsonValue(encodeLead(*booking.lead, object.value(u"lead")))
                               : QJsonValue());
    return object;
}
