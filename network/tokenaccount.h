#pragma once

#include "apiclient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

// Whose account a session token belongs to (FRONTDESK_TOKEN, for the GUI and the CLI).
// Nothing in the API promises anything about a token's contents (it may be a JWT without
// an email claim, or opaque): a JWT's "email" claim is used when there is one, else the
// server is asked (GET /auth/me). The answer is the account's normalized email.
//
// So that such a token works offline once it has been checked, the answer is remembered in
// QSettings under the first 16 hex digits of the token's SHA-256 (never the token, which
// cannot be recovered from it), for 30 days; the server's word always wins when it answers.
class TokenAccount
{
    Q_DECLARE_TR_FUNCTIONS(TokenAccount)

public:
    using Done = std::function<void(const ApiResult<QString> &)>;

    // The email claim, lower case, trimmed; empty when the token names none.
    static QString claimedEmail(const QByteArray &token);
    // Calls `done` once, from the event loop, with the account's email or why it is not
    // known. `client` must know the server; it is given the token.
    static void resolve(ApiClient *client, const QByteArray &token, QObject *context, Done done);

    // The account the server last named for this token, if it was asked in the last 30 days.
    static QString rememberedEmail(const QByteArray &token);

private:
    static QString settingsKey(const QByteArray &token);
    static void remember(const QByteArray &token, const QString &email);
};
