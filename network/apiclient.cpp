#include "apiclient.h"

#include "clock.h"
#include "networklogging.h"
#include "serverurl.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

#include <algorithm>

namespace {

// Nothing the API sends comes near this; a larger body is a misbehaving proxy or server,
// and reading it would only cost memory.
constexpr qint64 kMaxBodyBytes = 64 * 1024 * 1024;

QString str(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

std::optional<LoginResult> decodeLogin(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("login answer is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    LoginResult result;
    result.accessToken = object.value(QLatin1String("access_token")).toString().toUtf8();
    if (result.accessToken.isEmpty()) {
        *error = QStringLiteral("login answer has no access_token");
        return std::nullopt;
    }
    result.tokenType = object.value(QLatin1String("token_type")).toString();
    if (!result.tokenType.isEmpty() &&
        result.tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("unsupported token_type %1").arg(result.tokenType.left(20));
        return std::nullopt;
    }
    result.userId = str(object, QLatin1String("user_id"));
    result.email = str(object, QLatin1String("email"));
    result.fullName = str(object, QLatin1String("full_name"));
    result.organizationId = str(object, QLatin1String("organization_id"));
    result.organizationName = str(object, QLatin1String("organization_name"));
    return result;
}

std::optional<UserInfo> decodeUser(const QByteArray &body, QString *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        *error = QStringLiteral("user answer is not a JSON object");
        return std::nullopt;
    }
    UserInfo user;
    user.json = document.object();
    user.id = str(user.json, QLatin1String("id"));
    user.email = str(user.json, QLatin1String("email"));
    if (user.id.isEmpty() || user.email.isEmpty()) {
        *error = QStringLiteral("user answer lacks id or email");
        return std::nullopt;
    }
    user.fullName = str(user.json, QLatin1String("full_name"));
    user.organizationId = str(user.json, QLatin1String("organization_id"));
    user.organizationName = str(user.json, QLatin1String("organization_name"));
    return user;
}

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return std::chrono::seconds(std::clamp<qint64>(seconds, 0, 24 * 3600));
    const QDateTime when =
        QDateTime::fromString(QString::fromLatin1(value).trimmed(), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::seconds(std::clamp<qint64>(Clock::now().secsTo(when), 0, 24 * 3600));
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    // Qt numbers connection-level errors 1..99 and proxy errors 101..199; content, protocol
    // and server errors (HTTP statuses) come after.
    return error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

} // namespace

struct ApiClient::Pending
{
    RequestId id = 0;
    QByteArray verb;
    QUrl url;
    QByteArray body;
    bool retryable = false;
    Auth auth = Auth::None;
    bool hasContext = false;
    QPointer<QObject> context;
    QMetaObject::Connection contextConnection;
    std::function<void(const ApiResult<RawResponse> &)> done;
    int retries = 0;
    QPointer<QNetworkReply> reply;
    QTimer timer; // attempt deadline, or the wait before the next retry
    bool timedOut = false;
    bool cancelled = false;
    bool tooLarge = false;
    QString sslErrors;
    QElapsedTimer elapsed;
};

ApiClient::ApiClient(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
}

ApiClient::~ApiClient()
{
    // Callbacks are not called after the client is gone (documented); just stop the work.
    const auto pending = m_pending;
    m_pending.clear();
    for (const auto &request : pending) {
        request->timer.stop();
        if (request->reply) {
            request->reply->disconnect(this);
            request->reply->abort();
            request->reply->deleteLater();
        }
        if (request->contextConnection)
            disconnect(request->contextConnection);
    }
}

std::optional<ApiError> ApiClient::setBaseUrl(const QUrl &url)
{
    if (auto error = ServerUrl::check(url))
        return error;
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash);
    return std::nullopt;
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("Frontdesk/") + QCoreApplication::applicationVersion().toUtf8();
}

ApiClient::RequestId ApiClient::send(const QByteArray &verb, const QString &path,
                                     const QUrlQuery &query, const QByteArray &body, bool retryable,
                                     Auth auth, QObject *context,
                                     std::function<void(const ApiResult<RawResponse> &)> done)
{
    auto pending = std::make_shared<Pending>();
    pending->id = m_nextId++;
    pending->verb = verb;
    pending->body = body;
    pending->retryable = retryable;
    pending->auth = auth;
    pending->hasContext = context != nullptr;
    pending->context = context;
    pending->done = std::move(done);
    pending->timer.setSingleShot(true);
    pending->elapsed.start();

    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + QStringLiteral("/api/v1") + path);
    if (!query.isEmpty())
        url.setQuery(query);
    pending->url = url;

    const RequestId id = pending->id;
    m_pending.insert(id, pending);
    if (context) {
        pending->contextConnection =
            connect(context, &QObject::destroyed, this, [this, id] { abort(id); });
    }

    std::optional<ApiError> refusal = ServerUrl::check(m_baseUrl);
    if (!refusal && auth == Auth::Bearer && m_accessToken.isEmpty())
        refusal = ApiError::http(401, {}, QStringLiteral("no access token; sign in first"));
    if (refusal) {
        // Still asynchronous, like every other completion.
        QMetaObject::invokeMethod(
            this, [this, id, error = *refusal] { finish(id, error); }, Qt::QueuedConnection);
        return id;
    }
    startAttempt(*pending);
    return id;
}

void ApiClient::startAttempt(Pending &pending)
{
    QNetworkRequest request(pending.url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!pending.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (pending.auth == Auth::Bearer)
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_accessToken);

    pending.timedOut = false;
    pending.tooLarge = false;
    pending.sslErrors.clear();
    QNetworkReply *reply = pending.verb == "GET"
                               ? m_network->get(request)
                               : m_network->sendCustomRequest(request, pending.verb, pending.body);
    pending.reply = reply;

    const RequestId id = pending.id;
    connect(reply, &QNetworkReply::finished, this, [this, id] { onReplyFinished(id); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, id](qint64 received, qint64) {
        auto it = m_pending.find(id);
        if (it != m_pending.end() && received > kMaxBodyBytes && (*it)->reply) {
            (*it)->tooLarge = true;
            (*it)->reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        // Never ignored (API.md): remember why, the reply then fails the handshake.
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        (*it)->sslErrors = texts.join(QStringLiteral("; "));
    });

    pending.timer.disconnect();
    connect(&pending.timer, &QTimer::timeout, this, [this, id] {
        auto it = m_pending.find(id);
        if (it == m_pending.end() || !(*it)->reply)
            return;
        (*it)->timedOut = true;
        (*it)->reply->abort();
    });
    pending.timer.start(m_timeout);
}

std::optional<ApiError> ApiClient::errorOf(Pending &pending, QNetworkReply *reply, int status,
                                           const QByteArray &body) const
{
    const QNetworkReply::NetworkError error = reply->error();
    const QString what = QString::fromLatin1(pending.verb) + u' ' + pending.url.path();
    if (pending.cancelled)
        return ApiError::cancelled();
    if (pending.timedOut) {
        return ApiError::timeout(
            QStringLiteral("%1: no answer within %2 ms").arg(what).arg(m_timeout.count()));
    }
    if (pending.tooLarge)
        return ApiError::malformed(
            QStringLiteral("%1: body larger than %2 bytes").arg(what).arg(kMaxBodyBytes));
    if (error == QNetworkReply::SslHandshakeFailedError || !pending.sslErrors.isEmpty()) {
        return ApiError::tls(
            what + QStringLiteral(": ") +
            (pending.sslErrors.isEmpty() ? reply->errorString() : pending.sslErrors));
    }
    if (isTransportError(error) || status == 0)
        return ApiError::network(what + QStringLiteral(": ") + reply->errorString());
    if (status >= 400) {
        ApiError result = ApiError::http(
            status, ApiError::detailFromBody(body),
            what + QStringLiteral(": HTTP %1 %2")
                       .arg(status)
                       .arg(QString::fromUtf8(
                           reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                               .toByteArray())));
        result.retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"));
        return result;
    }
    if (error != QNetworkReply::NoError)
        return ApiError::network(what + QStringLiteral(": ") + reply->errorString());
    return std::nullopt;
}

void ApiClient::onReplyFinished(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    std::shared_ptr<Pending> pending = *it;
    QNetworkReply *reply = pending->reply;
    pending->timer.stop();
    pending->reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply (cancel, timeout, oversized body) has nothing worth reading.
    const bool aborted = pending->cancelled || pending->timedOut || pending->tooLarge;
    const QByteArray body = aborted || !reply->isOpen() ? QByteArray() : reply->readAll();
    std::optional<ApiError> error = errorOf(*pending, reply, status, body);

    if (!error) {
        qCDebug(lcNetwork).noquote()
            << pending->verb << pending->url.path() << status << pending->elapsed.elapsed() << "ms";
        Q_EMIT serverReached(true);
        finish(id, RawResponse{status, body});
        return;
    }

    if (pending->retryable && error->isTransient()) {
        if (auto delay = m_retryPolicy.delayFor(pending->retries + 1, error->retryAfter)) {
            ++pending->retries;
            qCInfo(lcNetwork).noquote() << "retry" << pending->retries << "in" << delay->count()
                                        << "ms after" << error->toLogString();
            pending->timer.disconnect();
            connect(&pending->timer, &QTimer::timeout, this, [this, id] {
                auto again = m_pending.find(id);
                if (again != m_pending.end())
                    startAttempt(**again);
            });
            pending->timer.start(*delay);
            return;
        }
    }
    if (error->kind != ApiError::Kind::Cancelled)
        qCWarning(lcNetwork).noquote() << error->toLogString();
    if (error->kind == ApiError::Kind::Network || error->kind == ApiError::Kind::Timeout)
        Q_EMIT serverReached(false);
    else if (error->kind != ApiError::Kind::Cancelled)
        Q_EMIT serverReached(true);
    finish(id, *error);
}

void ApiClient::finish(RequestId id, ApiResult<RawResponse> result)
{
    std::shared_ptr<Pending> pending = m_pending.take(id);
    if (!pending)
        return;
    pending->timer.stop();
    if (pending->contextConnection)
        disconnect(pending->contextConnection);
    if (!result.ok() && result.error().isUnauthorized() && pending->auth == Auth::Bearer)
        Q_EMIT unauthorized();

    // Delivered from the event loop so that no callback runs inside abort() or inside a
    // caller's own call, and so that a callback may freely start or abort requests.
    QMetaObject::invokeMethod(
        this,
        [pending, result = std::move(result)] {
            if (pending->hasContext && !pending->context)
                return;
            pending->done(result);
        },
        Qt::QueuedConnection);
}

void ApiClient::abort(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    std::shared_ptr<Pending> pending = *it;
    pending->cancelled = true;
    pending->timer.stop();
    if (pending->reply)
        pending->reply->abort(); // finishes through onReplyFinished with Kind::Cancelled
    else
        finish(id, ApiError::cancelled());
}

void ApiClient::abortAll()
{
    const QList<RequestId> ids = m_pending.keys();
    for (RequestId id : ids)
        abort(id);
}

template<typename T, typename Decode>
ApiClient::RequestId ApiClient::call(const QByteArray &verb, const QString &path,
                                     const QUrlQuery &query, const QByteArray &body, bool retryable,
                                     Auth auth, QObject *context, ApiCallback<T> done,
                                     Decode decode)
{
    return send(verb, path, query, body, retryable, auth, context,
                [done = std::move(done), decode](const ApiResult<RawResponse> &raw) {
                    if (!raw.ok()) {
                        done(raw.error());
                        return;
                    }
                    QString why;
                    std::optional<T> value = decode(raw.value(), &why);
                    if (!value) {
                        qCWarning(lcNetwork).noquote() << "undecodable answer:" << why;
                        done(ApiError::malformed(why));
                        return;
                    }
                    done(std::move(*value));
                });
}

ApiClient::RequestId ApiClient::login(const QString &email, const QString &password,
                                      QObject *context, ApiCallback<LoginResult> done)
{
    const QJsonObject body{{QLatin1String("email"), email}, {QLatin1String("password"), password}};
    return call<LoginResult>("POST", QStringLiteral("/auth/login"), {},
                             QJsonDocument(body).toJson(QJsonDocument::Compact), false, Auth::None,
                             context, std::move(done), [](const RawResponse &raw, QString *why) {
                                 return decodeLogin(raw.body, why);
                             });
}

ApiClient::RequestId ApiClient::me(QObject *context, ApiCallback<UserInfo> done)
{
    return call<UserInfo>(
        "GET", QStringLiteral("/auth/me"), {}, {}, true, Auth::Bearer, context, std::move(done),
        [](const RawResponse &raw, QString *why) { return decodeUser(raw.body, why); });
}

ApiClient::RequestId ApiClient::listBookings(const BookingListQuery &query, QObject *context,
                                             ApiCallback<BookingPage> done)
{
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("page"), QString::number(query.page));
    urlQuery.addQueryItem(QStringLiteral("size"), QString::number(query.size));
    if (!query.leadId.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("lead_id"), query.leadId);
    if (query.status)
        urlQuery.addQueryItem(QStringLiteral("status"), BookingStatuses::wireName(*query.status));
    return call<BookingPage>("GET", QStringLiteral("/bookings"), urlQuery, {}, true, Auth::Bearer,
                             context, std::move(done), [](const RawResponse &raw, QString *why) {
                                 return BookingJson::decodePage(raw.body, why);
                             });
}

ApiClient::RequestId ApiClient::getBooking(const QString &id, QObject *context,
                                           ApiCallback<Booking> done)
{
    return call<Booking>(
        "GET", QStringLiteral("/bookings/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {},
        {}, true, Auth::Bearer, context, std::move(done), [](const RawResponse &raw, QString *why) {
            return BookingJson::decodeBookingBody(raw.body, why);
        });
}

ApiClient::RequestId ApiClient::availableSlots(QDate from, QDate to, QObject *context,
                                               ApiCallback<SlotList> done)
{
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("start_date"), from.toString(Qt::ISODate));
    urlQuery.addQueryItem(QStringLiteral("end_date"), to.toString(Qt::ISODate));
    return call<SlotList>("GET", QStringLiteral("/bookings/available-slots"), urlQuery, {}, true,
                          Auth::Bearer, context, std::move(done),
                          [](const RawResponse &raw, QString *why) {
                              return BookingJson::decodeSlots(raw.body, why);
                          });
}

ApiClient::RequestId ApiClient::updateBooking(const QString &id, const BookingPatch &patch,
                                              QObject *context, ApiCallback<Booking> done)
{
    return call<Booking>(
        "PATCH", QStringLiteral("/bookings/") + QString::fromLatin1(QUrl::toPercentEncoding(id)),
        {}, QJsonDocument(patch.toJson()).toJson(QJsonDocument::Compact), false, Auth::Bearer,
        context, std::move(done), [](const RawResponse &raw, QString *why) {
            return BookingJson::decodeBookingBody(raw.body, why);
        });
}

ApiClient::RequestId ApiClient::cancelBooking(const QString &id, QObject *context,
                                              ApiCallback<NoContent> done)
{
    return call<NoContent>(
        "DELETE", QStringLiteral("/bookings/") + QString::fromLatin1(QUrl::toPercentEncoding(id)),
        {}, {}, false, Auth::Bearer, context, std::move(done),
        [](const RawResponse &, QString *) { return std::optional<NoContent>(NoContent{}); });
}
