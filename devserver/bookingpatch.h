#pragma once

#include "bookingrecord.h"
#include "httpresponse.h"

#include <optional>

class ValidationErrors;

// A validated PATCH body and the rules for applying it (keep the duration, moving means
// rescheduled, no moving a cancelled booking).
class BookingPatch
{
public:
    // Adds to \a errors and returns nothing when the body does not validate.
    static std::optional<BookingPatch> parse(const QByteArray &body, ValidationErrors *errors);

    // An error response (400/422) when the patch cannot be applied; \a changed tells whether
    // anything differs from before.
    std::optional<HttpResponse> applyTo(BookingRecord &booking, bool *changed) const;

private:
    std::optional<QString> m_status;
    std::optional<qint64> m_startMs;
    std::optional<qint64> m_endMs;
    std::optional<QString> m_meetingUrl; // a null string clears it
    std::optional<QByteArray> m_metadataJson;
};
