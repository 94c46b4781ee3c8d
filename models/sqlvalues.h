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
    // Logs the query's error, copies it to *error when given, and returns false.
    static bool fail(QString *error, const QSqlQuery &query);
};
