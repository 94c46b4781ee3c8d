#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

// Reads the claims of a JWT without checking its signature: the client only needs to know
// when the token ends (API.md: no expiry field is documented, read `exp`).
class Jwt
{
public:
    static std::optional<QDateTime> expiry(const QByteArray &token);
    static bool isExpired(const QByteArray &token, const QDateTime &now);
    // A string claim ("email", "sub"); empty when the token cannot be read or the claim is
    // absent or not a string. The CLI names the account of FRONTDESK_TOKEN by its "email".
    static QString claim(const QByteArray &token, const QString &name);
};
