#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

// One action the desk carried out on this computer, as the audit log keeps it: who, when,
// what, the booking before and after (the server's JSON), and how it ended. The log is
// append-only: entries are never changed or removed by the app.
struct AuditEntry
{
    qint64 id = 0; // assigned by the cache, increasing
    QDateTime at;  // UTC
    QString actor; // the signed-in email ("" when unknown)
    QString bookingId;
    QString action;  // machine name: "reschedule", "status", "cancel", "edit", "replay", ...
    QString details; // what was asked for, in words
    QByteArray beforeJson;
    QByteArray afterJson;
    QString result; // "applied", "queued", "conflict", "refused", "discarded"
    QString message;

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

Q_DECLARE_METATYPE(AuditEntry)
