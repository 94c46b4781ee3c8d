#include "apiclient.h"
#include "awaitcallback.h"
#include "devserverprocess.h"
#include "keychaintokenstore.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// The token, the password and the Authorization header never appear in logs, settings,
// the cache or error messages (DESIGN.md habit 7), even with every logging category on.
class TestSecretHygiene : public QObject
{
    Q_OBJECT

private:
    DevServerProcess m_server;
    QTemporaryDir m_root; // HOME, XDG folders and the data dir of every CLI run
    QByteArray m_printed; // everything every run wrote to stdout and stderr

    QString dataDir() const { return m_root.filePath(QStringLiteral("data")); }

    // The suite's keychain is a throwaway keyring; anywhere else `login` would write the
    // developer's real one.
    static bool inTestSession()
    {
        return qEnvironmentVariable("XDG_RUNTIME_DIR").contains(u"frontdesk-test-session");
    }

    int cli(const QStringList &arguments, const QByteArray &input = {},
            const QByteArray &token = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_root.filePath(QStringLiteral("home")));
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            environment.insert(QString::fromLatin1(name),
                               m_root.filePath(QString::fromLatin1(name)));
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        environment.insert(QStringLiteral("QT_MESSAGE_PATTERN"),
                           QStringLiteral("%{category} %{type}: %{message}"));
        environment.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
        environment.remove(QStringLiteral("FRONTDESK_SERVER"));
        environment.remove(QStringLiteral("FRONTDESK_DATA_DIR"));
        environment.remove(QStringLiteral("FRONTDESK_TOKEN"));
        if (!token.isEmpty())
            environment.insert(QStringLiteral("FRONTDESK_TOKEN"), QString::fromLatin1(token));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(FRONTDESK_CLI_PATH),
                      arguments + QStringList{QStringLiteral("--server"),
                                              m_server.baseUrl().toString(),
                                              QStringLiteral("--data-dir"), dataDir(),
                                              QStringLiteral("--verbose")});
        if (!process.waitForStarted(10000))
            return -1;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished(5000);
            return -1;
        }
        m_printed += process.readAllStandardOutput();
        m_printed += process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QByteArray keychainToken()
    {
        KeychainTokenStore store;
        const auto read = awaitCallback<TokenStoreResult>([&](QObject *context, auto done) {
            store.read(TokenStore::accountKey(m_server.baseUrl(), m_server.email()), context, done);
        });
        return read && read->ok() ? read->token : QByteArray();
    }

    static QStringList filesContaining(const QString &dir, const QByteArray &secret)
    {
        QStringList found;
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                found.append(file.fileName());
        }
        return found;
    }

    static QByteArray signatureOf(const QByteArray &token)
    {
        return token.mid(token.lastIndexOf('.') + 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        DevServerProcess::Options options;
        // Long and unique, so that finding it anywhere means it leaked.
        options.extraArgs = {
            QStringLiteral("--password"),
            QStringLiteral("Pw-%1").arg(QRandomGenerator::global()->generate64(), 0, 36)};
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
        QVERIFY(m_server.password().size() >= 8);
    }

    void cliSignInAndSyncLeakNothing()
    {
        const QByteArray password = m_server.password().toUtf8();
        QByteArray token;
        if (inTestSession()) {
            QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("--email"), m_server.email()},
                         password + '\n'),
                     0);
            token = keychainToken();
            QVERIFY2(!token.isEmpty(), "login did not leave the token in the keychain");
        } else {
            qWarning("not under tools/with-test-session: using FRONTDESK_TOKEN instead of login");
            token = m_server.login();
        }
        const QByteArray environmentToken = inTestSession() ? QByteArray() : token;
        QCOMPARE(cli({QStringLiteral("sync")}, {}, environmentToken), 0);
        QCOMPARE(cli({QStringLiteral("list")}, {}, environmentToken), 0);
        QCOMPARE(cli({QStringLiteral("whoami")}, {}, environmentToken), 0);
        // A refused token must be reported without being repeated.
        QVERIFY(m_server.expireTokens());
        QVERIFY(cli({QStringLiteral("sync")}, {}, environmentToken) != 0);
        if (inTestSession())
            QCOMPARE(cli({QStringLiteral("logout")}), 0);

        // Proof that the runs logged at debug level, the setting this test is about.
        QVERIFY2(m_printed.contains("frontdesk.network debug"), m_printed.left(2000).constData());
        QVERIFY(QFile::exists(dataDir()));
        // A control: the search does see what the runs wrote (the account in the settings).
        QVERIFY(!filesContaining(m_root.path(), m_server.email().toUtf8()).isEmpty());
        const QList<QByteArray> secrets = {token, signatureOf(token), password};
        for (const QByteArray &secret : secrets) {
            QVERIFY(secret.size() >= 8);
            QVERIFY2(!m_printed.contains(secret), "a secret was printed");
            const QStringList files = filesContaining(m_root.path(), secret);
            QVERIFY2(files.isEmpty(), qPrintable(files.join(u'\n')));
        }
    }

    void unauthorizedErrorCarriesNoToken()
    {
        // A well-formed token the server does not accept.
        const QByteArray token = m_server.login();
        QVERIFY(m_server.expireTokens());
        QStringList logged;
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        static QStringList *sink = nullptr;
        sink = &logged;
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &text) { sink->append(text); });
        ApiClient client;
        QVERIFY(!client.setBaseUrl(m_server.baseUrl()));
        client.setAccessToken(token);
        const auto result = awaitCallback<ApiResult<UserInfo>>(
            [&](QObject *context, auto done) { client.me(context, done); });
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(result && !result->ok());
        QVERIFY(result->error().isUnauthorized());
        const ApiError &error = result->error();
        const QString all = error.userMessage() + error.toLogString() + error.technical +
                            error.detail + logged.join(u'\n');
        QVERIFY(!logged.isEmpty());
        QVERIFY(!all.contains(QString::fromLatin1(token)));
        QVERIFY(!all.contains(QString::fromLatin1(signatureOf(token))));
    }

    void tlsErrorCarriesNoToken()
    {
        // Plain HTTP where TLS is expected: the handshake fails.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, this, [&plain] {
            while (QTcpSocket *socket = plain.nextPendingConnection())
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        });
        const QByteArray token = m_server.login();
        ApiClient client;
        client.setRetryPolicy(RetryPolicy::none());
        QVERIFY(!client.setBaseUrl(
            QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort()))));
        client.setAccessToken(token);
        const auto result = awaitCallback<ApiResult<UserInfo>>(
            [&](QObject *context, auto done) { client.me(context, done); });
        QVERIFY(result && !result->ok());
        const ApiError &error = result->error();
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        const QString all = error.userMessage() + error.toLogString() + error.technical;
        QVERIFY(!all.contains(QString::fromLatin1(token)));
        QVERIFY(!all.contains(QString::fromLatin1(signatureOf(token))));
    }
};

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
