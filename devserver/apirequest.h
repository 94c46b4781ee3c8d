#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>

// What the handlers need from a request, copied out of QHttpServerRequest (which 6.4 reuses
// for the next request on the same connection).
struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray authorization;
    QByteArray body;
    QHostAddress peer;
    bool closeConnection = false;
};
