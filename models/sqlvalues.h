#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// Conversions between the cache's column values and Qt types, shared by the classes that
// make up the cache (BookingCache, OutboxTable).
class SqlValues
{
public:
    static QVariant msOrNull(const QDateTime &time);
    static QVariant textOrNull(const QString &text);
    static QDateTime fromMs(const QVariant &value);
    static std::optional<qint64> optionalInt(const QVariant &value);
    // "status IN (?, …)" naming every status, their names appended to *values: with it a
    // range of start times uses the index on (status, start_ms), the only one on start_ms
    // (a scan of 100,000 rows reads the whole table: 30 ms from a cold page cache).
    static QString anyStatus(QVariantList *values);
    // Logs the query's error, copies it to *error when given, and returns false.
    static bool fail(QString *error, const QSqlQuery &query);
};
