#pragma once

#include <QSqlDatabase>
#include <QString>

// The cache's tables and their versioned migrations (PRAGMA user_version). Each migration
// takes the database from version N-1 to N inside the caller's transaction; a database is
// never downgraded.
class CacheSchema
{
public:
    static constexpr int kCurrentVersion = 5;

    static int version(const QSqlDatabase &db);
    // Migrates up to `target` (tests build every earlier version through this).
    static bool migrate(QSqlDatabase &db, int target, QString *error);
};
