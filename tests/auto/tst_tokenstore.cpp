#include "awaitcallback.h"
#include "keychaintokenstore.h"
#include "memorytokenstore.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace std::chrono_literals;

namespace {

const QByteArray kToken = "eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6ImRlbW9AZXhhbXBsZS5jb20ifQ.c2ln";
const QByteArray kOtherToken = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvdGhlciJ9.b3RoZXI";
const char *const kChildVariable = "TST_TOKENSTORE_CHILD";

std::optional<TokenStoreResult> readFrom(TokenStore &store, const QString &key)
{
    return awaitCallback<TokenStoreResult>(
        [&](QObject *context, auto done) { store.read(key, context, done); }, 20000);
}

std::optional<TokenStoreResult> writeTo(TokenStore &store, const QString &key,
                                        const QByteArray &token)
{
    return awaitCallback<TokenStoreResult>(
        [&](QObject *context, auto done) { store.write(key, token, context, done); }, 20000);
}

std::optional<TokenStoreResult> removeFrom(TokenStore &store, const QString &key)
{
    return awaitCallback<TokenStoreResult>(
        [&](QObject *context, auto done) { store.remove(key, context, done); }, 20000);
}

QString describe(const std::optional<TokenStoreResult> &result)
{
    if (!result)
        return QStringLiteral("no completion, or more than one");
    return result->error ? result->error->toLogString() : QStringLiteral("ok");
}

// In a child process (the environment decides which keychain it sees): one read with a
// short time limit; prints the kind, the time it took, the number of completions and the
// message, one per line.
int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    KeychainTokenStore store(QStringLiteral("FrontdeskTest"));
    store.setTimeout(300ms);
    int completions = 0;
    TokenStoreResult last;
    QElapsedTimer clock;
    clock.start();
    qint64 elapsed = -1;
    store.read(QStringLiteral("http://127.0.0.1:1|nobody@example.com"), &app,
               [&](const TokenStoreResult &result) {
                   ++completions;
                   last = result;
                   elapsed = clock.elapsed();
               });
    // Time enough for the first completion and for a stray second one to show up.
    (void)QTest::qWaitFor([&] { return completions > 0; }, 10000);
    QTest::qWait(700);
    const int kind = last.error ? int(last.error->kind) : -1;
    std::printf("%d\n%lld\n%d\n%s\n", kind, static_cast<long long>(elapsed), completions,
                last.error ? qPrintable(last.error->userMessage()) : "");
    std::fflush(stdout);
    return 0;
}

struct ChildOutcome
{
    bool finished = false;
    int kind = -2;
    qint64 elapsedMs = -1;
    int completions = 0;
    QString message;
};

ChildOutcome runChild(const QString &busAddress)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    // Without a display libsecret cannot autolaunch a bus of its own either.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    ChildOutcome outcome;
    if (!child.waitForFinished(15000)) {
        child.kill();
        child.waitForFinished(3000);
        return outcome;
    }
    outcome.finished = true;
    const QStringList lines = QString::fromLocal8Bit(child.readAllStandardOutput()).split(u'\n');
    outcome.kind = lines.value(0).toInt();
    outcome.elapsedMs = lines.value(1).toLongLong();
    outcome.completions = lines.value(2).toInt();
    outcome.message = lines.value(3);
    return outcome;
}

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private:
    QString m_service;

    bool haveSessionBus() const { return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"); }

private Q_SLOTS:
    void initTestCase()
    {
        // A service name of its own: a run on a developer's desktop never touches a real
        // Frontdesk sign-in, and runs side by side do not meet.
        m_service = QStringLiteral("FrontdeskTest-%1").arg(QRandomGenerator::global()->generate());
    }

    void accountKeyNamesServerAndAccount()
    {
        QCOMPARE(TokenStore::accountKey(QUrl(QStringLiteral("https://desk.example/")),
                                        QStringLiteral(" Jürgen.Müller@Example.DE ")),
                 QStringLiteral("https://desk.example|jürgen.müller@example.de"));
        QCOMPARE(TokenStore::accountKey(QUrl(QStringLiteral("http://127.0.0.1:8001")),
                                        QStringLiteral("demo@example.com")),
                 QStringLiteral("http://127.0.0.1:8001|demo@example.com"));
    }

    void errorsHaveDistinctUserMessages()
    {
        QStringList messages;
        for (auto kind : {TokenStoreError::Kind::NotFound, TokenStoreError::Kind::Unavailable,
                          TokenStoreError::Kind::AccessDenied, TokenStoreError::Kind::Failed}) {
            const TokenStoreError error = TokenStoreError::make(kind, QStringLiteral("detail"));
            QVERIFY(!error.userMessage().isEmpty());
            QVERIFY(!messages.contains(error.userMessage()));
            messages.append(error.userMessage());
        }
        QVERIFY(TokenStoreError::make(TokenStoreError::Kind::Unavailable)
                    .userMessage()
                    .contains(QLatin1String("keychain is unavailable")));
    }

    void memoryStoreRoundTrip()
    {
        MemoryTokenStore store;
        const QString key = TokenStore::accountKey(QUrl(QStringLiteral("https://ä.example")),
                                                   QStringLiteral("zoë@example.com"));
        auto missing = readFrom(store, key);
        QVERIFY(missing && !missing->ok());
        QCOMPARE(missing->error->kind, TokenStoreError::Kind::NotFound);

        QVERIFY(writeTo(store, key, kToken).value_or(TokenStoreResult{}).ok());
        auto read = readFrom(store, key);
        QVERIFY(read && read->ok());
        QCOMPARE(read->token, kToken);

        QVERIFY(writeTo(store, key, kOtherToken).value_or(TokenStoreResult{}).ok());
        QCOMPARE(readFrom(store, key).value_or(TokenStoreResult{}).token, kOtherToken);

        QVERIFY(removeFrom(store, key).value_or(TokenStoreResult{}).ok());
        QCOMPARE(readFrom(store, key)->error->kind, TokenStoreError::Kind::NotFound);
        // Removing nothing is what the caller wanted: success.
        QVERIFY(removeFrom(store, key).value_or(TokenStoreResult{}).ok());
    }

    void memoryStoreAnswersAsynchronously()
    {
        MemoryTokenStore store;
        bool called = false;
        QObject context;
        store.write(QStringLiteral("k"), kToken, &context,
                    [&](const TokenStoreResult &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void memoryStoreSkipsDestroyedContext()
    {
        MemoryTokenStore store;
        bool called = false;
        auto *context = new QObject;
        store.read(QStringLiteral("k"), context, [&](const TokenStoreResult &) { called = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void memoryStoreFailureKeepsTokenOutOfMessages()
    {
        MemoryTokenStore store;
        store.setFailure(TokenStoreError::Kind::Unavailable);
        auto written = writeTo(store, QStringLiteral("k"), kToken);
        QVERIFY(written && !written->ok());
        QCOMPARE(written->error->kind, TokenStoreError::Kind::Unavailable);
        QVERIFY(!written->error->userMessage().contains(QString::fromLatin1(kToken)));
        QVERIFY(!written->error->toLogString().contains(QString::fromLatin1(kToken)));
        QVERIFY(store.keys().isEmpty());
        store.setFailure(std::nullopt);
        QVERIFY(writeTo(store, QStringLiteral("k"), kToken).value_or(TokenStoreResult{}).ok());
    }

    void keychainDefaults()
    {
        KeychainTokenStore store;
        QCOMPARE(store.service(), QStringLiteral("Frontdesk"));
        QCOMPARE(store.timeout(), 5000ms);
        store.setTimeout(-5ms);
        QCOMPARE(store.timeout(), 0ms);
    }

    void keychainRoundTrip()
    {
        if (!haveSessionBus())
            QSKIP("No D-Bus session bus: run the suite under tools/with-test-session.");
        KeychainTokenStore store(m_service);
        const QString key =
            TokenStore::accountKey(QUrl(QStringLiteral("https://praxis-müller.example")),
                                   QStringLiteral("Jürgen.Groß@Example.de"));

        bool returned = false;
        bool calledEarly = false;
        std::optional<TokenStoreResult> written;
        QObject context;
        store.write(key, kToken, &context, [&](const TokenStoreResult &result) {
            calledEarly = !returned;
            written = result;
        });
        returned = true;
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QVERIFY(!calledEarly);
        QVERIFY2(written->ok(),
                 qPrintable(QStringLiteral("the Secret Service of this session does not work (%1); "
                                           "tools/with-test-session must provide an unlocked "
                                           "keyring")
                                .arg(describe(written))));

        auto read = readFrom(store, key);
        QVERIFY2(read && read->ok(), qPrintable(describe(read)));
        QCOMPARE(read->token, kToken);

        auto overwritten = writeTo(store, key, kOtherToken);
        QVERIFY2(overwritten && overwritten->ok(), qPrintable(describe(overwritten)));
        read = readFrom(store, key);
        QVERIFY2(read && read->ok(), qPrintable(describe(read)));
        QCOMPARE(read->token, kOtherToken);

        auto removed = removeFrom(store, key);
        QVERIFY2(removed && removed->ok(), qPrintable(describe(removed)));
        read = readFrom(store, key);
        QVERIFY(read && !read->ok());
        QCOMPARE(read->error->kind, TokenStoreError::Kind::NotFound);
        QVERIFY(!read->error->userMessage().contains(QString::fromLatin1(kOtherToken)));

        removed = removeFrom(store, key);
        QVERIFY2(removed && removed->ok(), qPrintable(describe(removed)));
    }

    void keychainKeepsAccountsApart()
    {
        if (!haveSessionBus())
            QSKIP("No D-Bus session bus: run the suite under tools/with-test-session.");
        KeychainTokenStore store(m_service);
        const QUrl server(QStringLiteral("http://127.0.0.1:8001"));
        const QString first = TokenStore::accountKey(server, QStringLiteral("anna@example.com"));
        const QString second = TokenStore::accountKey(server, QStringLiteral("bert@example.com"));
        const auto firstWritten = writeTo(store, first, kToken);
        QVERIFY2(firstWritten && firstWritten->ok(), qPrintable(describe(firstWritten)));
        const auto secondWritten = writeTo(store, second, kOtherToken);
        QVERIFY2(secondWritten && secondWritten->ok(), qPrintable(describe(secondWritten)));
        QCOMPARE(readFrom(store, first).value_or(TokenStoreResult{}).token, kToken);
        QCOMPARE(readFrom(store, second).value_or(TokenStoreResult{}).token, kOtherToken);
        QVERIFY(removeFrom(store, first).value_or(TokenStoreResult{}).ok());
        QCOMPARE(readFrom(store, second).value_or(TokenStoreResult{}).token, kOtherToken);
        QVERIFY(removeFrom(store, second).value_or(TokenStoreResult{}).ok());
    }

    void keychainThatNeverAnswersTimesOut()
    {
        // A bus socket that accepts connections and then says nothing: D-Bus authentication
        // waits forever, like a keychain stuck behind a prompt nobody can see.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QLocalServer silent;
        QVERIFY2(silent.listen(dir.filePath(QStringLiteral("bus"))),
                 qPrintable(silent.errorString()));
        const ChildOutcome outcome =
            runChild(QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("bus")));
        QVERIFY2(outcome.finished, "the keychain store hung although it has a time limit");
        QCOMPARE(outcome.completions, 1);
        QCOMPARE(outcome.kind, int(TokenStoreError::Kind::Unavailable));
        // It waited for its time limit (300 ms), and ended (the child gives it 10 s).
        QVERIFY2(outcome.elapsedMs >= 250, qPrintable(QString::number(outcome.elapsedMs)));
        QVERIFY(outcome.message.contains(QLatin1String("keychain is unavailable")));
    }

    void keychainWithoutBusFailsClearly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ChildOutcome outcome =
            runChild(QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("nobody-here")));
        QVERIFY2(outcome.finished, "the keychain store hung although it has a time limit");
        QCOMPARE(outcome.completions, 1);
        QCOMPARE(outcome.kind, int(TokenStoreError::Kind::Unavailable));
        QVERIFY(outcome.message.contains(QLatin1String("keychain is unavailable")));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kChildVariable))
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestTokenStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenstore.moc"
