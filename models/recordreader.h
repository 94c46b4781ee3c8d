#pragma once

#include "booking.h"
#include "jsonscanner.h"

#include <QByteArray>

// One record of a list page for PageReader: decoded into a Booking when it surely passes
// decodeFields' rules (bookingjson.cpp) exactly as it stands, left to decodeFields when it
// is valid JSON of any other kind (a bad record, a name twice or spelled with escapes, an id
// written as 123.0).
class RecordReader
{
public:
    // Envelope, "bookings" array, record: the containers around a record's values.
    static constexpr int kDepth = 3;
    enum class Outcome { Decoded, Deferred, Invalid };

    RecordReader(JsonScanner *in, const QByteArray &body);
    // Reads the object at the scanner's position. Decoded fills every field of `booking`
    // but json; Invalid means the page is not JSON the scanner takes.
    Outcome read(Booking *booking);

private:
    // What the reader saw of one field, kept until the record is known to be decodable.
    struct Slot;
    struct LeadSlots;
    struct RecordSlots;

    bool readSlot(Slot *slot, int depth);
    bool readLead(LeadSlots *lead, bool *deferred);
    Outcome build(const RecordSlots &seen, Booking *booking) const;

    JsonScanner *m_in;
    const QByteArray &m_body;
};
