#include "bookingserializer.h"

#include "jsonwriter.h"
#include "wireformat.h"

namespace {

void writeOptionalInt(JsonWriter &writer, const std::optional<qint64> &value)
{
    if (value)
        writer.integer(*value);
    else
        writer.null();
}

} // namespace

void BookingSerializer::write(JsonWriter &w, const BookingRecord &b, Form form)
{
    const bool full = form == Form::Full;
    w.beginObject();
    w.key("id").string(b.id);
    w.key("lead_id").nullableString(b.leadId);
    if (full) {
        w.key("calcom_booking_id");
        writeOptionalInt(w, b.calcomBookingId);
        w.key("calcom_booking_uid").nullableString(b.calcomBookingUid);
        w.key("event_type_id");
        writeOptionalInt(w, b.eventTypeId);
    }
    w.key("start_time").utf8String(WireFormat::formatUtcMs(b.startMs));
    w.key("end_time").utf8String(WireFormat::formatUtcMs(b.endMs));
    w.key("status").string(b.status);
    w.key("meeting_url").nullableString(b.meetingUrl);
    if (full)
        w.key("metadata").raw(b.metadataJson);
    w.key("created_at").utf8String(WireFormat::formatUtcMicros(b.createdUs));
    if (full)
        w.key("updated_at").utf8String(WireFormat::formatUtcMicros(b.updatedUs));
    w.key("lead");
    if (b.lead) {
        const LeadRecord &lead = *b.lead;
        w.beginObject();
        w.key("id").string(lead.id);
        w.key("name").nullableString(lead.name);
        w.key("email").nullableString(lead.email);
        w.key("phone").nullableString(lead.phone);
        w.key("channel").nullableString(lead.channel);
        w.key("status").nullableString(lead.status);
        w.endObject();
    } else {
        w.null();
    }
    w.endObject();
}

QByteArray BookingSerializer::toJson(const BookingRecord &booking)
{
    JsonWriter writer;
    write(writer, booking, Form::Full);
    return writer.take();
}

QByteArray BookingSerializer::listPage(const QList<BookingRecord> &bookings, qint64 total,
                                       qint64 page, qint64 size, Form form)
{
    JsonWriter w;
    w.beginObject().key("bookings").beginArray();
    for (const BookingRecord &booking : bookings)
        write(w, booking, form);
    w.endArray();
    w.key("total").integer(total);
    w.key("page").integer(page);
    w.key("size").integer(size);
    w.endObject();
    return w.take();
}
