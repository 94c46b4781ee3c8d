#pragma once

#include <QSqlDatabase>
#include <QString>

// The cache's tables and their versioned migrations (PRAGMA user_version). Each migration
// takes the database from version N-1 to N inside the caller's transaction; a database is
// never downgraded.
class CacheSchema
{
public:
    static constexpr int kCurrentVersion = 7;

    static int version(const QSqlDatabase &db);
    // Migrates up to `target` (tests build every earlier version through this).
    static bool migrate(QSqlDatabase &db, int target, QString *error);

    // The bookings' indexes other than the id's. A first sync into an empty cache drops
    // them and builds them when it is done: one sort of 100,000 keys is cheaper than
    // 100,000 inserts at random places that every commit writes out again. create() is
    // also run at every open, so an interrupted first sync costs no index.
    static bool dropBookingIndexes(QSqlDatabase &db, QString *error);
    static bool createBookingIndexes(QSqlDatabase &db, QString *error);
};
