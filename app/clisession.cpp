#include "clisession.h"

#include "apiclient.h"
#include "bookingcache.h"
#include "clioutput.h"
#include "clock.h"
#include "jwt.h"
#include "keychaintokenstore.h"
#include "serverurl.h"
#include "tokenaccount.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>

namespace {

const QString kServerKey = QStringLiteral("account/lastServer");
const QString kEmailKey = QStringLiteral("account/lastEmail");

QByteArray environmentToken()
{
    return qgetenv("FRONTDESK_TOKEN").trimmed();
}

} // namespace

CliSession::CliSession() : m_cache(std::make_unique<BookingCache>())
{
    m_serverOption = qEnvironmentVariable("FRONTDESK_SERVER");
    m_dataDir = qEnvironmentVariable("FRONTDESK_DATA_DIR");
}

CliSession::~CliSession() = default;

void CliSession::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("server"),
                      tr("Empfio server address (default: $FRONTDESK_SERVER, else the last one "
                         "used)."),
                      tr("url")});
    parser.addOption({QStringLiteral("email"),
                      tr("Account e-mail address (default: the account of $FRONTDESK_TOKEN, else "
                         "the last one used)."),
                      tr("address")});
    parser.addOption({QStringLiteral("data-dir"),
                      tr("Folder of the local copy (default: $FRONTDESK_DATA_DIR, else the "
                         "standard data folder)."),
                      tr("dir")});
    parser.addOption({QStringLiteral("verbose"), tr("Log what happens on the network.")});
}

void CliSession::applyGlobalOptions(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("server")))
        m_serverOption = parser.value(QStringLiteral("server"));
    if (parser.isSet(QStringLiteral("email")))
        m_emailOption = parser.value(QStringLiteral("email")).trimmed();
    if (parser.isSet(QStringLiteral("data-dir")))
        m_dataDir = parser.value(QStringLiteral("data-dir"));
    if (parser.isSet(QStringLiteral("verbose")))
        m_verbose = true;
    // The library logs for developers; on a terminal its lines would only interleave with
    // the messages meant for the user, unless asked for.
    QLoggingCategory::setFilterRules(m_verbose ? QStringLiteral("frontdesk.*.debug=true")
                                               : QStringLiteral("frontdesk.*.info=false\n"
                                                                "frontdesk.*.warning=false"));
}

bool CliSession::resolveServer()
{
    QString text = m_serverOption.trimmed();
    if (text.isEmpty())
        text = QSettings().value(kServerKey).toString();
    if (text.isEmpty()) {
        CliOutput::error(tr("No server given. Use --server URL (for example --server "
                            "https://bookings.example.com) or set FRONTDESK_SERVER."));
        return false;
    }
    const QUrl url = ServerUrl::fromUserInput(text);
    if (!url.isValid() || url.host().isEmpty()) {
        CliOutput::error(tr("“%1” is not a server address. Use --server URL, for example "
                            "--server https://bookings.example.com.")
                             .arg(text));
        return false;
    }
    if (const std::optional<ApiError> problem = ServerUrl::check(url)) {
        CliOutput::error(problem->userMessage());
        return false;
    }
    m_server = url;
    return true;
}

bool CliSession::resolveAccount(bool useEnvironmentToken)
{
    const QByteArray token = useEnvironmentToken ? environmentToken() : QByteArray();
    if (!token.isEmpty()) {
        // The token's email claim, or else the server's word (GET /auth/me): the API
        // promises nothing about a token's contents.
        const ApiResult<QString> account =
            await<ApiResult<QString>>([this, &token](QObject *context, auto done) {
                TokenAccount::resolve(&client(), token, context, done);
            });
        // Offline: the account the server named for this token before, or --email.
        QString offline = m_emailOption.isEmpty() ? TokenAccount::rememberedEmail(token)
                                                  : m_emailOption.toLower();
        if (!account.ok() && !(account.error().isTransient() && !offline.isEmpty())) {
            CliOutput::error(
                account.error().isUnauthorized()
                    ? tr("The server does not accept FRONTDESK_TOKEN. Set a new one, or unset it "
                         "and sign in with: %1")
                          .arg(loginCommand())
                    : tr("Whose session FRONTDESK_TOKEN is could not be asked: %1 Give the "
                         "account with --email to work offline.")
                          .arg(account.error().userMessage()));
            return false;
        }
        // The server is asked again by the next command that reaches it.
        const QString claimed = account.ok() ? account.value() : offline;
        if (!m_emailOption.isEmpty() && m_emailOption.compare(claimed, Qt::CaseInsensitive) != 0) {
            CliOutput::error(tr("FRONTDESK_TOKEN belongs to %1, not to %2. Unset FRONTDESK_TOKEN "
                                "or leave out --email.")
                                 .arg(claimed, m_emailOption));
            return false;
        }
        m_email = claimed.toLower();
        return true;
    }
    QString email = m_emailOption;
    if (email.isEmpty())
        email = QSettings().value(kEmailKey).toString();
    if (email.isEmpty()) {
        CliOutput::error(tr("No account given. Sign in first with: frontdesk-cli login --server "
                            "%1 --email ADDRESS")
                             .arg(m_server.toString()));
        return false;
    }
    if (!email.contains(u'@')) {
        CliOutput::error(tr("“%1” is not an e-mail address.").arg(email));
        return false;
    }
    m_email = email.toLower();
    return true;
}

bool CliSession::loadToken()
{
    m_token = environmentToken();
    m_tokenFromEnvironment = !m_token.isEmpty();
    if (m_token.isEmpty()) {
        const TokenStoreResult stored =
            await<TokenStoreResult>([this](QObject *context, auto done) {
                tokenStore().read(TokenStore::accountKey(m_server, m_email), context, done);
            });
        if (!stored.ok()) {
            if (stored.error->kind == TokenStoreError::Kind::NotFound) {
                CliOutput::error(tr("You are not signed in to %1 as %2. Sign in with: %3")
                                     .arg(m_server.toString(), m_email, loginCommand()));
            } else {
                CliOutput::error(stored.error->userMessage());
                CliOutput::error(tr("Alternatively, set FRONTDESK_TOKEN to a session token."));
            }
            return false;
        }
        m_token = stored.token;
    }
    if (Jwt::isExpired(m_token, Clock::now())) {
        CliOutput::error(
            m_tokenFromEnvironment
                ? tr("The session token in FRONTDESK_TOKEN has expired. Set a new "
                     "one, or unset it and sign in with: %1")
                      .arg(loginCommand())
                : tr("Your session has ended. Sign in again with: %1").arg(loginCommand()));
        return false;
    }
    return true;
}

QString CliSession::cachePath() const
{
    return BookingCache::databasePath(m_dataDir, m_server, m_email);
}

bool CliSession::openCache(bool mustExist)
{
    const QString path = cachePath();
    if (mustExist && !QFileInfo::exists(path)) {
        CliOutput::error(tr("There is no local copy of the bookings of %1 on %2 yet. Fetch it "
                            "with: frontdesk-cli sync")
                             .arg(m_email, m_server.toString()));
        return false;
    }
    QString error;
    if (!m_cache->open(path, &error)) {
        CliOutput::error(tr("The local copy in %1 cannot be opened: %2. Check that the folder "
                            "is writable, or choose another one with --data-dir.")
                             .arg(path, error));
        return false;
    }
    return true;
}

ApiClient &CliSession::client()
{
    if (!m_client) {
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_server); // checked by resolveServer()
        if (!m_token.isEmpty())
            m_client->setAccessToken(m_token);
    }
    return *m_client;
}

TokenStore &CliSession::tokenStore()
{
    if (!m_tokenStore)
        m_tokenStore = std::make_unique<KeychainTokenStore>();
    return *m_tokenStore;
}

void CliSession::remember(const QString &email)
{
    QSettings settings;
    settings.setValue(kServerKey, m_server.toString());
    if (!email.isEmpty())
        settings.setValue(kEmailKey, email.toLower());
}

QString CliSession::loginCommand() const
{
    return QStringLiteral("frontdesk-cli login --server %1 --email %2")
        .arg(m_server.toString(), m_email.isEmpty() ? tr("ADDRESS") : m_email);
}
