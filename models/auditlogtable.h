#pragma once

#include "auditentry.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The audit_log table of the cache: an append-only record of the actions taken on this
// computer. Used only by BookingCache, which owns the database connection and the schema.
class AuditLogTable
{
public:
    explicit AuditLogTable(const QSqlDatabase &db) : m_db(db) {}

    std::optional<qint64> append(const AuditEntry &entry, QString *error);
    // Newest first; `limit` <= 0: all of them. `bookingId` empty: every booking.
    QList<AuditEntry> entries(int limit = 0, const QString &bookingId = {}) const;
    int count() const;

private:
    QSqlDatabase m_db;
};
