#pragma once

#include "insights.h"

#include <QList>

#include <optional>

struct sqlite3;

// Reads what insights need of the bookings in a range (InsightRecord) from the cache's typed
// columns, and created_at out of each record's JSON. Used only by BookingCache, which owns
// the connection and the schema.
class InsightRecordTable
{
public:
    explicit InsightRecordTable(sqlite3 *db) : m_db(db) {}

    // Bookings starting in [fromMs, toMs); nullopt when SQLite fails (the caller then decodes
    // the bookings instead).
    std::optional<QList<InsightRecord>> read(qint64 fromMs, qint64 toMs) const;

private:
    sqlite3 *m_db;
};
