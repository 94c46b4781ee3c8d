#include "bookingsapi.h"

#include "apirequest.h"
#include "bookingpatch.h"
#include "bookingserializer.h"
#include "bookingstore.h"
#include "jsonwriter.h"
#include "listchurn.h"
#include "serveroptions.h"
#include "validationerrors.h"
#include "wireformat.h"

#include <QDateTime>

namespace {

constexpr int kMaxSlotRangeDays = 62;
const QString kQuery = QStringLiteral("query");

std::optional<qint64> queryInteger(const QUrlQuery &query, const QString &name, qint64 fallback,
                                   qint64 minimum, qint64 maximum, ValidationErrors *errors)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name, QUrl::FullyDecoded).trimmed().toLongLong(&ok);
    const QStringList location{kQuery, name};
    if (!ok) {
        errors->add(location, u"value is not a valid integer", u"type_error.integer");
        return std::nullopt;
    }
    if (value < minimum) {
        errors->add(location,
                    QStringLiteral("ensure this value is greater than or equal to %1").arg(minimum),
                    u"value_error.number.not_ge",
                    "{\"limit_value\":" + QByteArray::number(minimum) + '}');
        return std::nullopt;
    }
    if (value > maximum) {
        errors->add(
            location, QStringLiteral("ensure this value is less than or equal to %1").arg(maximum),
            u"value_error.number.not_le", "{\"limit_value\":" + QByteArray::number(maximum) + '}');
        return std::nullopt;
    }
    return value;
}

std::optional<QDate> queryDate(const QUrlQuery &query, const QString &name,
                               ValidationErrors *errors)
{
    if (!query.hasQueryItem(name)) {
        errors->missing({kQuery, name});
        return std::nullopt;
    }
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (text.size() != 10 || !date.isValid()) {
        errors->add({kQuery, name}, u"invalid date format", u"value_error.date");
        return std::nullopt;
    }
    return date;
}

QString pathId(const QString &rawId, ValidationErrors *errors)
{
    const QString id = WireFormat::canonicalUuid(rawId);
    if (id.isNull())
        errors->add({QStringLiteral("path"), QStringLiteral("booking_id")},
                    u"value is not a valid uuid", u"type_error.uuid");
    return id;
}

HttpResponse notFound()
{
    return HttpResponse::detail(404, u"Booking not found");
}

} // namespace

BookingsApi::BookingsApi(const ServerOptions &options, BookingStore &store, ListChurn &churn)
    : m_options(options)
    , m_store(store)
    , m_churn(churn)
    , m_slots(options.timeZone, options.openTime, options.closeTime, options.slotMinutes)
{}

HttpResponse BookingsApi::list(const ApiRequest &request)
{
    ValidationErrors errors;
    const auto page = queryInteger(request.query, QStringLiteral("page"), 1, 1,
                                   std::numeric_limits<qint64>::max() / 128, &errors);
    const auto size = queryInteger(request.query, QStringLiteral("size"), 20, 1, 100, &errors);
    BookingFilter filter;
    if (request.query.hasQueryItem(QStringLiteral("lead_id"))) {
        filter.leadId = WireFormat::canonicalUuid(
            request.query.queryItemValue(QStringLiteral("lead_id"), QUrl::FullyDecoded).trimmed());
        if (filter.leadId.isNull())
            errors.add({kQuery, QStringLiteral("lead_id")}, u"value is not a valid uuid",
                       u"type_error.uuid");
    }
    if (request.query.hasQueryItem(QStringLiteral("status"))) {
        filter.status = request.query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
        if (!WireFormat::isBookingStatus(filter.status))
            errors.add({kQuery, QStringLiteral("status")}, ValidationErrors::enumMessage(),
                       u"type_error.enum", ValidationErrors::enumContext());
    }
    if (!errors.isEmpty())
        return errors.response();

    const qint64 total = m_store.count(filter);
    const qint64 offset = (*page - 1) * *size;
    const QList<BookingRecord> rows =
        offset < total ? m_store.page(filter, offset, int(*size), m_churn.order())
                       : QList<BookingRecord>();
    const auto form =
        m_options.briefList ? BookingSerializer::Form::Brief : BookingSerializer::Form::Full;
    HttpResponse answer =
        HttpResponse::json(200, BookingSerializer::listPage(rows, total, *page, *size, form));
    // Only now: this answer stays consistent, and the pages after it see the change.
    m_churn.afterListPage();
    return answer;
}

HttpResponse BookingsApi::get(const QString &rawId)
{
    ValidationErrors errors;
    const QString id = pathId(rawId, &errors);
    if (!errors.isEmpty())
        return errors.response();
    const std::optional<BookingRecord> booking = m_store.find(id);
    return booking ? HttpResponse::json(200, BookingSerializer::toJson(*booking)) : notFound();
}

HttpResponse BookingsApi::patch(const QString &rawId, const ApiRequest &request)
{
    ValidationErrors errors;
    const QString id = pathId(rawId, &errors);
    const std::optional<BookingPatch> patch = BookingPatch::parse(request.body, &errors);
    if (!errors.isEmpty())
        return errors.response();
    std::optional<BookingRecord> booking = m_store.find(id);
    if (!booking)
        return notFound();
    bool changed = false;
    if (std::optional<HttpResponse> refused = patch->applyTo(*booking, &changed))
        return *refused;
    if (changed) {
        booking->updatedUs = std::max(WireFormat::nowMicros(), booking->createdUs);
        if (!m_store.update(*booking))
            return HttpResponse::plainText(500, "Internal Server Error");
    }
    return HttpResponse::json(200, BookingSerializer::toJson(*booking));
}

HttpResponse BookingsApi::remove(const QString &rawId)
{
    ValidationErrors errors;
    const QString id = pathId(rawId, &errors);
    if (!errors.isEmpty())
        return errors.response();
    std::optional<BookingRecord> booking = m_store.find(id);
    if (!booking)
        return notFound();
    if (booking->status == u"cancelled")
        return HttpResponse::detail(400, u"Booking is already cancelled");
    booking->status = QStringLiteral("cancelled");
    booking->updatedUs = std::max(WireFormat::nowMicros(), booking->createdUs);
    if (!m_store.update(*booking))
        return HttpResponse::plainText(500, "Internal Server Error");
    return HttpResponse::noContent();
}

HttpResponse BookingsApi::availableSlots(const ApiRequest &request)
{
    ValidationErrors errors;
    const std::optional<QDate> from =
        queryDate(request.query, QStringLiteral("start_date"), &errors);
    const std::optional<QDate> to = queryDate(request.query, QStringLiteral("end_date"), &errors);
    if (from && to && *to < *from)
        errors.add({kQuery, QStringLiteral("end_date")}, u"end_date must not be before start_date",
                   u"value_error");
    else if (from && to && from->daysTo(*to) > kMaxSlotRangeDays)
        errors.add({kQuery, QStringLiteral("end_date")},
                   QStringLiteral("date range must not exceed %1 days").arg(kMaxSlotRangeDays),
                   u"value_error");
    if (!errors.isEmpty())
        return errors.response();

    const SlotCalculator::Interval span = m_slots.range(*from, *to);
    const QList<SlotCalculator::Interval> busy = m_store.activeIntervals(span.first, span.second);
    const QList<SlotCalculator::Interval> freeSlots =
        m_slots.freeSlots(*from, *to, WireFormat::nowMs(), busy);

    JsonWriter w;
    w.beginObject().key("slots").beginArray();
    for (const auto &[start, end] : freeSlots) {
        w.beginObject();
        w.key("start").utf8String(WireFormat::formatUtcMs(start));
        w.key("end").utf8String(WireFormat::formatUtcMs(end));
        w.endObject();
    }
    w.endArray();
    w.key("start_date").string(from->toString(Qt::ISODate));
    w.key("end_date").string(to->toString(Qt::ISODate));
    w.key("event_type_id").integer(123456);
    w.endObject();
    return HttpResponse::json(200, w.take());
}
