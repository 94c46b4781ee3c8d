#include "tokenstore.h"

TokenStoreError TokenStoreError::make(Kind kind, QString technical)
{
    TokenStoreError error;
    error.kind = kind;
    error.technical = std::move(technical);
    return error;
}

QString TokenStoreError::userMessage() const
{
    switch (kind) {
    case Kind::NotFound:
        return tr("No saved sign-in was found for this account. Please sign in again.");
    case Kind::Unavailable:
        return tr("The system keychain is unavailable, so the sign-in cannot be saved or read. "
                  "Make sure a keychain service (such as GNOME Keyring or KWallet) is running "
                  "and unlocked, then try again.");
    case Kind::AccessDenied:
        return tr("The system keychain refused access to the saved sign-in. Unlock the keychain "
                  "or allow Frontdesk to use it, then try again.");
    case Kind::Failed:
        break;
    }
    return tr("The system keychain reported an error. Please try again; if it keeps happening, "
              "tell your administrator.");
}

QString TokenStoreError::toLogString() const
{
    static const char *const names[] = {"not found", "unavailable", "access denied", "failed"};
    return QString::fromLatin1(names[int(kind)]) + QStringLiteral(": ") + technical;
}

QString TokenStore::accountKey(const QUrl &server, const QString &email)
{
    QString url = server.toString();
    while (url.endsWith(u'/'))
        url.chop(1);
    return url + u'|' + email.trimmed().toLower();
}
