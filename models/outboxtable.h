#pragma once

#include "outboxentry.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The outbox table of the cache: changes the server does not have yet. Used only by
// BookingCache, which owns the database connection and the schema.
class OutboxTable
{
public:
    explicit OutboxTable(const QSqlDatabase &db) : m_db(db) {}

    std::optional<qint64> enqueue(const OutboxEntry &entry, QString *error);
    QList<OutboxEntry> all() const; // replay order
    std::optional<OutboxEntry> entry(qint64 id) const;
    bool update(const OutboxEntry &entry, QString *error);
    bool remove(qint64 id, QString *error);

private:
    QSqlDatabase m_db;
};
