#pragma once

#include "accountlist.h"
#include "apierror.h"
#include "tokenstore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class ApiClient;

// The life of a sign-in: which account the app works for, its token in the TokenStore, the
// token's end, and what to do when the server says the session is over. No widgets: the
// GUI connects to the signals and calls the slots.
//
// The current account (server + email) outlives the session: after an expiry, a 401 or a
// sign-out the account stays current, so its cache stays open and the sign-in dialog can
// be pre-filled. Nothing but the token is ever dropped; the cache and its outbox belong to
// the account, not to the session.
//
// The token goes to the TokenStore and to the ApiClient, nowhere else. When the store
// fails, the session lasts for this run only (isSessionSaved() is false) and
// keychainProblem() says so.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    enum class State {
        SignedOut, // no token: cached data only
        Restoring, // reading the saved token
        SigningIn, // waiting for the server, then for the store
        SignedIn,  // the ApiClient has a token the server has not refused yet
    };
    Q_ENUM(State)

    static constexpr std::chrono::seconds kDefaultExpiryWarning{600};

    // `client` and `store` must outlive the manager.
    SessionManager(ApiClient *client, TokenStore *store, QObject *parent = nullptr);
    ~SessionManager() override;

    // Where the account caches live (empty: BookingCache's default folder).
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    QString dataDir() const { return m_dataDir; }
    // How long before the token's end expiresSoon() is emitted.
    void setExpiryWarning(std::chrono::seconds lead);
    std::chrono::seconds expiryWarning() const { return m_warningLead; }
    // A safety net over the store's own time limit: a store that never answers is treated
    // as unavailable after this long.
    void setStoreTimeout(std::chrono::milliseconds timeout) { m_storeTimeout = timeout; }

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    bool hasAccount() const { return !m_account.email.isEmpty(); }
    KnownAccount account() const { return m_account; }
    QUrl server() const { return m_account.server; }
    QString email() const { return m_account.email; }
    QString userName() const { return m_account.userName; }
    QString organizationName() const { return m_account.organizationName; }
    // Invalid when the token names no end.
    QDateTime expiry() const { return m_expiry; }
    // False when the store failed at sign-in: the next start will need a new sign-in.
    bool isSessionSaved() const { return m_saved; }
    // The current account's cache file (BookingCache::databasePath); empty without account.
    QString cachePath() const;

    QList<KnownAccount> knownAccounts() const;
    std::optional<KnownAccount> lastAccount() const;

    // Deletes <dataDir>/<server>/<account>/ with the account's cache, after checking that the
    // folder is inside the data folder; the caller closes the cache first. False (and why,
    // in English, for logs) when it is not there or could not be removed.
    static bool deleteAccountCache(const QString &dataDir, const QUrl &server, const QString &email,
                                   QString *error);

public Q_SLOTS:
    // Start-up: makes the last account current and reads its token. Without a last account
    // it asks for a sign-in at once.
    void restoreLastAccount();
    // Makes the account current (accountChanged() when it differs) and reads its token;
    // the previous account's token stays in the store.
    void switchAccount(const QUrl &server, const QString &email);
    // `remember` false: a throwaway session (the demo) that touches neither the store nor
    // the settings.
    void signIn(const QUrl &server, const QString &email, const QString &password,
                bool remember = true);
    void cancelSignIn();
    // Removes the token from the store; the account stays current until another is chosen.
    void signOut();
    void forgetAccount(const QUrl &server, const QString &email);

Q_SIGNALS:
    void stateChanged(SessionManager::State state);
    // Another account is current: open its cache (cachePath()) and show it.
    void accountChanged();
    // The names of the user or organization changed (from /auth/me).
    void userChanged();
    // The ApiClient has a token: start syncing.
    void signedIn();
    void signInFailed(const QString &message);
    // No usable session: show the sign-in dialog, pre-filled with the current account.
    // `reason` is empty on a first start.
    void signInRequired(const QString &reason);
    void keychainProblem(const QString &message);
    void expiresSoon(const QDateTime &at);
    void expired();
    // The token left the ApiClient and the store; the caller may offer to delete the cache.
    void signedOut();

private:
    void setState(State state);
    void setAccount(const KnownAccount &account);
    QObject *newGeneration();
    void readToken();
    void commit(const KnownAccount &account, const QByteArray &token, bool saved, bool remember);
    void adoptToken(const QByteArray &token);
    void fetchUser();
    void endSession(const QString &reason);
    void dropToken();
    void armExpiryTimers();
    void onExpiryTimer();
    void onUnauthorized();
    // Runs a store operation with this manager's own time limit on top of the store's.
    void guarded(const std::function<void(QObject *, TokenStore::Done)> &start,
                 TokenStore::Done done);

    ApiClient *m_client;
    QPointer<TokenStore> m_store;
    QString m_dataDir;
    KnownAccount m_account;
    State m_state = State::SignedOut;
    bool m_saved = false;
    bool m_remember = false; // the account belongs in the settings (not the demo)
    bool m_warned = false;
    QDateTime m_expiry;
    QTimer m_expiryTimer;
    std::chrono::seconds m_warningLead = kDefaultExpiryWarning;
    std::chrono::milliseconds m_storeTimeout{8000};
    // Every sign-in, switch and sign-out starts a new generation; late answers of an older
    // one find a context that no longer exists and are dropped.
    QObject *m_generation = nullptr;
};
