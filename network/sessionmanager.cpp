#include "sessionmanager.h"

#include "apiclient.h"
#include "bookingcache.h"
#include "clock.h"
#include "jwt.h"
#include "networklogging.h"
#include "serverurl.h"

#include <algorithm>
#include <memory>

namespace {

// QTimer takes int milliseconds; a token that lives longer is re-checked daily.
constexpr qint64 kLongestTimerMs = 24LL * 3600 * 1000;

QString normalizedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

} // namespace

SessionManager::SessionManager(ApiClient *client, TokenStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &SessionManager::onExpiryTimer);
    connect(m_client, &ApiClient::unauthorized, this, &SessionManager::onUnauthorized);
}

SessionManager::~SessionManager() = default;

void SessionManager::setExpiryWarning(std::chrono::seconds lead)
{
    m_warningLead = std::max(std::chrono::seconds(0), lead);
    armExpiryTimers();
}

QString SessionManager::cachePath() const
{
    return hasAccount() ? BookingCache::databasePath(m_dataDir, m_account.server, m_account.email)
                        : QString();
}

QList<KnownAccount> SessionManager::knownAccounts() const
{
    return AccountList::accounts();
}

std::optional<KnownAccount> SessionManager::lastAccount() const
{
    return AccountList::last();
}

void SessionManager::restoreLastAccount()
{
    const std::optional<KnownAccount> last = AccountList::last();
    if (!last || ServerUrl::check(last->server)) {
        newGeneration();
        setState(State::SignedOut);
        Q_EMIT signInRequired(QString());
        return;
    }
    setAccount(*last);
    readToken();
}

void SessionManager::switchAccount(const QUrl &server, const QString &email)
{
    const QString account = normalizedEmail(email);
    if (m_account.sameAccount(server, account) && m_state == State::SignedIn)
        return;
    if (ServerUrl::check(server) || !account.contains(u'@')) {
        qCWarning(lcNetwork) << "refusing to switch to an unusable account address";
        return;
    }
    dropToken();
    KnownAccount known{server, account, {}, {}};
    const QList<KnownAccount> list = AccountList::accounts();
    const auto found = std::find_if(list.cbegin(), list.cend(), [&](const KnownAccount &entry) {
        return entry.sameAccount(server, account);
    });
    if (found != list.cend())
        known = *found;
    setAccount(known);
    AccountList::setLast(known.server, known.email);
    readToken();
}

void SessionManager::signIn(const QUrl &server, const QString &email, const QString &password,
                            bool remember)
{
    const QUrl url = server.adjusted(QUrl::StripTrailingSlash);
    const QString account = normalizedEmail(email);
    if (const std::optional<ApiError> problem = ServerUrl::check(url)) {
        Q_EMIT signInFailed(problem->userMessage());
        return;
    }
    if (!account.contains(u'@')) {
        Q_EMIT signInFailed(tr("Enter the e-mail address of your account."));
        return;
    }
    if (password.isEmpty()) {
        Q_EMIT signInFailed(tr("Enter your password."));
        return;
    }

    const State before = m_state;
    QObject *generation = newGeneration();
    setState(State::SigningIn);
    // A client of its own, so that the current session (and a sync running on it) stays
    // untouched until the new sign-in has succeeded.
    auto *login = new ApiClient(generation);
    login->setTimeout(m_client->timeout());
    login->setBaseUrl(url);
    qCInfo(lcNetwork).noquote() << "signing in to" << url.toDisplayString();
    login->login(account, password, generation, [=, this](const ApiResult<LoginResult> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            qCInfo(lcNetwork).noquote() << "sign-in failed:" << result.error().toLogString();
            setState(before == State::SignedIn && m_client->hasAccessToken() ? State::SignedIn
                                                                             : State::SignedOut);
            // login is not an authenticated request: its 401 means wrong credentials, not
            // an ended session.
            Q_EMIT signInFailed(result.error().isUnauthorized()
                                    ? tr("The e-mail address or the password is not correct.")
                                    : result.error().userMessage());
            return;
        }
        const LoginResult &value = result.value();
        const KnownAccount signedIn{url,
                                    value.email.isEmpty() ? account : normalizedEmail(value.email),
                                    value.fullName, value.organizationName};
        if (!remember) {
            commit(signedIn, value.accessToken, false, false);
            return;
        }
        const QByteArray token = value.accessToken;
        const QString key = TokenStore::accountKey(signedIn.server, signedIn.email);
        guarded(
            [this, key, token](QObject *context, TokenStore::Done done) {
                m_store->write(key, token, context, std::move(done));
            },
            [=, this](const TokenStoreResult &stored) {
                if (generation != m_generation)
                    return;
                commit(signedIn, token, stored.ok(), true);
                if (!stored.ok()) {
                    Q_EMIT keychainProblem(
                        tr("You are signed in, but the sign-in could not be saved, so it lasts "
                           "until Frontdesk is closed. %1")
                            .arg(stored.error->userMessage()));
                }
            });
    });
}

void SessionManager::cancelSignIn()
{
    if (m_state != State::SigningIn)
        return;
    newGeneration();
    setState(m_client->hasAccessToken() ? State::SignedIn : State::SignedOut);
}

void SessionManager::signOut()
{
    QObject *generation = newGeneration();
    dropToken();
    m_saved = false;
    setState(State::SignedOut);
    if (!hasAccount()) {
        Q_EMIT signedOut();
        return;
    }
    const QString key = TokenStore::accountKey(m_account.server, m_account.email);
    guarded([this, key](QObject *context,
                        TokenStore::Done done) { m_store->remove(key, context, std::move(done)); },
            [=, this](const TokenStoreResult &removed) {
                if (generation != m_generation)
                    return;
                if (!removed.ok()) {
                    Q_EMIT keychainProblem(
                        tr("You are signed out, but the saved sign-in could not be removed "
                           "from the system keychain. %1")
                            .arg(removed.error->userMessage()));
                }
                Q_EMIT signedOut();
            });
}

void SessionManager::forgetAccount(const QUrl &server, const QString &email)
{
    AccountList::forget(server, email);
    if (!m_store)
        return;
    // Forgetting an account leaves no sign-in of it behind; nobody waits for the outcome.
    m_store->remove(TokenStore::accountKey(server, email), this, [](const TokenStoreResult &) {});
}

bool SessionManager::deleteAccountCache(const QString &dataDir, const QUrl &server,
                                        const QString &email, QString *error)
{
    return AccountList::deleteCache(dataDir, server, email, error);
}

QObject *SessionManager::newGeneration()
{
    if (m_generation)
        m_generation->deleteLater();
    m_generation = new QObject(this);
    return m_generation;
}

void SessionManager::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SessionManager::setAccount(const KnownAccount &account)
{
    const bool changed = !m_account.sameAccount(account.server, account.email);
    m_account = account;
    m_account.email = normalizedEmail(account.email);
    if (changed) {
        dropToken();
        m_client->setBaseUrl(m_account.server);
        Q_EMIT accountChanged();
    }
    Q_EMIT userChanged();
}

void SessionManager::readToken()
{
    QObject *generation = newGeneration();
    setState(State::Restoring);
    const QString key = TokenStore::accountKey(m_account.server, m_account.email);
    guarded(
        [this, key](QObject *context, TokenStore::Done done) {
            m_store->read(key, context, std::move(done));
        },
        [=, this](const TokenStoreResult &stored) {
            if (generation != m_generation)
                return;
            if (stored.ok() && !stored.token.isEmpty()) {
                if (Jwt::isExpired(stored.token, Clock::now())) {
                    setState(State::SignedOut);
                    Q_EMIT signInRequired(tr("Your session has ended, please sign in again."));
                    return;
                }
                m_saved = true;
                m_remember = true;
                adoptToken(stored.token);
                return;
            }
            setState(State::SignedOut);
            if (stored.error && stored.error->kind != TokenStoreError::Kind::NotFound) {
                // The cache stays open: the desk keeps seeing the bookings it has.
                const QString message =
                    tr("The saved sign-in could not be read. %1").arg(stored.error->userMessage());
                Q_EMIT keychainProblem(message);
                Q_EMIT signInRequired(message);
                return;
            }
            Q_EMIT signInRequired(QString());
        });
}

void SessionManager::commit(const KnownAccount &account, const QByteArray &token, bool saved,
                            bool remember)
{
    setAccount(account);
    m_saved = saved;
    m_remember = remember;
    if (remember) {
        AccountList::remember(m_account);
        AccountList::setLast(m_account.server, m_account.email);
    }
    adoptToken(token);
}

void SessionManager::adoptToken(const QByteArray &token)
{
    m_client->setBaseUrl(m_account.server);
    m_client->setAccessToken(token);
    m_expiry = Jwt::expiry(token).value_or(QDateTime());
    m_warned = false;
    setState(State::SignedIn);
    armExpiryTimers();
    qCInfo(lcNetwork).noquote() << "signed in to" << m_account.server.toDisplayString()
                                << (m_saved ? "(session saved)" : "(session for this run only)");
    Q_EMIT signedIn();
    fetchUser();
}

void SessionManager::fetchUser()
{
    QObject *generation = m_generation;
    m_client->me(generation, [=, this](const ApiResult<UserInfo> &result) {
        // A 401 arrives through ApiClient::unauthorized; other failures leave the names
        // the account list or the sign-in gave (offline start).
        if (generation != m_generation || !result.ok())
            return;
        const UserInfo &user = result.value();
        if (user.fullName == m_account.userName &&
            user.organizationName == m_account.organizationName)
            return;
        m_account.userName = user.fullName;
        m_account.organizationName = user.organizationName;
        if (m_remember)
            AccountList::remember(m_account);
        Q_EMIT userChanged();
    });
}

void SessionManager::endSession(const QString &reason)
{
    newGeneration();
    dropToken();
    setState(State::SignedOut);
    Q_EMIT signInRequired(reason);
}

void SessionManager::dropToken()
{
    m_expiryTimer.stop();
    m_expiry = QDateTime();
    m_client->clearAccessToken();
}

void SessionManager::armExpiryTimers()
{
    m_expiryTimer.stop();
    if (!m_expiry.isValid() || m_state != State::SignedIn)
        return;
    const QDateTime next = m_warned ? m_expiry : m_expiry.addSecs(-m_warningLead.count());
    const qint64 ms = Clock::now().msecsTo(next);
    m_expiryTimer.start(int(std::clamp<qint64>(ms, 0, kLongestTimerMs)));
}

void SessionManager::onExpiryTimer()
{
    // Timers may fire a little early or (after a suspend) late: the clock decides.
    const QDateTime now = Clock::now();
    if (now >= m_expiry) {
        qCInfo(lcNetwork) << "session token expired";
        Q_EMIT expired();
        endSession(tr("Your session has ended, please sign in again."));
        return;
    }
    if (!m_warned && now >= m_expiry.addSecs(-m_warningLead.count())) {
        m_warned = true;
        Q_EMIT expiresSoon(m_expiry);
    }
    armExpiryTimers();
}

void SessionManager::onUnauthorized()
{
    // Requests still out when the session ended answer 401 too; one prompt is enough.
    if (m_state != State::SignedIn)
        return;
    qCInfo(lcNetwork) << "server refused the session token";
    endSession(tr("Your session has ended, please sign in again."));
}

void SessionManager::guarded(const std::function<void(QObject *, TokenStore::Done)> &start,
                             TokenStore::Done done)
{
    auto finished = std::make_shared<bool>(false);
    auto *timer = new QTimer(m_generation);
    timer->setSingleShot(true);
    const auto complete = [finished, timer, done = std::move(done)](const TokenStoreResult &r) {
        if (*finished)
            return;
        *finished = true;
        timer->stop();
        timer->deleteLater();
        done(r);
    };
    const auto unavailable = [complete](const QString &why) {
        complete({{}, TokenStoreError::make(TokenStoreError::Kind::Unavailable, why)});
    };
    connect(timer, &QTimer::timeout, m_generation,
            [unavailable] { unavailable(QStringLiteral("the token store did not answer")); });
    timer->start(m_storeTimeout);
    if (!m_store) {
        QMetaObject::invokeMethod(
            m_generation, [unavailable] { unavailable(QStringLiteral("no token store")); },
            Qt::QueuedConnection);
        return;
    }
    start(m_generation, complete);
}
