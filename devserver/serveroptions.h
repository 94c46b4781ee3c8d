#pragma once

#include "faultsettings.h"
#include "listorder.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>

struct ServerOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8001;
    QString database = QStringLiteral(":memory:");
    bool reseed = false;
    int seedBookings = 300;
    quint64 seed = 1;
    std::optional<qint64> nowMs; // --now: the server's clock starts there
    QDate today;                 // the business zone's day of "now", or --today
    qint64 seedReferenceMs = 0;  // seeding's "now": --now, 06:00 on --today, or the clock

    QString email = QStringLiteral("demo@example.com");
    QString password = QStringLiteral("demo");
    QString fullName = QStringLiteral("Dana Demo");
    QString organization = QStringLiteral("Praxis am Markt");
    int tokenLifetimeSeconds = 3600;
    // What a token looks like. Nothing in the API promises its contents, so the default is
    // what an independent server issues (a JWT with sub, org, iat, exp and no email).
    enum class TokenStyle { Jwt, JwtWithEmail, JwtWithoutExpiry, Opaque };
    TokenStyle tokenStyle = TokenStyle::Jwt;
    QByteArray jwtSecret;

    QTimeZone timeZone;
    QTime openTime{9, 0};
    QTime closeTime{18, 0};
    int slotMinutes = 30;

    FaultSettings faults;
    ListOrder listOrder = ListOrder::Created;
    bool briefList = false;
    bool quiet = false;
    bool exitOnStdinEof = false;

    // Returns false and sets \a error on invalid input; exits on --help/--version.
    static bool parse(const QStringList &arguments, ServerOptions *options, QString *error);
};
