#pragma once

#include "bookingrow.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Reads the compact list rows from the cache's typed columns in one query. Used only by
// BookingCache, which owns the connection and the schema.
class BookingRowTable
{
public:
    explicit BookingRowTable(const QSqlDatabase &db) : m_db(db) {}

    // Every booking ordered by start time, or the given ones (any number).
    QList<BookingRow> all() const;
    QList<BookingRow> rows(const QStringList &ids) const;

private:
    void read(const QString &where, const QStringList &values, QList<BookingRow> *out) const;

    QSqlDatabase m_db;
};
