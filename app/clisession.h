#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class ApiClient;
class BookingCache;
class QCommandLineParser;
class TokenStore;

// What every frontdesk-cli command needs: the server and account it works on, the session
// token, the local cache and an API client. The resolve and open steps print what went
// wrong and what to do, and return false; the command then exits with status 1.
//
// Where things come from: --server, else FRONTDESK_SERVER, else the server last used.
// The account is FRONTDESK_TOKEN's (its email claim, else GET /auth/me) when that is set,
// else --email, else the account last used. The token is FRONTDESK_TOKEN, else the system keychain.
// QSettings remember the server and account, never the token.
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)

public:
    enum ExitCode { Success = 0, Failure = 1, Conflict = 2 };

    CliSession();
    ~CliSession();
    CliSession(const CliSession &) = delete;
    CliSession &operator=(const CliSession &) = delete;

    static void addGlobalOptions(QCommandLineParser &parser);
    // Options given after the command override the ones given before it.
    void applyGlobalOptions(const QCommandLineParser &parser);
    bool verbose() const { return m_verbose; }

    bool resolveServer();
    // `useEnvironmentToken` false: the account of a new sign-in, never FRONTDESK_TOKEN's.
    bool resolveAccount(bool useEnvironmentToken = true);
    bool loadToken();
    // `mustExist`: commands that only read the cache never create an empty one.
    bool openCache(bool mustExist);

    QUrl server() const { return m_server; }
    QString email() const { return m_email; }
    QString dataDir() const { return m_dataDir; }
    QString cachePath() const;
    bool tokenFromEnvironment() const { return m_tokenFromEnvironment; }
    QByteArray token() const { return m_token; }

    ApiClient &client();
    BookingCache &cache() { return *m_cache; }
    TokenStore &tokenStore();
    void remember(const QString &email);

    // "frontdesk-cli login --server … --email …", for messages that tell what to run.
    QString loginCommand() const;

    // Runs an asynchronous call to its single completion. `call(context, done)` starts it.
    template<typename Result, typename Call> static Result await(Call call)
    {
        std::optional<Result> result;
        QEventLoop loop;
        QObject context;
        call(&context, [&](const Result &value) {
            result = value;
            loop.quit();
        });
        if (!result)
            loop.exec();
        return std::move(*result);
    }

private:
    QString m_serverOption;
    QString m_emailOption;
    QString m_dataDir;
    bool m_verbose = false;

    QUrl m_server;
    QString m_email;
    QByteArray m_token;
    bool m_tokenFromEnvironment = false;

    std::unique_ptr<BookingCache> m_cache;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<TokenStore> m_tokenStore;
};
