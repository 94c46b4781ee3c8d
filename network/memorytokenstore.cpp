#include "memorytokenstore.h"

#include <QPointer>

void MemoryTokenStore::read(const QString &key, QObject *context, Done done)
{
    TokenStoreResult result;
    if (m_failure)
        result.error = TokenStoreError::make(*m_failure, QStringLiteral("simulated failure"));
    else if (const auto found = m_tokens.constFind(key); found != m_tokens.constEnd())
        result.token = *found;
    else
        result.error = TokenStoreError::make(TokenStoreError::Kind::NotFound);
    complete(context, std::move(done), std::move(result));
}

void MemoryTokenStore::write(const QString &key, const QByteArray &token, QObject *context,
                             Done done)
{
    TokenStoreResult result;
    if (m_failure)
        result.error = TokenStoreError::make(*m_failure, QStringLiteral("simulated failure"));
    else
        m_tokens.insert(key, token);
    complete(context, std::move(done), std::move(result));
}

void MemoryTokenStore::remove(const QString &key, QObject *context, Done done)
{
    TokenStoreResult result;
    if (m_failure)
        result.error = TokenStoreError::make(*m_failure, QStringLiteral("simulated failure"));
    else
        m_tokens.remove(key);
    complete(context, std::move(done), std::move(result));
}

void MemoryTokenStore::complete(QObject *context, Done done, TokenStoreResult result)
{
    // Asynchronous like the real keychain, so callers cannot come to rely on a synchronous
    // answer in tests that they never get in the app.
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [guard, hasContext, done = std::move(done), result = std::move(result)] {
            if (!hasContext || guard)
                done(result);
        },
        Qt::QueuedConnection);
}
