#include "jwtcodec.h"

#include "jsonwriter.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

std::optional<QJsonObject> decodePart(QByteArrayView part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part.toByteArray(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

JwtCodec::JwtCodec(QByteArray secret) : m_secret(std::move(secret))
{
    // The instance tag tells tokens of this process from tokens signed with the same
    // --jwt-secret by an earlier run.
    m_instance = QByteArray::number(QRandomGenerator::system()->generate64(), 36);
    if (m_secret.isEmpty()) {
        m_secret.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_secret.data()), 8);
    }
}

QByteArray JwtCodec::issue(const Claims &claims, qint64 nowSeconds,
                           std::optional<int> lifetimeSeconds, bool withEmail)
{
    JsonWriter header;
    header.beginObject().key("alg").string(u"HS256").key("typ").string(u"JWT").endObject();
    JsonWriter payload;
    payload.beginObject();
    payload.key("sub").string(claims.subject);
    if (withEmail)
        payload.key("email").string(claims.email);
    payload.key("org").string(claims.organization);
    payload.key("iat").integer(nowSeconds);
    if (lifetimeSeconds)
        payload.key("exp").integer(nowSeconds + *lifetimeSeconds);
    payload.key("jti").utf8String(
        QByteArray(m_instance + '.' + QByteArray::number(m_nextSerial++)));
    payload.endObject();
    const QByteArray signingInput =
        header.data().toBase64(kBase64Url) + '.' + payload.data().toBase64(kBase64Url);
    return signingInput + '.' + sign(signingInput);
}

JwtCodec::Verdict JwtCodec::verify(QByteArrayView token, qint64 nowSeconds, Claims *claims) const
{
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype lastDot = token.lastIndexOf('.');
    if (firstDot <= 0 || lastDot == firstDot ||
        token.sliced(firstDot + 1, lastDot - firstDot - 1).contains('.'))
        return Verdict::Invalid;
    const QByteArrayView signingInput = token.first(lastDot);
    if (sign(signingInput) != token.sliced(lastDot + 1))
        return Verdict::Invalid;
    const auto header = decodePart(token.first(firstDot));
    const auto payload = decodePart(token.sliced(firstDot + 1, lastDot - firstDot - 1));
    if (!header || !payload || header->value(QLatin1String("alg")).toString() != u"HS256")
        return Verdict::Invalid;
    const QJsonValue exp = payload->value(QLatin1String("exp"));
    const QString subject = payload->value(QLatin1String("sub")).toString();
    if ((!exp.isUndefined() && !exp.isDouble()) || subject.isEmpty())
        return Verdict::Invalid;
    if (exp.isDouble() && nowSeconds >= exp.toInteger())
        return Verdict::Expired;

    const QString jti = payload->value(QLatin1String("jti")).toString();
    const qsizetype dot = jti.lastIndexOf(QLatin1Char('.'));
    const bool ours = dot > 0 && jti.first(dot).toLatin1() == m_instance;
    if (ours ? jti.sliced(dot + 1).toLongLong() < m_firstValidSerial : m_firstValidSerial > 0)
        return Verdict::Revoked;
    if (claims) {
        claims->subject = subject;
        claims->email = payload->value(QLatin1String("email")).toString();
        claims->organization = payload->value(QLatin1String("org")).toString();
    }
    return Verdict::Valid;
}

void JwtCodec::revokeAll()
{
    m_firstValidSerial = m_nextSerial;
}

QByteArray JwtCodec::sign(QByteArrayView signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput.toByteArray(), m_secret,
                                            QCryptographicHash::Sha256)
        .toBase64(kBase64Url);
}
