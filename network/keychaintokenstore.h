#pragma once

#include "tokenstore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

// Tokens in the system keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows). Never falls back to a plain-text file: without a
// keychain there is no saved sign-in.
//
// A locked or absent keychain may never answer; every operation therefore has a time limit
// after which it completes as Unavailable. The backend's job keeps running in the
// background and cleans up after itself if it ever answers.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{5000};

    explicit KeychainTokenStore(QObject *parent = nullptr);
    // `service` is the keychain's service name (tests use their own so that they never
    // touch a real sign-in).
    explicit KeychainTokenStore(const QString &service, QObject *parent = nullptr);

    static QString defaultService() { return QStringLiteral("Frontdesk"); }
    QString service() const { return m_service; }

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QByteArray &token, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

private:
    enum class Operation { Read, Write, Remove };

    void run(QKeychain::Job *job, Operation operation, QObject *context, Done done);
    static TokenStoreResult resultOf(QKeychain::Job *job, Operation operation);

    QString m_service;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
};
