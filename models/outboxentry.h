#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// A change the desk made that the server does not have yet: made offline, or waiting for a
// decision after a conflict, or refused by the server. Nothing here is ever dropped
// silently; entries leave the outbox when the server has them or the user discards them.
struct OutboxEntry
{
    enum class Action { Patch, Cancel };
    enum class State { Pending, Conflict, Failed };

    qint64 id = 0; // assigned by the cache, increasing: the replay order
    QString bookingId;
    Action action = Action::Patch;
    QJsonObject payload; // the PATCH body, or {"reason": ...} for a cancellation
    // The booking as the desk saw it when the change was made: the conflict check compares
    // the server's current version against it.
    QString baseStatus;
    QDateTime baseUpdatedAt;
    QByteArray baseJson;
    QDateTime createdAt;
    State state = State::Pending;
    QString error;         // the server's reason for Failed
    QByteArray serverJson; // the server's version for Conflict
    int attempts = 0;

    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

Q_DECLARE_METATYPE(OutboxEntry)
