#include "keychaintokenstore.h"

#include "networklogging.h"

#include <QPointer>
#include <qt6keychain/keychain.h>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

const char *operationName(int operation)
{
    static const char *const names[] = {"read", "write", "remove"};
    return names[operation];
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QObject *parent)
    : KeychainTokenStore(defaultService(), parent)
{}

KeychainTokenStore::KeychainTokenStore(const QString &service, QObject *parent)
    : TokenStore(parent), m_service(service)
{}

void KeychainTokenStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(std::chrono::milliseconds(0), timeout);
}

void KeychainTokenStore::read(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, Operation::Read, context, std::move(done));
}

void KeychainTokenStore::write(const QString &key, const QByteArray &token, QObject *context,
                               Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    // Text, not binary: a JWT is ASCII, and the entry stays readable with the desktop's own
    // keychain tools (secret-tool, Seahorse) should someone need to inspect or delete it.
    job->setTextData(QString::fromUtf8(token));
    run(job, Operation::Write, context, std::move(done));
}

void KeychainTokenStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, Operation::Remove, context, std::move(done));
}

void KeychainTokenStore::run(QKeychain::Job *job, Operation operation, QObject *context, Done done)
{
    struct State
    {
        bool finished = false;
        bool hasContext = false;
        QPointer<QObject> context;
        Done done;
    };
    auto state = std::make_shared<State>();
    state->hasContext = context != nullptr;
    state->context = context;
    state->done = std::move(done);

    // The job has no parent and deletes itself once the backend answers. Deleting it any
    // earlier (on our time limit, or with a parent) would leave libsecret's pending callback
    // pointing at freed memory.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    const QPointer<QKeychain::Job> jobGuard(job);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const auto complete = [state, timer](const TokenStoreResult &result) {
        if (state->finished)
            return;
        state->finished = true;
        timer->stop();
        timer->deleteLater();
        if (!state->hasContext || state->context)
            state->done(result);
    };

    connect(job, &QKeychain::Job::finished, this, [complete, operation](QKeychain::Job *finished) {
        const TokenStoreResult result = resultOf(finished, operation);
        // No saved sign-in yet is the normal first run, not a problem.
        if (result.error && result.error->kind == TokenStoreError::Kind::NotFound) {
            qCDebug(lcNetwork).noquote()
                << "keychain" << operationName(int(operation)) << "found nothing";
        } else if (result.error) {
            qCWarning(lcNetwork).noquote() << "keychain" << operationName(int(operation))
                                           << "failed:" << result.error->toLogString();
        }
        complete(result);
    });
    connect(timer, &QTimer::timeout, this, [this, complete, operation, jobGuard] {
        // Late answers must not complete the operation a second time.
        if (jobGuard)
            jobGuard->disconnect(this);
        const TokenStoreError error =
            TokenStoreError::make(TokenStoreError::Kind::Unavailable,
                                  QStringLiteral("no answer from the keychain within %1 ms")
                                      .arg(qint64(m_timeout.count())));
        qCWarning(lcNetwork).noquote()
            << "keychain" << operationName(int(operation)) << "failed:" << error.toLogString();
        complete({{}, error});
    });
    timer->start(m_timeout);
    job->start();
}

TokenStoreResult KeychainTokenStore::resultOf(QKeychain::Job *job, Operation operation)
{
    using Kind = TokenStoreError::Kind;
    TokenStoreResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        if (operation == Operation::Read)
            result.token = static_cast<QKeychain::ReadPasswordJob *>(job)->textData().toUtf8();
        return result;
    case QKeychain::EntryNotFound:
        if (operation != Operation::Remove)
            result.error = TokenStoreError::make(Kind::NotFound, job->errorString());
        return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.error = TokenStoreError::make(Kind::AccessDenied, job->errorString());
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.error = TokenStoreError::make(Kind::Unavailable, job->errorString());
        return result;
    case QKeychain::CouldNotDeleteEntry:
        result.error = TokenStoreError::make(Kind::Failed, job->errorString());
        return result;
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports a missing or unreachable Secret Service as OtherError; to the user
    // that is an unavailable keychain, not a mysterious failure.
    result.error = TokenStoreError::make(Kind::Unavailable, job->errorString());
    return result;
}
