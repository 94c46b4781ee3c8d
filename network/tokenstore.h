#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

// Why a token store could not do what was asked. Neither the user message nor `technical`
// ever contains a token.
class TokenStoreError
{
    Q_DECLARE_TR_FUNCTIONS(TokenStoreError)

public:
    enum class Kind {
        NotFound,     // nothing stored under the key (read only)
        Unavailable,  // no keychain service, or it did not answer in time
        AccessDenied, // the keychain is locked, or it or the user refused
        Failed,       // anything else the keychain reported
    };

    Kind kind = Kind::Failed;
    QString technical; // the backend's own description, English, for logs

    static TokenStoreError make(Kind kind, QString technical = {});
    // A translated sentence that tells the user what happened and what to do.
    QString userMessage() const;
    QString toLogString() const;
};

// The completion of one token store operation: the token for read(), nothing for write()
// and remove().
struct TokenStoreResult
{
    QByteArray token;
    std::optional<TokenStoreError> error;

    bool ok() const { return !error; }
};

// Where the session token lives between runs (DESIGN.md habit 7): the system keychain in
// the app, memory in tests. Nothing else ever holds a token across runs.
//
// Every operation completes exactly once and always asynchronously (never from inside the
// call), with the token or an error; the callback is not called when `context` was
// destroyed first, nor after the store itself is destroyed.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const TokenStoreResult &)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, Done done) = 0;
    virtual void write(const QString &key, const QByteArray &token, QObject *context,
                       Done done) = 0;
    // Removing a key that holds nothing succeeds: the outcome the caller wanted is there.
    virtual void remove(const QString &key, QObject *context, Done done) = 0;

    // "<server url>|<email lowercased>": one token per server and account.
    static QString accountKey(const QUrl &server, const QString &email);
};

Q_DECLARE_METATYPE(TokenStoreError)
