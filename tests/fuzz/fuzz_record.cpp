// A single record (detail and PATCH answers, the cache's bytes): decodeBookingBody against
// the reference's reading of the object; a decoded record decodes again from its own bytes
// to the same booking, and encode() keeps every field.

#include "fuzzcheck.h"
#include "referencedecoder.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QString referenceError;
    const auto object = ReferenceDecoder::parse(body, &referenceError);
    const auto expected =
        object ? ReferenceDecoder::record(*object, &referenceError) : std::optional<Booking>();
    QString error;
    const auto booking = BookingJson::decodeBookingBody(body, &error);
    FUZZ_CHECK(booking.has_value() == expected.has_value());
    if (!booking) {
        FUZZ_CHECK(error.section(u':', 0, 0) == referenceError.section(u':', 0, 0));
        return 0;
    }
    Booking withoutJson = *booking;
    withoutJson.json.clear();
    FUZZ_CHECK(withoutJson == *expected);
    FUZZ_CHECK(ReferenceDecoder::jsonMatches(booking->json, *object));
    const auto again = BookingJson::decodeRecord(booking->json, nullptr);
    FUZZ_CHECK(again && *again == *booking);
    const auto encoded = BookingJson::decodeBooking(BookingJson::encode(*booking), nullptr);
    FUZZ_CHECK(encoded.has_value());
    Booking a = *encoded;
    Booking b = *booking;
    a.json.clear();
    b.json.clear();
    FUZZ_CHECK(a.id == b.id && a.startTime == b.startTime && a.endTime == b.endTime &&
               a.status == b.status && a.metadata == b.metadata && a.lead == b.lead &&
               a.calcomBookingId == b.calcomBookingId && a.eventTypeId == b.eventTypeId);
    return 0;
}
