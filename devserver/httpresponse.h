#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class HttpResponse
{
public:
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, QByteArray body);
    // FastAPI's {"detail": "..."}.
    static HttpResponse detail(int status, QStringView message);
    static HttpResponse noContent();
    static HttpResponse plainText(int status, QByteArray body);

    HttpResponse &withHeader(QByteArray name, QByteArray value);

    // Status line, headers and body. \a contentLength overrides the announced length (to
    // promise more than is sent).
    QByteArray serialize(bool keepAlive, qsizetype contentLength = -1) const;
    static QByteArray reasonPhrase(int status);
};
