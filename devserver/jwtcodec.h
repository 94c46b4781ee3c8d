#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// HS256 tokens. Revocation ("expire all tokens now") is by issue serial carried in the jti
// claim, so a token issued in the same second right after a revocation still works.
class JwtCodec
{
public:
    enum class Verdict { Valid, Invalid, Expired, Revoked };

    struct Claims
    {
        QString subject;
        QString email;
        QString organization;
    };

    explicit JwtCodec(QByteArray secret);

    // `withEmail`: an "email" claim too (nothing in the API promises one); without
    // `lifetimeSeconds` the token has no "exp" and lasts until revoked.
    QByteArray issue(const Claims &claims, qint64 nowSeconds, std::optional<int> lifetimeSeconds,
                     bool withEmail);
    Verdict verify(QByteArrayView token, qint64 nowSeconds, Claims *claims = nullptr) const;
    void revokeAll();

private:
    QByteArray sign(QByteArrayView signingInput) const;

    QByteArray m_secret;
    QByteArray m_instance;
    qint64 m_nextSerial = 0;
    qint64 m_firstValidSerial = 0;
};
