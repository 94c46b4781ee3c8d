#include "controlapi.h"

#include "apirequest.h"
#include "authapi.h"
#include "bookingserializer.h"
#include "bookingstore.h"
#include "faultinjector.h"
#include "listchurn.h"
#include "requeststats.h"
#include "seeder.h"
#include "wireformat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

HttpResponse jsonObject(const QJsonObject &object)
{
    return HttpResponse::json(200, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse idsResponse(const QStringList &ids)
{
    return jsonObject({{QStringLiteral("ids"), QJsonArray::fromStringList(ids)}});
}

std::optional<QJsonObject> bodyObject(const ApiRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

bool isCount(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= 1e6 &&
           value.toDouble() == double(value.toInteger());
}

} // namespace

ControlApi::ControlApi(FaultInjector &faults, AuthApi &auth, BookingStore &store, Seeder &seeder,
                       RequestStats &stats, ListChurn &churn)
    : m_faults(faults)
    , m_auth(auth)
    , m_store(store)
    , m_seeder(seeder)
    , m_stats(stats)
    , m_churn(churn)
{}

HttpResponse ControlApi::handle(const ApiRequest &request)
{
    const QString &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const auto route = [&](bool allowed, auto &&handler) {
        return allowed ? handler() : HttpResponse::detail(405, u"Method Not Allowed");
    };
    if (path == u"/_control/faults")
        return route(get || post, [&] { return faults(request); });
    if (path == u"/_control/reset-faults") {
        return route(post, [&] {
            m_faults.reset();
            m_churn.reset();
            return jsonObject(m_faults.settings().toJson());
        });
    }
    if (path == u"/_control/expire-tokens") {
        return route(post, [&] {
            m_auth.expireAllTokens();
            return jsonObject({{QStringLiteral("expired"), true}});
        });
    }
    if (path == u"/_control/mutate")
        return route(post, [&] { return mutate(request); });
    if (path == u"/_control/create")
        return route(post, [&] { return create(request); });
    if (path == u"/_control/churn")
        return route(get || post, [&] { return churn(request); });
    if (path == u"/_control/stats")
        return route(get, [&] { return stats(); });
    if (path == u"/_control/reset-stats") {
        return route(post, [&] {
            m_stats.reset();
            m_faults.resetCount();
            return stats();
        });
    }
    return HttpResponse::detail(404, u"Not Found");
}

HttpResponse ControlApi::faults(const ApiRequest &request)
{
    if (request.method == "POST") {
        const std::optional<QJsonObject> changes = bodyObject(request);
        if (!changes)
            return HttpResponse::detail(422, u"body must be a JSON object");
        QString error;
        if (!m_faults.update(*changes, &error))
            return HttpResponse::detail(422, error);
    }
    return jsonObject(m_faults.settings().toJson());
}

HttpResponse ControlApi::mutate(const ApiRequest &request)
{
    const std::optional<QJsonObject> body = bodyObject(request);
    if (!body)
        return HttpResponse::detail(422, u"body must be a JSON object");
    const QString action = body->value(QLatin1String("action")).toString();
    if (action != u"move" && action != u"cancel" && action != u"delete")
        return HttpResponse::detail(422, u"action must be move, cancel or delete");
    const QJsonValue minutes = body->value(QLatin1String("minutes"));
    if (!minutes.isUndefined() &&
        !(minutes.isDouble() && minutes.toDouble() == double(minutes.toInteger())))
        return HttpResponse::detail(422, u"minutes must be an integer");
    const qint64 shiftMs = minutes.toInteger(60) * 60'000;

    QStringList candidates;
    if (const QJsonValue ids = body->value(QLatin1String("ids")); ids.isArray()) {
        for (const QJsonValue &id : ids.toArray()) {
            const QString canonical = WireFormat::canonicalUuid(id.toString());
            if (!canonical.isNull())
                candidates.append(canonical);
        }
    } else if (const QJsonValue count = body->value(QLatin1String("count")); isCount(count)) {
        candidates = m_store.activeIdsNear(WireFormat::nowMs(), int(count.toInteger()));
    } else {
        return HttpResponse::detail(422, u"give either ids (array) or count (integer >= 0)");
    }

    QStringList changed;
    const qint64 nowUs = WireFormat::nowMicros();
    for (const QString &id : std::as_const(candidates)) {
        std::optional<BookingRecord> booking = m_store.find(id);
        if (!booking)
            continue;
        if (action == u"delete") {
            if (m_store.remove(id))
                changed.append(id);
            continue;
        }
        if (booking->status == u"cancelled")
            continue;
        if (action == u"move") {
            booking->startMs += shiftMs;
            booking->endMs += shiftMs;
            booking->status = QStringLiteral("rescheduled");
        } else {
            booking->status = QStringLiteral("cancelled");
        }
        booking->updatedUs = std::max(nowUs, booking->createdUs);
        if (m_store.update(*booking))
            changed.append(id);
    }
    return idsResponse(changed);
}

HttpResponse ControlApi::create(const ApiRequest &request)
{
    const std::optional<QJsonObject> body = bodyObject(request);
    if (!body)
        return HttpResponse::detail(422, u"body must be a JSON object");
    if (const QJsonValue specs = body->value(QLatin1String("bookings")); !specs.isUndefined()) {
        if (!specs.isArray())
            return HttpResponse::detail(422, u"bookings must be an array of objects");
        QStringList ids;
        QJsonArray records;
        for (const QJsonValue &spec : specs.toArray()) {
            QString error;
            const QString id = m_seeder.createFrom(m_store, spec.toObject(), &error);
            if (id.isNull())
                return HttpResponse::detail(422, error);
            ids.append(id);
            // The full records as GET /bookings/{id} gives them, so a test can cache them
            // without a request that would count in the stats.
            records.append(
                QJsonDocument::fromJson(BookingSerializer::toJson(*m_store.find(id))).object());
        }
        return jsonObject({{QStringLiteral("ids"), QJsonArray::fromStringList(ids)},
                           {QStringLiteral("bookings"), records}});
    }
    const QJsonValue count = body->value(QLatin1String("count"));
    if (!count.isUndefined() && !isCount(count))
        return HttpResponse::detail(422, u"count must be an integer >= 0");
    return idsResponse(m_seeder.createLive(m_store, int(count.toInteger(1))));
}

HttpResponse ControlApi::churn(const ApiRequest &request)
{
    if (request.method == "POST") {
        const std::optional<QJsonObject> changes = bodyObject(request);
        if (!changes)
            return HttpResponse::detail(422, u"body must be a JSON object");
        QString error;
        if (!m_churn.update(*changes, &error))
            return HttpResponse::detail(422, error);
    }
    return HttpResponse::json(200, m_churn.toJson());
}

HttpResponse ControlApi::stats()
{
    return jsonObject({{QStringLiteral("requests"), m_stats.total()},
                       {QStringLiteral("by_method"), m_stats.byMethod()},
                       {QStringLiteral("faults_fired"), m_faults.firedCount()},
                       {QStringLiteral("patches"), m_stats.patches()},
                       {QStringLiteral("bookings"), m_store.count()}});
}
