#pragma once

#include "bookingrecord.h"
#include "listorder.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

class Rng;

struct BookingFilter
{
    QString status;
    QString leadId;
};

// Owns the SQLite database and every statement. Times are stored as integers in UTC
// (start/end in ms, created/updated in µs) so ordering and overlap tests stay in SQL.
class BookingStore
{
public:
    BookingStore();
    ~BookingStore();
    BookingStore(const BookingStore &) = delete;
    BookingStore &operator=(const BookingStore &) = delete;

    bool open(const QString &path, QString *error);
    QString errorString() const { return m_error; }

    // Builds the indexes that pages in `order` need. The updated order's are built only when
    // first wanted: at 100,000 bookings they add about half a second to the start.
    bool prepareOrder(ListOrder order);

    bool beginBulk();
    bool commitBulk();
    bool clear();
    bool insertLead(const LeadRecord &lead);
    bool insertBooking(const BookingRecord &booking);

    qint64 count(const BookingFilter &filter = {});
    QList<BookingRecord> page(const BookingFilter &filter, qint64 offset, int limit,
                              ListOrder order);
    std::optional<BookingRecord> find(const QString &id);
    bool update(const BookingRecord &booking);
    bool remove(const QString &id);

    // [start, end) of confirmed/rescheduled bookings overlapping [fromMs, toMs), by start.
    QList<std::pair<qint64, qint64>> activeIntervals(qint64 fromMs, qint64 toMs);
    // Active bookings from now on by start time, then (if too few) the latest before now.
    QStringList activeIdsNear(qint64 nowMs, int limit);
    // Up to `count` distinct ids drawn uniformly from all bookings, or from the active
    // (confirmed/rescheduled) ones; fewer when fewer qualify. The same draws from `rng` on
    // the same rows give the same ids.
    QStringList randomIds(Rng &rng, int count, bool activeOnly);

private:
    bool createIndexes();
    bool exec(const QString &sql);
    bool run(QSqlQuery &query);
    QSqlQuery &prepared(int slot, const QString &sql);
    BookingRecord readBooking(const QSqlQuery &query) const;
    void noteDuration(qint64 durationMs);

    QString m_connectionName;
    QString m_error;
    std::unique_ptr<QSqlDatabase> m_db;
    std::vector<std::unique_ptr<QSqlQuery>> m_statements;
    qint64 m_maxDurationMs = 0;
    bool m_updatedIndexes = false;
};
