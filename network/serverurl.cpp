#include "serverurl.h"

#include <QHostAddress>

QUrl ServerUrl::fromUserInput(const QString &text)
{
    QString trimmed = text.trimmed();
    while (trimmed.endsWith(u'/'))
        trimmed.chop(1);
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QLatin1String("://"))) {
        const QUrl probe(QStringLiteral("http://") + trimmed);
        trimmed = (isLoopbackHost(probe.host()) ? QStringLiteral("http://")
                                                : QStringLiteral("https://")) +
                  trimmed;
    }
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    url.setPath(url.path().isEmpty() ? QString() : url.path());
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

bool ServerUrl::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<ApiError> ServerUrl::check(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return ApiError::insecureUrl(QStringLiteral("invalid server URL"));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return std::nullopt;
    return ApiError::insecureUrl(
        QStringLiteral("refusing %1:// for host %2").arg(scheme, url.host()));
}
