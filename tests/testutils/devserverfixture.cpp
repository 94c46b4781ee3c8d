#include "devserverfixture.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QSignalSpy>

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

bool DevServerFixture::startServer()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    if (!m_server.start({120, QStringLiteral(":memory:"), {}}))
        return false;
    m_token = m_server.login();
    return !m_token.isEmpty();
}

Response DevServerFixture::send(const QByteArray &method, const QString &pathAndQuery,
                                const QByteArray &token, const QByteArray &body, const QUrl &base)
{
    QUrl url((base.isEmpty() ? m_server.baseUrl() : base).toString() + pathAndQuery);
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Response response;
    response.elapsedMs = timer.elapsed();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.error = reply->error();
    response.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return response;
}

Response DevServerFixture::get(const QString &pathAndQuery, const QByteArray &token)
{
    return send("GET", pathAndQuery, token);
}

Response DevServerFixture::patch(const QString &id, const QJsonObject &body)
{
    return send("PATCH", QStringLiteral("/api/v1/bookings/") + id, m_token,
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QByteArray DevServerFixture::loginOn(const QUrl &base)
{
    const Response response = send("POST", QStringLiteral("/api/v1/auth/login"), {},
                                   R"({"email":"demo@example.com","password":"demo"})", base);
    return response.object().value(QLatin1String("access_token")).toString().toUtf8();
}

QList<QJsonObject> DevServerFixture::allBookings(const QString &filter)
{
    QList<QJsonObject> result;
    for (int page = 1;; ++page) {
        const Response response =
            get(QStringLiteral("/api/v1/bookings?size=100&page=%1").arg(page) + filter, m_token);
        const QJsonArray rows = response.object().value(QLatin1String("bookings")).toArray();
        for (const QJsonValue &row : rows)
            result << row.toObject();
        if (rows.isEmpty() || response.status != 200)
            return result;
    }
}

QJsonObject DevServerFixture::futureBooking(const QString &status)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonObject &booking : allBookings(QStringLiteral("&status=") + status)) {
        if (parseTime(booking.value(QLatin1String("start_time"))) > now.addDays(1) &&
            !m_used.contains(booking.value(QLatin1String("id")).toString())) {
            m_used.insert(booking.value(QLatin1String("id")).toString());
            return booking;
        }
    }
    return {};
}
