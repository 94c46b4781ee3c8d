#include "recordreader.h"

#include "isodatetime.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <array>
#include <cstring>
#include <limits>

// The record rules are those of bookingjson.cpp (decodeFields); this file only decides
// when a record surely passes them, and leaves every other record to that code.

namespace {

// Date-times and wire names are shorter; longer text is decoded into a QString instead.
constexpr qsizetype kShortText = 64;

enum Field {
    Id,
    LeadId,
    CalcomBookingId,
    CalcomBookingUid,
    EventTypeId,
    StartTime,
    EndTime,
    Status,
    MeetingUrl,
    Metadata,
    CreatedAt,
    UpdatedAt,
    LeadObject,
    FieldCount
};

enum LeadField { LeadIdField, Name, Email, Phone, Channel, LeadStatusField, LeadFieldCount };

struct FieldName
{
    const char *text;
    qsizetype length;
};

template<std::size_t N> constexpr FieldName fieldName(const char (&text)[N])
{
    return {text, qsizetype(N - 1)};
}

constexpr std::array<FieldName, FieldCount> kFields = {fieldName("id"),
                                                       fieldName("lead_id"),
                                                       fieldName("calcom_booking_id"),
                                                       fieldName("calcom_booking_uid"),
                                                       fieldName("event_type_id"),
                                                       fieldName("start_time"),
                                                       fieldName("end_time"),
                                                       fieldName("status"),
                                                       fieldName("meeting_url"),
                                                       fieldName("metadata"),
                                                       fieldName("created_at"),
                                                       fieldName("updated_at"),
                                                       fieldName("lead")};

constexpr std::array<FieldName, LeadFieldCount> kLeadFields = {
    fieldName("id"),    fieldName("name"),    fieldName("email"),
    fieldName("phone"), fieldName("channel"), fieldName("status")};

// Servers write the fields in one order, so the one after the last found is tried first.
template<std::size_t N>
int fieldIndex(const std::array<FieldName, N> &names, const JsonScanner::Text &text, int *next)
{
    const auto found = [&](std::size_t i) {
        *next = int(i + 1) % int(N);
        return int(i);
    };
    const std::size_t expected = std::size_t(*next);
    if (text.equals(names[expected].text, names[expected].length))
        return found(expected);
    for (std::size_t i = 0; i < N; ++i) {
        if (i != expected && text.equals(names[i].text, names[i].length))
            return found(i);
    }
    return -1;
}

// Reads a name and its colon: *field is its index in `names`, or -1. A name with escapes
// sets *escaped. False for invalid JSON.
template<std::size_t N>
bool readFieldName(JsonScanner &in, const std::array<FieldName, N> &names, int *next, int *field,
                   bool *escaped)
{
    const FieldName &expected = names[std::size_t(*next)];
    if (in.takeName(expected.text, expected.length)) {
        *field = *next;
        *next = (*next + 1) % int(N);
        return true;
    }
    JsonScanner::Text name;
    if (!in.readName(&name))
        return false;
    *escaped = *escaped || name.escaped;
    *field = fieldIndex(names, name, next);
    return true;
}

} // namespace

struct RecordReader::Slot
{
    enum class Type { Absent, String, Number, Null, Object, Other };
    Type type = Type::Absent;
    JsonScanner::Text text;
    JsonScanner::Number number;
    qsizetype begin = 0; // an object's bytes
    qsizetype end = 0;

    QString string() const { return type == Type::String ? text.toString() : QString(); }

    bool sameText(const Slot &other) const
    {
        return type == Type::String && other.type == Type::String &&
               text.size() == other.text.size() &&
               std::memcmp(text.begin, other.text.begin, std::size_t(text.size())) == 0;
    }

    QStringView view(char16_t *buffer, QString *storage) const
    {
        return type == Type::String ? text.view(buffer, kShortText, storage) : QStringView();
    }

    // A date-time as decodeFields reads it; false where decodeFields would not decode the
    // record.
    bool time(bool required, QDateTime *out) const
    {
        if (type == Type::Absent || type == Type::Null)
            return !required;
        if (type != Type::String)
            return false;
        const auto parsed = text.escaped
                                ? IsoDateTime::parse(text.toString())
                                : IsoDateTime::parseUtf8(QByteArrayView(text.begin, text.size()));
        if (!parsed)
            return false;
        *out = *parsed;
        return true;
    }

    // calcom_booking_id and event_type_id as decodeFields reads them (optionalId); false for
    // the forms left to it: numbers other than plain integers, strings with escapes.
    bool id(std::optional<qint64> *out) const
    {
        out->reset();
        if (type == Type::Number) {
            *out = number.integer;
            return number.integer.has_value();
        }
        if (type != Type::String)
            return true;
        if (text.escaped)
            return false;
        // Non-ASCII text has a character that is not a digit, whatever its length.
        if (text.size() == 0 || text.size() > std::numeric_limits<qint64>::digits10 + 1)
            return true;
        quint64 value = 0;
        for (const char *p = text.begin; p < text.end; ++p) {
            if (*p < '0' || *p > '9')
                return true;
            value = value * 10 + quint64(*p - '0');
        }
        if (value <= quint64(std::numeric_limits<qint64>::max()))
            *out = qint64(value);
        return true;
    }
};

struct RecordReader::LeadSlots
{
    std::array<Slot, LeadFieldCount> fields;
};

struct RecordReader::RecordSlots
{
    std::array<Slot, FieldCount> fields;
    LeadSlots lead;
};

RecordReader::RecordReader(JsonScanner *in, const QByteArray &body) : m_in(in), m_body(body)
{}

RecordReader::Outcome RecordReader::read(Booking *booking)
{
    RecordSlots seen;
    // Set for a record that is valid JSON but not one to decode here.
    bool deferred = false;
    int next = 0;
    if (!m_in->take('{'))
        return Outcome::Invalid;
    m_in->skipSpace();
    if (!m_in->take('}')) {
        do {
            m_in->skipSpace();
            int field = -1;
            // An escaped name may spell a field's; which one QJsonDocument keeps is its call.
            if (!readFieldName(*m_in, kFields, &next, &field, &deferred))
                return Outcome::Invalid;
            bool ok = false;
            if (field < 0) {
                ok = m_in->skipValue(kDepth);
            } else {
                Slot &slot = seen.fields[std::size_t(field)];
                deferred = deferred || slot.type != Slot::Type::Absent;
                if (field == LeadObject && m_in->peek() == '{') {
                    slot.type = Slot::Type::Object;
                    ok = readLead(&seen.lead, &deferred);
                } else {
                    ok = readSlot(&slot, kDepth);
                }
            }
            if (!ok)
                return Outcome::Invalid;
            m_in->skipSpace();
        } while (m_in->take(','));
        if (!m_in->take('}'))
            return Outcome::Invalid;
    }
    return deferred ? Outcome::Deferred : build(seen, booking);
}

bool RecordReader::readSlot(Slot *slot, int depth)
{
    switch (m_in->peek()) {
    case '"':
        slot->type = Slot::Type::String;
        return m_in->readText(&slot->text);
    case 'n':
        slot->type = Slot::Type::Null;
        return m_in->readNull();
    case '{':
        slot->type = Slot::Type::Object;
        slot->begin = m_in->offset();
        if (!m_in->skipValue(depth))
            return false;
        slot->end = m_in->offset();
        return true;
    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
        slot->type = Slot::Type::Number;
        return m_in->readNumber(&slot->number);
    default:
        slot->type = Slot::Type::Other;
        return m_in->skipValue(depth);
    }
}

bool RecordReader::readLead(LeadSlots *lead, bool *deferred)
{
    constexpr int depth = kDepth + 1;
    int next = 0;
    if (!m_in->take('{'))
        return false;
    m_in->skipSpace();
    if (m_in->take('}'))
        return true;
    do {
        m_in->skipSpace();
        int field = -1;
        if (!readFieldName(*m_in, kLeadFields, &next, &field, deferred))
            return false;
        bool ok = false;
        if (field < 0) {
            ok = m_in->skipValue(depth);
        } else {
            Slot &slot = lead->fields[std::size_t(field)];
            *deferred = *deferred || slot.type != Slot::Type::Absent;
            ok = readSlot(&slot, depth);
        }
        if (!ok)
            return false;
        m_in->skipSpace();
    } while (m_in->take(','));
    return m_in->take('}');
}

// Checks first and allocates after: a record that is deferred costs no strings.
RecordReader::Outcome RecordReader::build(const RecordSlots &seen, Booking *booking) const
{
    const auto &fields = seen.fields;
    const Slot &id = fields[Id];
    if (id.type != Slot::Type::String || id.text.size() == 0)
        return Outcome::Deferred;
    if (!fields[StartTime].time(true, &booking->startTime) ||
        !fields[EndTime].time(true, &booking->endTime) ||
        !fields[CreatedAt].time(false, &booking->createdAt) ||
        !fields[UpdatedAt].time(false, &booking->updatedAt) ||
        booking->endTime < booking->startTime)
        return Outcome::Deferred;

    const Slot &status = fields[Status];
    if (status.type != Slot::Type::String)
        return Outcome::Deferred;
    char16_t buffer[kShortText];
    QString storage;
    const auto bookingStatus = BookingStatuses::fromWireName(status.view(buffer, &storage));
    if (!bookingStatus)
        return Outcome::Deferred;
    booking->status = *bookingStatus;
    if (!fields[CalcomBookingId].id(&booking->calcomBookingId) ||
        !fields[EventTypeId].id(&booking->eventTypeId))
        return Outcome::Deferred;

    booking->brief =
        fields[Metadata].type == Slot::Type::Absent || fields[UpdatedAt].type == Slot::Type::Absent;
    const Slot &metadata = fields[Metadata];
    if (metadata.type == Slot::Type::Object) {
        // Metadata is any JSON the server likes; Qt's own parser builds its QJsonObject, so
        // that number types, key order and duplicate keys come out as in the reference.
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromRawData(m_body.constData() + metadata.begin,
                                                            metadata.end - metadata.begin),
                                    &error);
        if (error.error != QJsonParseError::NoError)
            return Outcome::Invalid;
        booking->metadata = document.object();
    }

    booking->id = id.text.toString();
    booking->leadId = fields[LeadId].string();
    booking->calcomBookingUid = fields[CalcomBookingUid].string();
    booking->meetingUrl = fields[MeetingUrl].string();
    if (fields[LeadObject].type == Slot::Type::Object) {
        const auto &leadFields = seen.lead.fields;
        Lead lead;
        // The server repeats lead_id there: one string serves both.
        const Slot &leadId = leadFields[LeadIdField];
        lead.id = leadId.sameText(fields[LeadId]) ? booking->leadId : leadId.string();
        lead.name = leadFields[Name].string();
        lead.email = leadFields[Email].string();
        lead.phone = leadFields[Phone].string();
        lead.channel = LeadInfo::channelFromWireName(leadFields[Channel].view(buffer, &storage));
        lead.status =
            LeadInfo::statusFromWireName(leadFields[LeadStatusField].view(buffer, &storage));
        booking->lead = std::move(lead);
    }
    return Outcome::Decoded;
}
