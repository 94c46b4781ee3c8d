#include "cliaccountcommands.h"

#include "apiclient.h"
#include "bookingcache.h"
#include "clicommandparser.h"
#include "clioutput.h"
#include "clisession.h"
#include "cliterminal.h"
#include "jwt.h"
#include "tokenstore.h"

#include <QFileInfo>

int CliAccountCommands::login(CliSession &session, const QStringList &arguments)
{
    CliCommandParser parser(session, arguments,
                            tr("Signs in and keeps the session in the system keychain. The "
                               "password is read from standard input when that is not a "
                               "terminal, else asked for without echo."));
    if (!parser.parse())
        return parser.exitCode();
    if (!session.resolveServer() || !session.resolveAccount(false))
        return CliSession::Failure;
    if (!qgetenv("FRONTDESK_TOKEN").isEmpty())
        CliOutput::error(tr("Note: FRONTDESK_TOKEN is set and is used instead of this sign-in "
                            "as long as it stays set."));

    const std::optional<QString> password = CliTerminal::readSecretLine(
        tr("Password for %1 on %2: ").arg(session.email(), session.server().toString()));
    if (!password || password->isEmpty()) {
        CliOutput::error(tr("No password given. Type it when asked, or pass it on standard "
                            "input: frontdesk-cli login … < password-file"));
        return CliSession::Failure;
    }

    const ApiResult<LoginResult> result =
        CliSession::await<ApiResult<LoginResult>>([&](QObject *context, auto done) {
            session.client().login(session.email(), *password, context, done);
        });
    if (!result.ok()) {
        CliOutput::error(result.error().isUnauthorized()
                             ? tr("Sign-in failed: the e-mail address or the password is not "
                                  "correct.")
                             : result.error().userMessage());
        return CliSession::Failure;
    }
    const LoginResult &login = result.value();
    const QString account = (login.email.isEmpty() ? session.email() : login.email).toLower();
    const TokenStoreResult stored =
        CliSession::await<TokenStoreResult>([&](QObject *context, auto done) {
            session.tokenStore().write(TokenStore::accountKey(session.server(), account),
                                       login.accessToken, context, done);
        });
    if (!stored.ok()) {
        CliOutput::error(tr("Signed in, but the session could not be saved: %1")
                             .arg(stored.error->userMessage()));
        return CliSession::Failure;
    }
    session.remember(account);
    CliOutput::print(
        tr("Signed in to %1 as %2 (%3, %4).")
            .arg(session.server().toString(), account, login.fullName, login.organizationName));
    return CliSession::Success;
}

int CliAccountCommands::logout(CliSession &session, const QStringList &arguments)
{
    CliCommandParser parser(
        session, arguments,
        tr("Removes the saved session from the system keychain. The local copy of the bookings "
           "and the changes waiting in the outbox stay."));
    if (!parser.parse())
        return parser.exitCode();
    if (!session.resolveServer() || !session.resolveAccount(false))
        return CliSession::Failure;
    const TokenStoreResult removed =
        CliSession::await<TokenStoreResult>([&](QObject *context, auto done) {
            session.tokenStore().remove(TokenStore::accountKey(session.server(), session.email()),
                                        context, done);
        });
    if (!removed.ok()) {
        CliOutput::error(removed.error->userMessage());
        return CliSession::Failure;
    }
    CliOutput::print(
        tr("Signed out of %1 (%2).").arg(session.server().toString(), session.email()));
    if (!qgetenv("FRONTDESK_TOKEN").isEmpty())
        CliOutput::error(tr("Note: FRONTDESK_TOKEN is still set and is used until you unset "
                            "it."));
    return CliSession::Success;
}

int CliAccountCommands::whoami(CliSession &session, const QStringList &arguments)
{
    CliCommandParser parser(session, arguments,
                            tr("Shows who is signed in to which organization."));
    if (!parser.parse())
        return parser.exitCode();
    if (!session.resolveServer() || !session.resolveAccount() || !session.loadToken())
        return CliSession::Failure;
    const ApiResult<UserInfo> result = CliSession::await<ApiResult<UserInfo>>(
        [&](QObject *context, auto done) { session.client().me(context, done); });
    if (!result.ok()) {
        CliOutput::error(result.error().userMessage());
        if (result.error().isUnauthorized())
            CliOutput::error(tr("Sign in again with: %1").arg(session.loginCommand()));
        return CliSession::Failure;
    }
    const UserInfo &user = result.value();
    QList<QStringList> rows;
    rows.append({tr("Server:"), session.server().toString()});
    rows.append({tr("User:"), user.fullName.isEmpty()
                                  ? user.email
                                  : tr("%1 <%2>").arg(user.fullName, user.email)});
    rows.append({tr("Organization:"),
                 user.organizationName.isEmpty() ? user.organizationId : user.organizationName});
    rows.append({tr("Session:"), session.tokenFromEnvironment()
                                     ? tr("from FRONTDESK_TOKEN")
                                     : tr("saved in the system keychain")});
    if (const auto ends = Jwt::expiry(session.token()))
        rows.append({tr("Session ends:"), CliOutput::localDateTime(*ends)});
    rows.append({tr("Local copy:"), QFileInfo::exists(session.cachePath())
                                        ? session.cachePath()
                                        : tr("none yet (run frontdesk-cli sync)")});
    CliOutput::write(CliOutput::table(rows).toUtf8());
    session.remember(user.email.isEmpty() ? session.email() : user.email);
    return CliSession::Success;
}
