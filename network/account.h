#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// What POST /auth/login answers. The token is a secret: never log or persist it outside
// the token store.
struct LoginResult
{
    QByteArray accessToken;
    QString tokenType;
    QString userId;
    QString email;
    QString fullName;
    QString organizationId;
    QString organizationName;
};

// What GET /auth/me answers; unknown keys are kept in `json`.
struct UserInfo
{
    QString id;
    QString email;
    QString fullName;
    QString organizationId;
    QString organizationName;
    QJsonObject json;

    friend bool operator==(const UserInfo &, const UserInfo &) = default;
};

Q_DECLARE_METATYPE(UserInfo)
