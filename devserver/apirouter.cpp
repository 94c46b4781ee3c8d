#include "apirouter.h"

#include "apirequest.h"

namespace {

HttpResponse methodNotAllowed(const char *allowed)
{
    return HttpResponse::detail(405, u"Method Not Allowed").withHeader("allow", allowed);
}

} // namespace

ApiRouter::ApiRouter(const ServerOptions &options, BookingStore &store, ListChurn &churn)
    : m_auth(options), m_bookings(options, store, churn)
{}

HttpResponse ApiRouter::route(const ApiRequest &request)
{
    const QString &path = request.path;
    const QByteArray &method = request.method;
    static const QString prefix = QStringLiteral("/api/v1");
    const QStringView route = QStringView(path).sliced(prefix.size());

    if (route == u"/auth/login") {
        if (method != "POST")
            return methodNotAllowed("POST");
        return m_auth.login(request);
    }
    if (route == u"/auth/me") {
        if (method != "GET")
            return methodNotAllowed("GET");
        if (auto denied = m_auth.authenticate(request))
            return *denied;
        return m_auth.me();
    }
    if (route == u"/bookings") {
        if (method != "GET")
            return methodNotAllowed("GET");
        if (auto denied = m_auth.authenticate(request))
            return *denied;
        return m_bookings.list(request);
    }
    // Declared before /bookings/{id}, as in the FastAPI app, so it wins.
    if (route == u"/bookings/available-slots") {
        if (method != "GET")
            return methodNotAllowed("GET");
        if (auto denied = m_auth.authenticate(request))
            return *denied;
        return m_bookings.availableSlots(request);
    }
    static const QString bookingsPrefix = QStringLiteral("/bookings/");
    if (route.startsWith(bookingsPrefix) && route.size() > bookingsPrefix.size() &&
        !route.sliced(bookingsPrefix.size()).contains(QLatin1Char('/'))) {
        const QString id = route.sliced(bookingsPrefix.size()).toString();
        if (method != "GET" && method != "PATCH" && method != "DELETE")
            return methodNotAllowed("GET, PATCH, DELETE");
        if (auto denied = m_auth.authenticate(request))
            return *denied;
        if (method == "GET")
            return m_bookings.get(id);
        if (method == "PATCH")
            return m_bookings.patch(id, request);
        return m_bookings.remove(id);
    }
    return HttpResponse::detail(404, u"Not Found");
}
