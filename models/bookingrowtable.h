#pragma once

#include "bookingrow.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

#include <atomic>

struct sqlite3;

// Reads the compact list rows from the cache's typed columns in one query. Used only by
// BookingCache, which owns the connection and the schema.
class BookingRowTable
{
public:
    // `cancel`, when given, stops a read between rows once it is set (what was read so far is
    // answered; the caller knows it asked to stop).
    explicit BookingRowTable(sqlite3 *db, const std::atomic<bool> *cancel = nullptr)
        : m_db(db), m_cancel(cancel)
    {}

    // Every booking ordered by start time, or the given ones (any number).
    QList<BookingRow> all() const;
    QList<BookingRow> rows(const QStringList &ids) const;
    // The bookings starting in [fromMs, toMs), or all the others, ordered by start time.
    QList<BookingRow> starting(qint64 fromMs, qint64 toMs) const;
    QList<BookingRow> notStarting(qint64 fromMs, qint64 toMs) const;

private:
    void read(const QString &where, const QVariantList &values, QList<BookingRow> *out) const;

    sqlite3 *m_db; // BookingCache's connection
    const std::atomic<bool> *m_cancel = nullptr;
};
