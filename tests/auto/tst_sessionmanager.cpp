#include "apiclient.h"
#include "bookingcache.h"
#include "clock.h"
#include "devserverprocess.h"
#include "keychaintokenstore.h"
#include "memorytokenstore.h"
#include "sessionmanager.h"
#include "syncengine.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

const QString kEndedReason = QStringLiteral("Your session has ended, please sign in again.");

// A keychain that never answers (a locked keyring waiting for a prompt nobody sees).
class SilentTokenStore : public TokenStore
{
public:
    void read(const QString &, QObject *, Done) override {}
    void write(const QString &, const QByteArray &, QObject *, Done) override {}
    void remove(const QString &, QObject *, Done) override {}
};

// A keychain that refuses everything, but keeps what it was given so that the test can
// search for it.
class BrokenTokenStore : public MemoryTokenStore
{
public:
    BrokenTokenStore() { setFailure(TokenStoreError::Kind::Unavailable); }
    void write(const QString &key, const QByteArray &token, QObject *context, Done done) override
    {
        offered = token;
        MemoryTokenStore::write(key, token, context, std::move(done));
    }
    QByteArray offered;
};

// Every file below `dir` that holds `secret`, read as bytes.
QStringList filesContaining(const QString &dir, const QByteArray &secret)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            found.append(file.fileName());
    }
    return found;
}

// One "run" of the app: its own client and manager on a shared store.
struct Run
{
    explicit Run(TokenStore *store, const QString &dataDir) : manager(&client, store)
    {
        manager.setDataDir(dataDir);
    }
    ApiClient client;
    SessionManager manager;
};

} // namespace

class TestSessionManager : public QObject
{
    Q_OBJECT

private:
    DevServerProcess m_server;
    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_data;
    MemoryTokenStore m_store;

    bool signIn(Run &run, const DevServerProcess &server)
    {
        QSignalSpy signedIn(&run.manager, &SessionManager::signedIn);
        run.manager.signIn(server.baseUrl(), server.email(), server.password());
        return signedIn.wait(20000) && run.manager.isSignedIn();
    }

    QByteArray storedToken(const DevServerProcess &server)
    {
        QByteArray token;
        bool done = false;
        m_store.read(TokenStore::accountKey(server.baseUrl(), server.email()), this,
                     [&](const TokenStoreResult &result) {
                         token = result.token;
                         done = true;
                     });
        (void)QTest::qWaitFor([&] { return done; }, 5000);
        return token;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EmpfioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sessionmanager"));
        // Before the first QSettings: the user's real settings are never touched.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void init()
    {
        QSettings().clear();
        m_store.setFailure(std::nullopt);
        for (const QString &key : m_store.keys())
            m_store.remove(key, nullptr, [](const TokenStoreResult &) {});
        QTRY_VERIFY(m_store.keys().isEmpty());
        m_data = std::make_unique<QTemporaryDir>();
    }

    void signInSavesTokenAndAccount()
    {
        Run run(&m_store, m_data->path());
        QSignalSpy accountChanged(&run.manager, &SessionManager::accountChanged);
        QSignalSpy userChanged(&run.manager, &SessionManager::userChanged);
        QVERIFY(signIn(run, m_server));
        QCOMPARE(accountChanged.count(), 1);
        QVERIFY(run.manager.isSessionSaved());
        QVERIFY(run.client.hasAccessToken());
        QCOMPARE(m_store.keys(),
                 QStringList{TokenStore::accountKey(m_server.baseUrl(), m_server.email())});
        QVERIFY(run.manager.expiry().isValid());
        QVERIFY(!run.manager.userName().isEmpty());
        QVERIFY(!run.manager.organizationName().isEmpty());
        QCOMPARE(run.manager.cachePath(),
                 BookingCache::databasePath(m_data->path(), m_server.baseUrl(), m_server.email()));
        // The keys frontdesk-cli reads: both tools continue each other's sign-in.
        QSettings settings;
        QCOMPARE(settings.value("account/lastServer").toString(), m_server.baseUrl().toString());
        QCOMPARE(settings.value("account/lastEmail").toString(), m_server.email().toLower());
        QCOMPARE(run.manager.knownAccounts().size(), 1);
        settings.sync();
        QVERIFY(filesContaining(m_config.path(), storedToken(m_server)).isEmpty());
    }

    // Nothing in the API promises what a token holds: opaque ones and JWTs without an
    // email or an exp claim are sessions like any other, valid until the server says 401.
    void anyTokenTheServerIssues_data()
    {
        QTest::addColumn<QString>("style");
        QTest::newRow("opaque") << QStringLiteral("opaque");
        QTest::newRow("jwt without exp") << QStringLiteral("jwt-no-exp");
        QTest::newRow("jwt with email") << QStringLiteral("jwt-email");
    }
    void anyTokenTheServerIssues()
    {
        QFETCH(QString, style);
        DevServerProcess server;
        DevServerProcess::Options options;
        options.extraArgs = {QStringLiteral("--token-style"), style};
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        {
            Run run(&m_store, m_data->path());
            QVERIFY(signIn(run, server));
            QCOMPARE(run.manager.email(), server.email().toLower());
            QCOMPARE(run.manager.expiry().isValid(), style == u"jwt-email");
            QTRY_VERIFY(!run.manager.userName().isEmpty()); // /auth/me accepted the token
            QCOMPARE(storedToken(server).startsWith("fdo_"), style == u"opaque");
        }
        // Restored from the keychain on the next start, and refused only by the server.
        Run second(&m_store, m_data->path());
        QSignalSpy signedIn(&second.manager, &SessionManager::signedIn);
        QSignalSpy required(&second.manager, &SessionManager::signInRequired);
        second.manager.restoreLastAccount();
        QVERIFY(signedIn.wait(10000));
        QVERIFY(server.expireTokens());
        BookingCache cache;
        QString error;
        QVERIFY2(cache.open(second.manager.cachePath(), &error), qPrintable(error));
        SyncEngine sync(&second.client, &cache);
        sync.setInterval(0s);
        sync.refreshNow();
        // The restore's own check (/auth/me) may be refused first, even while expireTokens()
        // waits for its answer: the prompt may already have come.
        QTRY_VERIFY_WITH_TIMEOUT(!required.isEmpty(), 20000);
        QCOMPARE(required.first().first().toString(), kEndedReason);
    }

    void wrongPasswordIsReported()
    {
        Run run(&m_store, m_data->path());
        QSignalSpy failed(&run.manager, &SessionManager::signInFailed);
        run.manager.signIn(m_server.baseUrl(), m_server.email(), QStringLiteral("wrong"));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("The e-mail address or the password is not correct."));
        QCOMPARE(run.manager.state(), SessionManager::State::SignedOut);
        QVERIFY(m_store.keys().isEmpty());
        QVERIFY(run.manager.knownAccounts().isEmpty());
    }

    void plainHttpElsewhereIsRefused()
    {
        Run run(&m_store, m_data->path());
        QSignalSpy failed(&run.manager, &SessionManager::signInFailed);
        run.manager.signIn(QUrl("http://bookings.example.com"), "a@b.c", "secret");
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains("https://"));
        QCOMPARE(run.manager.state(), SessionManager::State::SignedOut);
    }

    void restoresOnRestart()
    {
        {
            Run first(&m_store, m_data->path());
            QVERIFY(signIn(first, m_server));
        }
        Run second(&m_store, m_data->path());
        QSignalSpy accountChanged(&second.manager, &SessionManager::accountChanged);
        QSignalSpy signedIn(&second.manager, &SessionManager::signedIn);
        QSignalSpy userChanged(&second.manager, &SessionManager::userChanged);
        second.manager.restoreLastAccount();
        // The account (and so its cache) is known before the keychain has answered.
        QCOMPARE(accountChanged.count(), 1);
        QCOMPARE(second.manager.state(), SessionManager::State::Restoring);
        QVERIFY(signedIn.wait(10000));
        QCOMPARE(second.client.baseUrl(), m_server.baseUrl());
        QVERIFY(second.client.hasAccessToken());
        QVERIFY(second.manager.isSessionSaved());
        QTRY_VERIFY(!second.manager.userName().isEmpty());
    }

    void firstStartAsksForSignIn()
    {
        Run run(&m_store, m_data->path());
        QSignalSpy required(&run.manager, &SessionManager::signInRequired);
        run.manager.restoreLastAccount();
        QCOMPARE(required.count(), 1);
        QVERIFY(required.first().first().toString().isEmpty());
        QVERIFY(!run.manager.hasAccount());
    }

    void warnsBeforeExpiryThenEnds()
    {
        DevServerProcess shortLived;
        DevServerProcess::Options options;
        options.extraArgs = {QStringLiteral("--token-lifetime"), QStringLiteral("4")};
        QVERIFY2(shortLived.start(options), qPrintable(shortLived.errorString()));
        Run run(&m_store, m_data->path());
        run.manager.setExpiryWarning(2s);
        QSignalSpy soon(&run.manager, &SessionManager::expiresSoon);
        QSignalSpy expired(&run.manager, &SessionManager::expired);
        QSignalSpy required(&run.manager, &SessionManager::signInRequired);
        QVERIFY(signIn(run, shortLived));
        const QDateTime end = run.manager.expiry();
        QVERIFY(end.isValid());
        QVERIFY(soon.wait(6000));
        QCOMPARE(soon.first().first().toDateTime(), end);
        QCOMPARE(expired.count(), 0);
        QVERIFY(Clock::now() >= end.addSecs(-2));
        QVERIFY(expired.wait(6000));
        QVERIFY(Clock::now() >= end);
        QCOMPARE(required.count(), 1);
        QCOMPARE(required.first().first().toString(), kEndedReason);
        QVERIFY(!run.client.hasAccessToken());
        QVERIFY(run.manager.hasAccount()); // pre-fills the dialog, keeps the cache open
        QCOMPARE(soon.count(), 1);
    }

    void unauthorizedEndsSessionKeepsCacheAndOutbox()
    {
        Run run(&m_store, m_data->path());
        QVERIFY(signIn(run, m_server));
        BookingCache cache;
        QString error;
        QVERIFY2(cache.open(run.manager.cachePath(), &error), qPrintable(error));
        SyncEngine sync(&run.client, &cache);
        sync.setInterval(0s);
        QSignalSpy finished(&sync, &SyncEngine::syncFinished);
        sync.refreshNow();
        QVERIFY(finished.wait(30000));
        const int cached = cache.count();
        QVERIFY(cached > 0);
        OutboxEntry entry;
        entry.bookingId = cache.bookings().first().id;
        entry.payload = QJsonObject{{"status", "no_show"}};
        entry.createdAt = Clock::now();
        QVERIFY(cache.enqueue(entry, &error));

        QVERIFY(m_server.expireTokens());
        QSignalSpy required(&run.manager, &SessionManager::signInRequired);
        sync.refreshNow();
        QVERIFY(required.wait(30000));
        QCOMPARE(required.first().first().toString(), kEndedReason);
        QCOMPARE(run.manager.state(), SessionManager::State::SignedOut);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000); // the pass may end with the prompt
        QCOMPARE(required.count(), 1); // one prompt, however many requests were refused
        QCOMPARE(cache.count(), cached);
        QCOMPARE(cache.outbox().size(), 1);

        // Signing in again continues with the same account, cache and outbox.
        const QString path = run.manager.cachePath();
        QVERIFY(signIn(run, m_server));
        QCOMPARE(run.manager.cachePath(), path);
        QCOMPARE(cache.outbox().size(), 1);
    }

    void signOutRemovesTokenAndCacheOnRequest()
    {
        Run run(&m_store, m_data->path());
        QVERIFY(signIn(run, m_server));
        {
            BookingCache cache;
            QString error;
            QVERIFY(cache.open(run.manager.cachePath(), &error));
        }
        QSignalSpy signedOut(&run.manager, &SessionManager::signedOut);
        run.manager.signOut();
        QVERIFY(signedOut.wait(5000));
        QVERIFY(m_store.keys().isEmpty());
        QVERIFY(!run.client.hasAccessToken());
        QVERIFY(run.manager.hasAccount());

        QString error;
        QVERIFY2(SessionManager::deleteAccountCache(m_data->path(), run.manager.server(),
                                                    run.manager.email(), &error),
                 qPrintable(error));
        QVERIFY(!QFile::exists(run.manager.cachePath()));
        QVERIFY(QDir(m_data->path()).isEmpty());
        QVERIFY(!SessionManager::deleteAccountCache(m_data->path(), run.manager.server(),
                                                    run.manager.email(), &error));
    }

    void deleteCacheRefusesLinksOutOfTheDataDir()
    {
        QTemporaryDir outside;
        QFile keep(outside.filePath("keep"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();
        const QUrl server("https://bookings.example.com");
        const QString path = BookingCache::databasePath(m_data->path(), server, "a@b.c");
        const QString folder = QFileInfo(path).path();
        QVERIFY(QDir().mkpath(QFileInfo(folder).path()));
        QVERIFY(QFile::link(outside.path(), folder));
        QString error;
        QVERIFY(!SessionManager::deleteAccountCache(m_data->path(), server, "a@b.c", &error));
        QVERIFY(QFile::exists(keep.fileName()));
    }

    void switchesAccountsEachWithItsCache()
    {
        DevServerProcess other;
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        Run run(&m_store, m_data->path());
        QVERIFY(signIn(run, m_server));
        const QString firstCache = run.manager.cachePath();
        QSignalSpy accountChanged(&run.manager, &SessionManager::accountChanged);
        QVERIFY(signIn(run, other));
        QCOMPARE(accountChanged.count(), 1);
        QVERIFY(run.manager.cachePath() != firstCache);
        QCOMPARE(run.manager.knownAccounts().size(), 2);
        QCOMPARE(m_store.keys().size(), 2);

        QSignalSpy signedIn(&run.manager, &SessionManager::signedIn);
        run.manager.switchAccount(m_server.baseUrl(), m_server.email());
        QCOMPARE(accountChanged.count(), 2);
        QVERIFY(signedIn.wait(10000));
        QCOMPARE(run.manager.cachePath(), firstCache);
        QCOMPARE(run.client.baseUrl(), m_server.baseUrl());
        QCOMPARE(run.manager.lastAccount()->server, m_server.baseUrl());

        run.manager.forgetAccount(other.baseUrl(), other.email());
        QCOMPARE(run.manager.knownAccounts().size(), 1);
        QTRY_COMPARE(m_store.keys().size(), 1);
    }

    void failingStoreMeansThisRunOnly()
    {
        BrokenTokenStore broken;
        {
            Run run(&broken, m_data->path());
            QSignalSpy problem(&run.manager, &SessionManager::keychainProblem);
            QVERIFY(signIn(run, m_server));
            QCOMPARE(problem.count(), 1);
            QVERIFY(!run.manager.isSessionSaved());
            QVERIFY(run.client.hasAccessToken());
            BookingCache cache;
            QString error;
            QVERIFY(cache.open(run.manager.cachePath(), &error));
        }
        const QByteArray token = broken.offered;
        QVERIFY(!token.isEmpty());
        QVERIFY(broken.keys().isEmpty());
        QSettings().sync();
        const QByteArray signature = token.mid(token.lastIndexOf('.') + 1);
        for (const QString &dir : {m_config.path(), m_data->path()}) {
            QCOMPARE(filesContaining(dir, token), QStringList());
            QCOMPARE(filesContaining(dir, signature), QStringList());
        }

        // Next start: a clear message, signed out, but the account's cache is available.
        Run next(&broken, m_data->path());
        QSignalSpy problem(&next.manager, &SessionManager::keychainProblem);
        QSignalSpy required(&next.manager, &SessionManager::signInRequired);
        next.manager.restoreLastAccount();
        QVERIFY(required.wait(5000));
        QCOMPARE(problem.count(), 1);
        QVERIFY(next.manager.hasAccount());
        QVERIFY(QFile::exists(next.manager.cachePath()));
        QCOMPARE(next.manager.state(), SessionManager::State::SignedOut);
    }

    void silentStoreNeverHangs()
    {
        SilentTokenStore silent;
        Run run(&silent, m_data->path());
        run.manager.setStoreTimeout(300ms);
        QSignalSpy problem(&run.manager, &SessionManager::keychainProblem);
        QVERIFY(signIn(run, m_server)); // after the store's time limit, for this run only
        QVERIFY(!run.manager.isSessionSaved());
        QCOMPARE(problem.count(), 1);

        Run next(&silent, m_data->path());
        next.manager.setStoreTimeout(300ms);
        QSignalSpy required(&next.manager, &SessionManager::signInRequired);
        next.manager.restoreLastAccount();
        QVERIFY(required.wait(3000));
        QCOMPARE(next.manager.state(), SessionManager::State::SignedOut);
    }

    // Needs a Secret Service: run under tools/with-test-session.
    void keychainRestoresAcrossManagers()
    {
        KeychainTokenStore keychain(QStringLiteral("FrontdeskTest"));
        keychain.setTimeout(5s);
        Run first(&keychain, m_data->path());
        QSignalSpy problem(&first.manager, &SessionManager::keychainProblem);
        QVERIFY(signIn(first, m_server));
        if (!first.manager.isSessionSaved())
            QSKIP(qPrintable(QStringLiteral("no usable Secret Service (run under "
                                            "tools/with-test-session): ") +
                             problem.value(0).value(0).toString()));
        KeychainTokenStore otherStore(QStringLiteral("FrontdeskTest"));
        Run second(&otherStore, m_data->path());
        QSignalSpy signedIn(&second.manager, &SessionManager::signedIn);
        second.manager.restoreLastAccount();
        QVERIFY(signedIn.wait(10000));
        QVERIFY(second.manager.isSessionSaved());

        QSignalSpy signedOut(&second.manager, &SessionManager::signedOut);
        second.manager.signOut();
        QVERIFY(signedOut.wait(10000));
        Run third(&otherStore, m_data->path());
        QSignalSpy required(&third.manager, &SessionManager::signInRequired);
        third.manager.restoreLastAccount();
        QVERIFY(required.wait(10000));
        QVERIFY(required.first().first().toString().isEmpty()); // not found: no error
    }
};

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
