#include "jwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace {

std::optional<QJsonObject> payloadOf(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto payload = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                         QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*payload);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

std::optional<QDateTime> Jwt::expiry(const QByteArray &token)
{
    const std::optional<QJsonObject> payload = payloadOf(token);
    if (!payload)
        return std::nullopt;
    const QJsonValue exp = payload->value(QLatin1String("exp"));
    if (!exp.isDouble())
        return std::nullopt;
    const double seconds = exp.toDouble();
    if (seconds <= 0 || seconds > 253402300799.0) // year 9999
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
}

bool Jwt::isExpired(const QByteArray &token, const QDateTime &now)
{
    const std::optional<QDateTime> end = expiry(token);
    return end && *end <= now;
}

QString Jwt::claim(const QByteArray &token, const QString &name)
{
    const std::optional<QJsonObject> payload = payloadOf(token);
    return payload ? payload->value(name).toString() : QString();
}
