#pragma once

#include "apierror.h"

#include <QString>
#include <QUrl>

#include <optional>

// The policy for server addresses (API.md, "Base URL"): https everywhere, plain http only
// for this computer's loopback addresses.
class ServerUrl
{
public:
    // Turns what a user typed ("localhost:8001", "https://desk.example/ ") into a base URL
    // without a trailing slash. A missing scheme means https, except for loopback hosts.
    static QUrl fromUserInput(const QString &text);
    static bool isLoopbackHost(const QString &host);
    // nullopt when the URL may be used; otherwise the reason as an ApiError.
    static std::optional<ApiError> check(const QUrl &url);
};
