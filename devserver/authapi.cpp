#include "authapi.h"

#include "apirequest.h"
#include "jsonwriter.h"
#include "rng.h"
#include "serveroptions.h"
#include "validationerrors.h"
#include "wireformat.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

AuthApi::AuthApi(const ServerOptions &options) : m_options(options), m_jwt(options.jwtSecret)
{
    // Ids derive from the seed alone, so they survive restarts with the same arguments.
    Rng rng(options.seed ^ 0x75736572'00000000ULL);
    m_userId = rng.uuid();
    m_organizationId = rng.uuid();
}

HttpResponse AuthApi::login(const ApiRequest &request)
{
    ValidationErrors errors;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (request.body.trimmed().isEmpty()) {
        errors.missing({QStringLiteral("body")});
        return errors.response();
    }
    if (parseError.error != QJsonParseError::NoError) {
        errors.invalidJson(parseError.offset, parseError.errorString());
        return errors.response();
    }
    if (!document.isObject()) {
        errors.add({QStringLiteral("body")}, u"value is not a valid dict", u"type_error.dict");
        return errors.response();
    }
    const QJsonObject body = document.object();
    for (const char *field : {"email", "password"}) {
        const QJsonValue value = body.value(QLatin1String(field));
        if (value.isUndefined() || value.isNull())
            errors.missing({QStringLiteral("body"), QLatin1String(field)});
        else if (!value.isString())
            errors.add({QStringLiteral("body"), QLatin1String(field)}, u"str type expected",
                       u"type_error.str");
    }
    if (!errors.isEmpty())
        return errors.response();

    const QString email = body.value(QLatin1String("email")).toString().trimmed();
    const QString password = body.value(QLatin1String("password")).toString();
    if (email.compare(m_options.email, Qt::CaseInsensitive) != 0 || password != m_options.password)
        return HttpResponse::detail(401, u"Incorrect email or password");

    const qint64 now = WireFormat::nowMs() / 1000;
    using Style = ServerOptions::TokenStyle;
    QByteArray token;
    if (m_options.tokenStyle == Style::Opaque) {
        // Random bytes the server looks up: nothing in them for a client to read.
        QByteArray bytes(24, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 6);
        token =
            "fdo_" + bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        m_opaque.insert(token, {now + m_options.tokenLifetimeSeconds, m_opaqueSerial++});
    } else {
        token = m_jwt.issue({m_userId, m_options.email, m_organizationId}, now,
                            m_options.tokenStyle == Style::JwtWithoutExpiry
                                ? std::nullopt
                                : std::optional<int>(m_options.tokenLifetimeSeconds),
                            m_options.tokenStyle == Style::JwtWithEmail);
    }
    JsonWriter w;
    w.beginObject();
    w.key("access_token").utf8String(token);
    w.key("token_type").string(u"bearer");
    w.key("user_id").string(m_userId);
    w.key("email").string(m_options.email);
    w.key("full_name").string(m_options.fullName);
    w.key("organization_id").string(m_organizationId);
    w.key("organization_name").string(m_options.organization);
    w.endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse AuthApi::me() const
{
    JsonWriter w;
    w.beginObject();
    w.key("id").string(m_userId);
    w.key("email").string(m_options.email);
    w.key("full_name").string(m_options.fullName);
    w.key("organization_id").string(m_organizationId);
    w.key("organization_name").string(m_options.organization);
    w.key("role").string(u"receptionist");
    w.key("is_active").boolean(true);
    w.endObject();
    return HttpResponse::json(200, w.take());
}

std::optional<HttpResponse> AuthApi::authenticate(const ApiRequest &request) const
{
    const QByteArray header = request.authorization.trimmed();
    const qsizetype space = header.indexOf(' ');
    const QByteArray scheme = space < 0 ? header : header.left(space);
    if (header.isEmpty() || scheme.compare("bearer", Qt::CaseInsensitive) != 0)
        return HttpResponse::detail(401, u"Not authenticated")
            .withHeader("www-authenticate", "Bearer");
    const QByteArray token = header.mid(space + 1).trimmed();
    const qint64 now = WireFormat::nowMs() / 1000;
    bool valid = false;
    if (const auto opaque = m_opaque.constFind(token); opaque != m_opaque.cend()) {
        valid = now < opaque->expiresAt && opaque->serial >= m_opaqueFirstValid;
    } else {
        JwtCodec::Claims claims;
        valid = m_jwt.verify(token, now, &claims) == JwtCodec::Verdict::Valid &&
                claims.subject == m_userId;
    }
    if (!valid)
        return HttpResponse::detail(401, u"Could not validate credentials")
            .withHeader("www-authenticate", "Bearer");
    return std::nullopt;
}

void AuthApi::expireAllTokens()
{
    m_jwt.revokeAll();
    m_opaqueFirstValid = m_opaqueSerial;
}
