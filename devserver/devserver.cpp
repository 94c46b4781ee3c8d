#include "devserver.h"

#include "apirequest.h"
#include "devserverlog.h"
#include "serveroptions.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QTcpSocket>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

bool isLoopback(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).isLoopback() : address.isLoopback();
}

} // namespace

DevServer::DevServer(const ServerOptions &options, BookingStore &store, Seeder &seeder,
                     QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_churn(store, seeder, options.listOrder, options.seed)
    , m_router(options, store, m_churn)
    , m_faults(options.faults, options.seed)
    , m_control(m_faults, m_router.auth(), store, seeder, m_stats, m_churn)
    , m_scheduler(this)
{}

bool DevServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const ApiRequest apiRequest = toApiRequest(request);
    const bool keepAlive = !apiRequest.closeConnection;
    HttpResponse response;
    FaultInjector::Fault fault = FaultInjector::Fault::None;
    int delayMs = 0;
    ResponseScheduler::Outgoing outgoing;

    if (apiRequest.path == u"/_control" || apiRequest.path.startsWith(u"/_control/")) {
        response = isLoopback(apiRequest.peer) ? m_control.handle(apiRequest)
                                               : HttpResponse::detail(403, u"Forbidden");
        outgoing.bytes = response.serialize(keepAlive);
    } else if (apiRequest.path == u"/api/v1" || apiRequest.path.startsWith(u"/api/v1/")) {
        m_stats.record(apiRequest.method, apiRequest.path, apiRequest.body);
        outgoing = handleApi(apiRequest, &response, &fault);
        delayMs = m_faults.settings().latencyMs;
    } else {
        response = HttpResponse::detail(404, u"Not Found");
        outgoing.bytes = response.serialize(keepAlive);
    }
    if (!keepAlive)
        outgoing.after = ResponseScheduler::After::Close;
    // Read before sending: an immediate close lets QAbstractHttpServer schedule the socket,
    // and with it the request, for deletion.
    const QString target = m_options.quiet
                               ? QString()
                               : request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    m_scheduler.send(socket, std::move(outgoing), delayMs);

    if (!m_options.quiet) {
        qCInfo(lcDevServer).noquote().nospace()
            << apiRequest.method << ' ' << target << " -> " << response.status << " ("
            << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 2) << " ms"
            << (delayMs > 0 ? QStringLiteral(", +%1 ms latency").arg(delayMs) : QString())
            << (fault != FaultInjector::Fault::None
                    ? QStringLiteral(", fault %1").arg(QLatin1String(FaultInjector::name(fault)))
                    : QString())
            << ')';
    }
    return true;
}

void DevServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const bool keepAlive = request.value("connection").compare("close", Qt::CaseInsensitive) != 0;
    ResponseScheduler::Outgoing outgoing{
        HttpResponse::detail(404, u"Not Found").serialize(keepAlive),
        keepAlive ? ResponseScheduler::After::KeepOpen : ResponseScheduler::After::Close};
    m_scheduler.send(socket, std::move(outgoing), 0);
}

ApiRequest DevServer::toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest result;
    result.method = methodName(request.method());
    result.path = request.url().path();
    result.query = request.query();
    result.authorization = request.value("authorization");
    result.body = request.body();
    result.peer = request.remoteAddress();
    result.closeConnection = request.value("connection").compare("close", Qt::CaseInsensitive) == 0;
    return result;
}

ResponseScheduler::Outgoing DevServer::handleApi(const ApiRequest &request, HttpResponse *response,
                                                 FaultInjector::Fault *fault)
{
    using Fault = FaultInjector::Fault;
    const bool keepAlive = !request.closeConnection;
    *fault = m_faults.next(request.method);
    switch (*fault) {
    case Fault::Drop:
        // Nothing was processed: the connection dies before the server got to it.
        response->status = 0;
        return {{}, ResponseScheduler::After::Close};
    case Fault::RateLimit:
        *response = HttpResponse::detail(429, u"Rate limit exceeded: 60 per 1 minute")
                        .withHeader("retry-after",
                                    QByteArray::number(m_faults.settings().retryAfterSeconds));
        return {response->serialize(keepAlive)};
    case Fault::ServerError:
        // Uvicorn answers an unhandled exception in plain text, not JSON.
        *response = HttpResponse::plainText(500, "Internal Server Error");
        return {response->serialize(keepAlive)};
    case Fault::Truncate: {
        // The request is processed (the write happened); only the answer gets lost halfway.
        *response = m_router.route(request);
        if (response->body.size() < 2) {
            response->status = 200;
            response->body = "{}";
        }
        const QByteArray full = response->serialize(keepAlive);
        return {full.left(full.size() - response->body.size() + response->body.size() / 2),
                ResponseScheduler::After::Close};
    }
    case Fault::Malformed: {
        *response = m_router.route(request);
        const QByteArray broken = response->body.size() >= 2
                                      ? response->body.left(response->body.size() / 2)
                                      : QByteArrayLiteral("{\"bookings\":[");
        response->status = 200;
        response->contentType = QByteArrayLiteral("application/json");
        response->body = broken;
        return {response->serialize(keepAlive)};
    }
    case Fault::None:
        break;
    }
    *response = m_router.route(request);
    return {response->serialize(keepAlive)};
}
