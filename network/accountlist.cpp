#include "accountlist.h"

#include "bookingcache.h"
#include "tokenstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace {

const QString kListKey = QStringLiteral("accounts");
const QString kLastServerKey = QStringLiteral("account/lastServer");
const QString kLastEmailKey = QStringLiteral("account/lastEmail");

void write(QSettings &settings, const QList<KnownAccount> &accounts)
{
    settings.beginWriteArray(kListKey, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        settings.setArrayIndex(i);
        const KnownAccount &account = accounts.at(i);
        settings.setValue(QStringLiteral("server"), account.server.toString());
        settings.setValue(QStringLiteral("email"), account.email);
        settings.setValue(QStringLiteral("userName"), account.userName);
        settings.setValue(QStringLiteral("organizationName"), account.organizationName);
    }
    settings.endArray();
}

} // namespace

bool KnownAccount::sameAccount(const QUrl &otherServer, const QString &otherEmail) const
{
    // The token store's key is the identity of an account: same key, same account.
    return TokenStore::accountKey(server, email) == TokenStore::accountKey(otherServer, otherEmail);
}

QList<KnownAccount> AccountList::accounts()
{
    QSettings settings;
    QList<KnownAccount> result;
    const int count = settings.beginReadArray(kListKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        KnownAccount account;
        account.server = QUrl(settings.value(QStringLiteral("server")).toString());
        account.email = settings.value(QStringLiteral("email")).toString().trimmed().toLower();
        account.userName = settings.value(QStringLiteral("userName")).toString();
        account.organizationName = settings.value(QStringLiteral("organizationName")).toString();
        // Settings can be edited by hand: an entry without a usable address is no account.
        if (!account.server.isValid() || account.server.host().isEmpty() ||
            !account.email.contains(u'@'))
            continue;
        const bool duplicate = std::any_of(result.cbegin(), result.cend(), [&](const auto &known) {
            return known.sameAccount(account.server, account.email);
        });
        if (!duplicate)
            result.append(account);
    }
    settings.endArray();
    return result;
}

void AccountList::remember(const KnownAccount &account)
{
    QList<KnownAccount> list = accounts();
    KnownAccount normalized = account;
    normalized.email = account.email.trimmed().toLower();
    const auto found = std::find_if(list.begin(), list.end(), [&](const KnownAccount &known) {
        return known.sameAccount(normalized.server, normalized.email);
    });
    if (found != list.end())
        *found = normalized;
    else
        list.append(normalized);
    QSettings settings;
    write(settings, list);
}

void AccountList::forget(const QUrl &server, const QString &email)
{
    QList<KnownAccount> list = accounts();
    list.removeIf([&](const KnownAccount &known) { return known.sameAccount(server, email); });
    QSettings settings;
    settings.remove(kListKey);
    write(settings, list);
    const std::optional<KnownAccount> previous = last();
    if (previous && previous->sameAccount(server, email)) {
        settings.remove(kLastServerKey);
        settings.remove(kLastEmailKey);
    }
}

std::optional<KnownAccount> AccountList::last()
{
    QSettings settings;
    const QUrl server(settings.value(kLastServerKey).toString());
    const QString email = settings.value(kLastEmailKey).toString().trimmed().toLower();
    if (!server.isValid() || server.host().isEmpty() || !email.contains(u'@'))
        return std::nullopt;
    for (const KnownAccount &known : accounts()) {
        if (known.sameAccount(server, email))
            return known;
    }
    // Signed in with frontdesk-cli only: known by address, not yet by name.
    return KnownAccount{server, email, {}, {}};
}

void AccountList::setLast(const QUrl &server, const QString &email)
{
    QSettings settings;
    settings.setValue(kLastServerKey, server.toString());
    settings.setValue(kLastEmailKey, email.trimmed().toLower());
}

bool AccountList::deleteCache(const QString &dataDir, const QUrl &server, const QString &email,
                              QString *error)
{
    const QString root =
        dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                          : dataDir;
    const QString rootPath = QFileInfo(root).canonicalFilePath();
    const QFileInfo folder(
        QFileInfo(BookingCache::databasePath(dataDir, server, email.trimmed().toLower())).path());
    if (rootPath.isEmpty() || !folder.exists()) {
        *error = QStringLiteral("there is no cache folder for this account");
        return false;
    }
    // Only <root>/<server>/<account>, a real folder: a link could lead anywhere.
    const QString folderPath = folder.canonicalFilePath();
    const QStringList parts = QDir(rootPath).relativeFilePath(folderPath).split(u'/');
    const bool inside =
        parts.size() == 2 && std::none_of(parts.cbegin(), parts.cend(), [](auto &p) {
            return p.isEmpty() || p == u"." || p == u"..";
        });
    if (!inside || folder.isSymLink() || !folder.isDir() || QFileInfo(folder.path()).isSymLink()) {
        *error = QStringLiteral("refusing to delete %1: not an account folder inside %2")
                     .arg(folder.filePath(), rootPath);
        return false;
    }
    if (!QDir(folderPath).removeRecursively()) {
        *error = QStringLiteral("could not remove everything in %1").arg(folderPath);
        return false;
    }
    // The server's folder goes too once its last account is gone; rmdir fails otherwise.
    QDir(rootPath).rmdir(parts.first());
    return true;
}
