#pragma once

#include "account.h"
#include "apiresult.h"
#include "bookingjson.h"
#include "bookingpatch.h"
#include "retrypolicy.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

struct BookingListQuery
{
    int page = 1;
    int size = 20;
    QString leadId;
    std::optional<BookingStatus> status;
};

// The Empfio REST API on one QNetworkAccessManager.
//
// Every call takes a context object and a callback. The callback is called exactly once,
// always asynchronously (never from inside the call), with the value or an ApiError; it is
// not called when the context was destroyed first (the request is then aborted), nor after
// the client itself is destroyed. GETs are retried with backoff on transient failures;
// PATCH, DELETE and login never are, since the server may have acted on them.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using RequestId = quint64;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    // Refuses (and returns why) plain http:// for hosts other than loopback; the previous
    // URL stays in place then.
    std::optional<ApiError> setBaseUrl(const QUrl &url);

    void setAccessToken(const QByteArray &token) { m_accessToken = token; }
    void clearAccessToken() { m_accessToken.clear(); }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }

    // Time limit for one attempt of a request, from sending to the last byte.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }

    RequestId login(const QString &email, const QString &password, QObject *context,
                    ApiCallback<LoginResult> done);
    RequestId me(QObject *context, ApiCallback<UserInfo> done);
    RequestId listBookings(const BookingListQuery &query, QObject *context,
                           ApiCallback<BookingPage> done);
    RequestId getBooking(const QString &id, QObject *context, ApiCallback<Booking> done);
    RequestId availableSlots(QDate from, QDate to, QObject *context, ApiCallback<SlotList> done);
    RequestId updateBooking(const QString &id, const BookingPatch &patch, QObject *context,
                            ApiCallback<Booking> done);
    RequestId cancelBooking(const QString &id, QObject *context, ApiCallback<NoContent> done);

    // The callback receives ApiError::Kind::Cancelled (unless its context is gone).
    void abort(RequestId id);
    void abortAll();
    int pendingCount() const { return int(m_pending.size()); }

    static QByteArray userAgent();

Q_SIGNALS:
    // An authenticated request was answered 401: the session is over (API.md).
    void unauthorized();
    // A request ended: `reached` when the server answered (whatever it said), false when it
    // could not be reached (network error or time-out, after the retries). The sync engine
    // marks the app offline or online at once from any request, not only its own passes.
    void serverReached(bool reached);

private:
    struct RawResponse
    {
        int status = 0;
        QByteArray body;
    };
    struct Pending;
    enum class Auth { None, Bearer };

    RequestId send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                   const QByteArray &body, bool retryable, Auth auth, QObject *context,
                   std::function<void(const ApiResult<RawResponse> &)> done);
    template<typename T, typename Decode>
    RequestId call(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                   const QByteArray &body, bool retryable, Auth auth, QObject *context,
                   ApiCallback<T> done, Decode decode);

    void startAttempt(Pending &pending);
    void onReplyFinished(RequestId id);
    std::optional<ApiError> errorOf(Pending &pending, QNetworkReply *reply, int status,
                                    const QByteArray &body) const;
    void finish(RequestId id, ApiResult<RawResponse> result);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QByteArray m_accessToken;
    std::chrono::milliseconds m_timeout{30000};
    RetryPolicy m_retryPolicy;
    RequestId m_nextId = 1;
    QHash<RequestId, std::shared_ptr<Pending>> m_pending;
};
