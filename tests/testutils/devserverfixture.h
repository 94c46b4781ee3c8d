#pragma once

#include "devserverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

// The dev server's tests: a server with 120 bookings and plain HTTP to it, so that what
// they check never goes through the client's own code.

struct Response
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QString detail() const { return object().value(QLatin1String("detail")).toString(); }
    // The first entry of a FastAPI 422 list, as "loc0/loc1".
    QString firstErrorLocation() const
    {
        const QJsonArray errors = object().value(QLatin1String("detail")).toArray();
        QStringList parts;
        for (const QJsonValue &part :
             errors.first().toObject().value(QLatin1String("loc")).toArray())
            parts << part.toString();
        return parts.join(QLatin1Char('/'));
    }
};


QDateTime parseTime(const QJsonValue &value);

class DevServerFixture
{
protected:
    // initTestCase: starts the server and signs in.
    bool startServer();
    Response send(const QByteArray &method, const QString &pathAndQuery,
                  const QByteArray &token = {}, const QByteArray &body = {}, const QUrl &base = {});
    Response get(const QString &pathAndQuery, const QByteArray &token);
    Response patch(const QString &id, const QJsonObject &body);
    QByteArray loginOn(const QUrl &base);
    QList<QJsonObject> allBookings(const QString &filter = {});
    // A booking of `status` starting more than a day from now, another one on every call.
    QJsonObject futureBooking(const QString &status);

    DevServerProcess m_server;
    QNetworkAccessManager m_network;
    QByteArray m_token;
    QSet<QString> m_used;
};
