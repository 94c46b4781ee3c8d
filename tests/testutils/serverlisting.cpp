#include "serverlisting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

#include <memory>

std::optional<ServerListing::Records>
ServerListing::fetch(const QUrl &base, const QByteArray &token, int pageSize, const QString &leadId)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    Records listing;
    int pages = 1;
    for (int page = 1; page <= pages; ++page) {
        QUrl url = base;
        url.setPath(QStringLiteral("/api/v1/bookings"));
        url.setQuery(QStringLiteral("page=%1&size=%2").arg(page).arg(pageSize) +
                     (leadId.isEmpty() ? QString() : QStringLiteral("&lead_id=") + leadId));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setTransferTimeout(15000);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(20000))
            return std::nullopt;
        if (reply->error() != QNetworkReply::NoError)
            return std::nullopt;
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const int total = body.value(QLatin1String("total")).toInt(-1);
        if (total < 0)
            return std::nullopt;
        pages = std::max(1, (total + pageSize - 1) / pageSize);
        for (const QJsonValue &value : body.value(QLatin1String("bookings")).toArray()) {
            const QJsonObject record = value.toObject();
            listing.insert(record.value(QLatin1String("id")).toString(), record);
        }
    }
    return listing;
}
