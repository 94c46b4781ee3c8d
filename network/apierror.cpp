#include "apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

ApiError make(ApiError::Kind kind, QString technical)
{
    ApiError error;
    error.kind = kind;
    error.technical = std::move(technical);
    return error;
}

} // namespace

ApiError ApiError::network(QString technical)
{
    return make(Kind::Network, std::move(technical));
}

ApiError ApiError::timeout(QString technical)
{
    return make(Kind::Timeout, std::move(technical));
}

ApiError ApiError::tls(QString technical)
{
    return make(Kind::Tls, std::move(technical));
}

ApiError ApiError::insecureUrl(QString technical)
{
    return make(Kind::InsecureUrl, std::move(technical));
}

ApiError ApiError::http(int status, QString detail, QString technical)
{
    ApiError error = make(Kind::Http, std::move(technical));
    error.httpStatus = status;
    error.detail = std::move(detail);
    return error;
}

ApiError ApiError::malformed(QString technical)
{
    return make(Kind::MalformedBody, std::move(technical));
}

ApiError ApiError::cancelled()
{
    return make(Kind::Cancelled, QStringLiteral("cancelled by the caller"));
}

ApiError ApiError::notAllowed(QString reason)
{
    ApiError error = make(Kind::NotAllowed, QStringLiteral("refused by the booking rules"));
    error.detail = std::move(reason);
    return error;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus == 429 || httpStatus >= 500;
    case Kind::Tls:
    case Kind::InsecureUrl:
    case Kind::MalformedBody:
    case Kind::Cancelled:
    case Kind::NotAllowed:
        return false;
    }
    return false;
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::Network:
        return tr("The server cannot be reached. Check the network connection; Frontdesk keeps "
                  "working with the bookings it has and tries again.");
    case Kind::Timeout:
        return tr("The server took too long to answer. Please try again in a moment.");
    case Kind::Tls:
        return tr("The server's security certificate could not be verified, so Frontdesk did not "
                  "connect. Please tell your administrator.");
    case Kind::InsecureUrl:
        return tr("This server address is not allowed: use https:// (plain http:// is only "
                  "allowed for a server on this computer).");
    case Kind::MalformedBody:
        return tr("The server sent an answer Frontdesk does not understand. Please try again "
                  "later; if it keeps happening, tell your administrator.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::NotAllowed:
        return detail;
    case Kind::Http:
        break;
    }

    if (httpStatus == 401)
        return tr("Your session has ended. Please sign in again.");
    if (httpStatus == 429 || httpStatus == 503) {
        if (retryAfter && retryAfter->count() > 0) {
            return tr("The server is busy. Please try again in %n second(s).", nullptr,
                      int(retryAfter->count()));
        }
        return tr("The server is busy. Please try again in a moment.");
    }
    if (httpStatus >= 500)
        return tr("The server had a problem (error %1). Please try again in a moment.")
            .arg(httpStatus);
    if (httpStatus == 403) {
        return detail.isEmpty() ? tr("You are not allowed to do this.")
                                : tr("You are not allowed to do this: %1").arg(detail);
    }
    if (httpStatus == 404) {
        return detail.isEmpty() ? tr("The server no longer has this item.")
                                : tr("The server no longer has this item: %1").arg(detail);
    }
    if (detail.isEmpty())
        return tr("The server refused the request (error %1).").arg(httpStatus);
    return tr("The server refused the request: %1").arg(detail);
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::MalformedBody:
        return QStringLiteral("malformed-body");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::NotAllowed:
        return QStringLiteral("not-allowed");
    }
    return QStringLiteral("unknown");
}

QString ApiError::toLogString() const
{
    QString text = kindName(kind);
    if (kind == Kind::Http)
        text += u' ' + QString::number(httpStatus);
    if (!technical.isEmpty())
        text += QStringLiteral(": ") + technical;
    if (!detail.isEmpty())
        text += QStringLiteral(" (detail: ") + detail + u')';
    return text;
}

QString ApiError::detailFromBody(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {};
    const QJsonValue detail = document.object().value(QLatin1String("detail"));
    if (detail.isString())
        return detail.toString().left(500);
    if (!detail.isArray())
        return {};

    QStringList parts;
    for (const QJsonValue &item : detail.toArray()) {
        const QJsonObject entry = item.toObject();
        QStringList location;
        for (const QJsonValue &part : entry.value(QLatin1String("loc")).toArray()) {
            // FastAPI prefixes the location with where it came from; the field is what
            // a person can act on.
            const QString name = part.isDouble() ? QString::number(part.toInt()) : part.toString();
            if (name != QLatin1String("body") && name != QLatin1String("query") &&
                name != QLatin1String("path"))
                location.append(name);
        }
        const QString message = entry.value(QLatin1String("msg")).toString();
        if (message.isEmpty())
            continue;
        parts.append(location.isEmpty() ? message
                                        : location.join(u'.') + QStringLiteral(": ") + message);
        if (parts.size() == 5)
            break;
    }
    return parts.join(QStringLiteral("; "));
}
