#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// An account this computer has signed in to: where and who, with the names to show in an
// account menu. Never a secret: the token lives in the TokenStore only.
struct KnownAccount
{
    QUrl server;
    QString email; // lower case, as in TokenStore::accountKey()
    QString userName;
    QString organizationName;

    bool sameAccount(const QUrl &otherServer, const QString &otherEmail) const;
    friend bool operator==(const KnownAccount &, const KnownAccount &) = default;
};

// The accounts remembered in QSettings for switching between them, and the last one used.
// The last account shares its keys (account/lastServer, account/lastEmail) with
// frontdesk-cli, so the GUI and the CLI pick up each other's sign-in.
class AccountList
{
public:
    static QList<KnownAccount> accounts();
    // Adds the account, or refreshes its names; the list keeps its first-seen order so that
    // an account menu does not reshuffle on every sign-in.
    static void remember(const KnownAccount &account);
    static void forget(const QUrl &server, const QString &email);

    static std::optional<KnownAccount> last();
    static void setLast(const QUrl &server, const QString &email);

    // Deletes <dataDir>/<server>/<account>/ (BookingCache::databasePath's folder) after
    // checking that it is a real folder exactly there; the caller closes the cache first.
    // False, and why in English for logs, when it is not there or not fully removed.
    static bool deleteCache(const QString &dataDir, const QUrl &server, const QString &email,
                            QString *error);
};

Q_DECLARE_METATYPE(KnownAccount)
