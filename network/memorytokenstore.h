#pragma once

#include "tokenstore.h"

#include <QHash>
#include <QStringList>

// Tokens in memory, for tests: nothing is ever written to disk or the keychain.
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT

public:
    using TokenStore::TokenStore;

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QByteArray &token, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

    // Makes every following operation fail with an error of this kind (to test how callers
    // handle a broken keychain); nullopt restores normal operation.
    void setFailure(std::optional<TokenStoreError::Kind> kind) { m_failure = kind; }
    QStringList keys() const { return m_tokens.keys(); }

private:
    void complete(QObject *context, Done done, TokenStoreResult result);

    QHash<QString, QByteArray> m_tokens;
    std::optional<TokenStoreError::Kind> m_failure;
};
