#pragma once

#include "httpresponse.h"
#include "jwtcodec.h"

#include <QHash>

#include <optional>

struct ApiRequest;
struct ServerOptions;

// The single demo account, login, /auth/me and the bearer check every other route runs.
class AuthApi
{
public:
    explicit AuthApi(const ServerOptions &options);

    HttpResponse login(const ApiRequest &request);
    HttpResponse me() const;
    // An error response when the request is not authenticated, nothing when it is.
    std::optional<HttpResponse> authenticate(const ApiRequest &request) const;
    void expireAllTokens();

private:
    const ServerOptions &m_options;
    QString m_userId;
    QString m_organizationId;
    JwtCodec m_jwt;
    struct OpaqueToken
    {
        qint64 expiresAt = 0; // seconds since the epoch
        qint64 serial = 0;
    };
    QHash<QByteArray, OpaqueToken> m_opaque; // --token-style opaque
    qint64 m_opaqueSerial = 0;
    qint64 m_opaqueFirstValid = 0;
};
