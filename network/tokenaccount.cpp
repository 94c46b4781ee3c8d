#include "tokenaccount.h"

#include "clock.h"
#include "jwt.h"

#include <QCryptographicHash>
#include <QMetaObject>
#include <QPointer>
#include <QSettings>

namespace {

constexpr qint64 kKeepMs = 30LL * 24 * 3600 * 1000;

} // namespace

QString TokenAccount::claimedEmail(const QByteArray &token)
{
    const QString email = Jwt::claim(token, QStringLiteral("email")).trimmed().toLower();
    return email.contains(u'@') ? email : QString();
}

void TokenAccount::resolve(ApiClient *client, const QByteArray &token, QObject *context, Done done)
{
    client->setAccessToken(token);
    if (const QString claimed = claimedEmail(token); !claimed.isEmpty()) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            client,
            [guard, done, claimed] {
                if (guard)
                    done(claimed);
            },
            Qt::QueuedConnection);
        return;
    }
    client->me(context, [done, token](const ApiResult<UserInfo> &me) {
        if (!me.ok()) {
            done(me.error());
            return;
        }
        const QString email = me.value().email.trimmed().toLower();
        if (!email.contains(u'@')) {
            done(ApiError::malformed(QStringLiteral("/auth/me named no email address")));
            return;
        }
        remember(token, email);
        done(email);
    });
}

QString TokenAccount::settingsKey(const QByteArray &token)
{
    return QStringLiteral("tokenAccounts/") +
           QString::fromLatin1(
               QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex().left(16));
}

QString TokenAccount::rememberedEmail(const QByteArray &token)
{
    // A settings file can hold anything: only a "email|milliseconds" pair counts.
    const QStringList parts = QSettings().value(settingsKey(token)).toString().split(u'|');
    bool ok = false;
    const qint64 savedMs = parts.value(1).toLongLong(&ok);
    if (parts.size() != 2 || !ok || !parts.first().contains(u'@') ||
        Clock::nowMs() - savedMs > kKeepMs)
        return {};
    return parts.first();
}

void TokenAccount::remember(const QByteArray &token, const QString &email)
{
    QSettings settings;
    const qint64 now = Clock::nowMs();
    settings.setValue(settingsKey(token), QStringLiteral("%1|%2").arg(email).arg(now));
    // Tokens end within hours or days: forget what is older than the keeping time.
    settings.beginGroup(QStringLiteral("tokenAccounts"));
    for (const QString &key : settings.childKeys()) {
        const qint64 saved = settings.value(key).toString().section(u'|', 1).toLongLong();
        if (now - saved > kKeepMs)
            settings.remove(key);
    }
    settings.endGroup();
}
