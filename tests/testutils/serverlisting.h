#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUrl>

#include <optional>

// Everything a server lists, read with plain HTTP and parsed here, so that tests compare
// the cache with the server without going through the client's own codec.
class ServerListing
{
public:
    using Records = QMap<QString, QJsonObject>; // id -> the record as the server sent it

    // nullopt when a page fails or does not look like a page.
    // `leadId`: only that lead's bookings (GET /bookings?lead_id=…).
    static std::optional<Records> fetch(const QUrl &base, const QByteArray &token,
                                        int pageSize = 100, const QString &leadId = {});
};
