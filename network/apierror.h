#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

// The one error type for everything that crosses the network. `technical` is for logs and
// never contains a secret; userMessage() is what the receptionist reads.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Network,       // connection refused or dropped, host not found, truncated body
        Timeout,       // no complete answer within the request's time limit
        Tls,           // certificate or handshake failure (never ignored)
        InsecureUrl,   // http:// to a host that is not this computer
        Http,          // the server answered with an error status
        MalformedBody, // the server answered, but not with what the API promises
        Cancelled,     // the caller aborted the request
        NotAllowed,    // the desk's booking rules refused it; nothing was sent (`detail`: why)
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // for Kind::Http
    QString detail;     // the server's "detail", flattened when it was a 422 list
    QString technical;  // developer-facing description, English
    std::optional<std::chrono::seconds> retryAfter; // from a Retry-After header

    static ApiError network(QString technical);
    static ApiError timeout(QString technical);
    static ApiError tls(QString technical);
    static ApiError insecureUrl(QString technical);
    static ApiError http(int status, QString detail, QString technical);
    static ApiError malformed(QString technical);
    static ApiError cancelled();
    static ApiError notAllowed(QString reason);

    bool isUnauthorized() const { return kind == Kind::Http && httpStatus == 401; }
    bool isClientError() const
    {
        return kind == Kind::Http && httpStatus >= 400 && httpStatus < 500;
    }
    // Whether asking again later can help: network trouble, timeouts, 5xx and 429.
    bool isTransient() const;

    // A translated sentence that tells the receptionist what happened and what to do.
    QString userMessage() const;
    // For logs: kind, status and technical description; never a token or a body.
    QString toLogString() const;

    static QString kindName(Kind kind);
    // Extracts FastAPI's "detail" from an error body: a string, or a 422 list of
    // {loc, msg} objects turned into "size: ensure this value ...". Empty for non-JSON.
    static QString detailFromBody(const QByteArray &body);
};

Q_DECLARE_METATYPE(ApiError)
