#include "bookingpatch.h"

#include "validationerrors.h"
#include "wireformat.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kBody = QStringLiteral("body");

std::optional<qint64> parseTime(const QJsonObject &object, const char *key,
                                ValidationErrors *errors)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QStringList location{kBody, QLatin1String(key)};
    if (!value.isString()) {
        errors->add(location, u"invalid datetime format", u"value_error.datetime");
        return std::nullopt;
    }
    WireFormat::DateTimeError error = WireFormat::DateTimeError::None;
    const std::optional<qint64> ms = WireFormat::parseDateTime(value.toString(), &error);
    if (error == WireFormat::DateTimeError::MissingOffset)
        errors->add(location, u"datetime must include a UTC offset (e.g. Z or +01:00)",
                    u"value_error.datetime.naive");
    else if (!ms)
        errors->add(location, u"invalid datetime format", u"value_error.datetime");
    return ms;
}

} // namespace

std::optional<BookingPatch> BookingPatch::parse(const QByteArray &body, ValidationErrors *errors)
{
    if (body.trimmed().isEmpty()) {
        errors->missing({kBody});
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->invalidJson(parseError.offset, parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors->add({kBody}, u"value is not a valid dict", u"type_error.dict");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    BookingPatch patch;

    if (const QJsonValue status = object.value(QLatin1String("status"));
        !status.isUndefined() && !status.isNull()) {
        if (status.isString() && WireFormat::isBookingStatus(status.toString()))
            patch.m_status = status.toString();
        else
            errors->add({kBody, QStringLiteral("status")}, ValidationErrors::enumMessage(),
                        u"type_error.enum", ValidationErrors::enumContext());
    }
    patch.m_startMs = parseTime(object, "start_time", errors);
    patch.m_endMs = parseTime(object, "end_time", errors);

    if (const QJsonValue url = object.value(QLatin1String("meeting_url")); !url.isUndefined()) {
        if (url.isNull())
            patch.m_meetingUrl = QString();
        else if (url.isString())
            patch.m_meetingUrl = url.toString();
        else
            errors->add({kBody, QStringLiteral("meeting_url")}, u"str type expected",
                        u"type_error.str");
    }
    if (const QJsonValue metadata = object.value(QLatin1String("metadata"));
        !metadata.isUndefined()) {
        if (metadata.isNull())
            patch.m_metadataJson = QByteArrayLiteral("{}");
        else if (metadata.isObject())
            patch.m_metadataJson =
                QJsonDocument(metadata.toObject()).toJson(QJsonDocument::Compact);
        else
            errors->add({kBody, QStringLiteral("metadata")}, u"value is not a valid dict",
                        u"type_error.dict");
    }
    if (!errors->isEmpty())
        return std::nullopt;
    return patch;
}

std::optional<HttpResponse> BookingPatch::applyTo(BookingRecord &booking, bool *changed) const
{
    qint64 start = booking.startMs;
    qint64 end = booking.endMs;
    if (m_startMs && !m_endMs) {
        end = *m_startMs + (booking.endMs - booking.startMs);
        start = *m_startMs;
    } else {
        start = m_startMs.value_or(start);
        end = m_endMs.value_or(end);
    }
    if (end <= start) {
        ValidationErrors errors;
        errors.add({kBody, QStringLiteral("end_time")}, u"end_time must be after start_time",
                   u"value_error");
        return errors.response();
    }
    const bool moving = start != booking.startMs || end != booking.endMs;
    if (moving && booking.status == u"cancelled")
        return HttpResponse::detail(400, u"Cannot reschedule a cancelled booking");

    BookingRecord next = booking;
    next.startMs = start;
    next.endMs = end;
    if (m_status)
        next.status = *m_status;
    else if (moving)
        next.status = QStringLiteral("rescheduled");
    if (m_meetingUrl)
        next.meetingUrl = *m_meetingUrl;
    if (m_metadataJson)
        next.metadataJson = *m_metadataJson;

    *changed = moving || next.status != booking.status || next.meetingUrl != booking.meetingUrl ||
               next.meetingUrl.isNull() != booking.meetingUrl.isNull() ||
               next.metadataJson != booking.metadataJson;
    booking = next;
    return std::nullopt;
}
