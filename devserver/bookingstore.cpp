#include "bookingstore.h"

#include "devserverlog.h"
#include "rng.h"

#include <QSet>
#include <QSqlError>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

enum Statement {
    InsertLead,
    InsertBooking,
    FindBooking,
    UpdateBooking,
    RemoveBooking,
    ActiveIntervals,
    UpcomingActive,
    RecentActive,
    RowidRange,
    RowById,
    ActiveRowById,
    AllRows,
    ActiveRows,
    CountBase, // + filter combination (0..3)
    PageBase = CountBase + 4,
    UpdatedPageBase = PageBase + 4,
    StatementCount = UpdatedPageBase + 4
};

const QString kSelectBooking = QStringLiteral(
    "SELECT b.id, b.lead_id, b.calcom_booking_id, b.calcom_booking_uid, b.event_type_id, "
    "b.start_ms, b.end_ms, b.status, b.meeting_url, b.metadata, b.created_us, b.updated_us, "
    "l.id, l.name, l.email, l.phone, l.channel, l.status "
    "FROM bookings b LEFT JOIN leads l ON l.id = b.lead_id ");

int filterIndex(const BookingFilter &filter)
{
    return (filter.status.isEmpty() ? 0 : 1) | (filter.leadId.isEmpty() ? 0 : 2);
}

QString whereClause(int index)
{
    QStringList conditions;
    if (index & 1)
        conditions << QStringLiteral("status = :status");
    if (index & 2)
        conditions << QStringLiteral("lead_id = :lead");
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND ");
}

void bindFilter(QSqlQuery &query, const BookingFilter &filter)
{
    if (!filter.status.isEmpty())
        query.bindValue(QStringLiteral(":status"), filter.status);
    if (!filter.leadId.isEmpty())
        query.bindValue(QStringLiteral(":lead"), filter.leadId);
}

QVariant optionalInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QString nullableString(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

} // namespace

BookingStore::BookingStore()
    : m_connectionName(QStringLiteral("devserver-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_statements(StatementCount)
{}

BookingStore::~BookingStore()
{
    m_statements.clear();
    if (m_db) {
        m_db->close();
        m_db.reset();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool BookingStore::open(const QString &path, QString *error)
{
    m_db = std::make_unique<QSqlDatabase>(
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName));
    m_db->setDatabaseName(path);
    if (!m_db->open()) {
        *error = m_db->lastError().text();
        return false;
    }
    const bool inMemory = path == u":memory:";
    const QStringList setup{
        inMemory ? QStringLiteral("PRAGMA journal_mode=MEMORY")
                 : QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        QStringLiteral("PRAGMA cache_size=-32000"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS leads (id TEXT PRIMARY KEY, name TEXT, email TEXT, "
            "phone TEXT, channel TEXT, status TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS bookings (seq INTEGER PRIMARY KEY, "
                       "id TEXT NOT NULL UNIQUE, lead_id TEXT, calcom_booking_id INTEGER, "
                       "calcom_booking_uid TEXT, event_type_id INTEGER, start_ms INTEGER NOT NULL, "
                       "end_ms INTEGER NOT NULL, status TEXT NOT NULL, meeting_url TEXT, "
                       "metadata TEXT NOT NULL, created_us INTEGER NOT NULL, "
                       "updated_us INTEGER NOT NULL)"),
    };
    for (const QString &sql : setup) {
        if (!exec(sql)) {
            *error = m_error;
            return false;
        }
    }
    if (!createIndexes()) {
        *error = m_error;
        return false;
    }
    QSqlQuery maxDuration(*m_db);
    if (maxDuration.exec(QStringLiteral("SELECT MAX(end_ms - start_ms) FROM bookings")) &&
        maxDuration.next())
        m_maxDurationMs = maxDuration.value(0).toLongLong();
    return true;
}

bool BookingStore::beginBulk()
{
    // Building the secondary indexes once after the inserts is about twice as fast as
    // maintaining them row by row.
    for (const char *index :
         {"bookings_by_created", "bookings_by_status", "bookings_by_lead", "bookings_by_start",
          "bookings_by_updated", "bookings_by_status_updated", "bookings_by_lead_updated"}) {
        if (!exec(QStringLiteral("DROP INDEX IF EXISTS ") + QLatin1String(index)))
            return false;
    }
    m_updatedIndexes = false;
    return m_db->transaction();
}

bool BookingStore::commitBulk()
{
    return m_db->commit() && createIndexes();
}

bool BookingStore::createIndexes()
{
    const QStringList statements{
        // Paging orders by (created_us, id); the indexes make the OFFSET a pure index walk.
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS bookings_by_created ON bookings (created_us, id)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS bookings_by_status ON bookings (status, created_us, id)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS bookings_by_lead ON bookings (lead_id, created_us, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS bookings_by_start ON bookings (start_ms)"),
    };
    for (const QString &sql : statements) {
        if (!exec(sql))
            return false;
    }
    exec(QStringLiteral("ANALYZE"));
    return true;
}

bool BookingStore::prepareOrder(ListOrder order)
{
    if (order != ListOrder::Updated || m_updatedIndexes)
        return true;
    // The updated order's counterparts of the paging indexes. DESC inside the index, because
    // the order mixes directions (updated_us DESC, id ASC), which a walk of an all-ascending
    // index cannot give without sorting every row.
    const QStringList statements{
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS bookings_by_updated ON bookings (updated_us DESC, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS bookings_by_status_updated ON bookings "
                       "(status, updated_us DESC, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS bookings_by_lead_updated ON bookings "
                       "(lead_id, updated_us DESC, id)"),
    };
    for (const QString &sql : statements) {
        if (!exec(sql))
            return false;
    }
    for (const char *index :
         {"bookings_by_updated", "bookings_by_status_updated", "bookings_by_lead_updated"})
        exec(QStringLiteral("ANALYZE ") + QLatin1String(index));
    m_updatedIndexes = true;
    return true;
}

bool BookingStore::clear()
{
    m_maxDurationMs = 0;
    return exec(QStringLiteral("DELETE FROM bookings")) &&
           exec(QStringLiteral("DELETE FROM leads"));
}

bool BookingStore::insertLead(const LeadRecord &lead)
{
    QSqlQuery &q = prepared(
        InsertLead, QStringLiteral("INSERT OR REPLACE INTO leads VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, lead.id);
    q.bindValue(1, lead.name);
    q.bindValue(2, lead.email);
    q.bindValue(3, lead.phone);
    q.bindValue(4, lead.channel);
    q.bindValue(5, lead.status);
    return run(q);
}

bool BookingStore::insertBooking(const BookingRecord &b)
{
    QSqlQuery &q = prepared(
        InsertBooking,
        QStringLiteral("INSERT INTO bookings (id, lead_id, calcom_booking_id, calcom_booking_uid, "
                       "event_type_id, "
                       "start_ms, end_ms, status, meeting_url, metadata, created_us, updated_us) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, b.id);
    q.bindValue(1, b.leadId);
    q.bindValue(2, optionalInt(b.calcomBookingId));
    q.bindValue(3, b.calcomBookingUid);
    q.bindValue(4, optionalInt(b.eventTypeId));
    q.bindValue(5, b.startMs);
    q.bindValue(6, b.endMs);
    q.bindValue(7, b.status);
    q.bindValue(8, b.meetingUrl);
    q.bindValue(9, QString::fromUtf8(b.metadataJson));
    q.bindValue(10, b.createdUs);
    q.bindValue(11, b.updatedUs);
    noteDuration(b.endMs - b.startMs);
    return run(q);
}

qint64 BookingStore::count(const BookingFilter &filter)
{
    const int index = filterIndex(filter);
    QSqlQuery &q =
        prepared(CountBase + index, u"SELECT COUNT(*) FROM bookings"_s + whereClause(index));
    bindFilter(q, filter);
    if (!run(q) || !q.next())
        return 0;
    const qint64 total = q.value(0).toLongLong();
    q.finish();
    return total;
}

QList<BookingRecord> BookingStore::page(const BookingFilter &filter, qint64 offset, int limit,
                                        ListOrder order)
{
    // The subquery walks a covering index to find the page's rowids; only those rows are then
    // read and joined. A plain joined query would build (and drop) every skipped row of a
    // late page.
    const int index = filterIndex(filter);
    const bool byUpdated = order == ListOrder::Updated;
    if (!prepareOrder(order))
        return {};
    const QString orderBy = byUpdated ? u"updated_us DESC, id"_s : u"created_us, id"_s;
    const QString outerOrderBy = byUpdated ? u"b.updated_us DESC, b.id"_s : u"b.created_us, b.id"_s;
    QSqlQuery &q = prepared((byUpdated ? UpdatedPageBase : PageBase) + index,
                            kSelectBooking + u"JOIN (SELECT seq FROM bookings"_s +
                                whereClause(index) + u" ORDER BY "_s + orderBy +
                                u" LIMIT :limit OFFSET :offset) AS page ON page.seq = b.seq "
                                u"ORDER BY "_s +
                                outerOrderBy);
    bindFilter(q, filter);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    QList<BookingRecord> rows;
    rows.reserve(limit);
    if (run(q)) {
        while (q.next())
            rows.append(readBooking(q));
    }
    q.finish();
    return rows;
}

std::optional<BookingRecord> BookingStore::find(const QString &id)
{
    QSqlQuery &q = prepared(FindBooking, kSelectBooking + u"WHERE b.id = ?"_s);
    q.bindValue(0, id);
    std::optional<BookingRecord> result;
    if (run(q) && q.next())
        result = readBooking(q);
    q.finish();
    return result;
}

bool BookingStore::update(const BookingRecord &b)
{
    QSqlQuery &q =
        prepared(UpdateBooking, QStringLiteral("UPDATE bookings SET start_ms = ?, end_ms = ?, "
                                               "status = ?, meeting_url = ?, metadata = ?, "
                                               "updated_us = ? WHERE id = ?"));
    q.bindValue(0, b.startMs);
    q.bindValue(1, b.endMs);
    q.bindValue(2, b.status);
    q.bindValue(3, b.meetingUrl);
    q.bindValue(4, QString::fromUtf8(b.metadataJson));
    q.bindValue(5, b.updatedUs);
    q.bindValue(6, b.id);
    noteDuration(b.endMs - b.startMs);
    return run(q) && q.numRowsAffected() == 1;
}

bool BookingStore::remove(const QString &id)
{
    QSqlQuery &q = prepared(RemoveBooking, QStringLiteral("DELETE FROM bookings WHERE id = ?"));
    q.bindValue(0, id);
    return run(q) && q.numRowsAffected() == 1;
}

QList<std::pair<qint64, qint64>> BookingStore::activeIntervals(qint64 fromMs, qint64 toMs)
{
    // The lower bound on start_ms keeps the range scan on the index short; the longest
    // booking ever stored tells how far back an overlapping one can start. The unary + keeps
    // SQLite from preferring the status index, which would walk half the table.
    QSqlQuery &q =
        prepared(ActiveIntervals,
                 QStringLiteral("SELECT start_ms, end_ms FROM bookings WHERE start_ms >= ? AND "
                                "start_ms < ? AND end_ms > ? "
                                "AND +status IN ('confirmed', 'rescheduled') ORDER BY start_ms"));
    q.bindValue(0, fromMs - m_maxDurationMs);
    q.bindValue(1, toMs);
    q.bindValue(2, fromMs);
    QList<std::pair<qint64, qint64>> intervals;
    if (run(q)) {
        while (q.next())
            intervals.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    q.finish();
    return intervals;
}

QStringList BookingStore::activeIdsNear(qint64 nowMs, int limit)
{
    QSqlQuery &upcoming =
        prepared(UpcomingActive, QStringLiteral("SELECT id FROM bookings WHERE start_ms >= ? AND "
                                                "+status IN ('confirmed', 'rescheduled') "
                                                "ORDER BY start_ms, id LIMIT ?"));
    QSqlQuery &recent =
        prepared(RecentActive, QStringLiteral("SELECT id FROM bookings WHERE start_ms < ? AND "
                                              "+status IN ('confirmed', 'rescheduled') "
                                              "ORDER BY start_ms DESC, id LIMIT ?"));
    QStringList ids;
    for (QSqlQuery *q : {&upcoming, &recent}) {
        if (ids.size() >= limit)
            break;
        q->bindValue(0, nowMs);
        q->bindValue(1, limit - int(ids.size()));
        if (run(*q)) {
            while (q->next())
                ids.append(q->value(0).toString());
        }
        q->finish();
    }
    return ids;
}

QStringList BookingStore::randomIds(Rng &rng, int count, bool activeOnly)
{
    QStringList ids;
    if (count <= 0)
        return ids;
    // Two subqueries: SQLite reads MIN() or MAX() off the end of the rowid tree only when it
    // is alone in its query; MIN(seq), MAX(seq) together scan the whole table.
    QSqlQuery &range =
        prepared(RowidRange, QStringLiteral("SELECT (SELECT MIN(seq) FROM bookings), "
                                            "(SELECT MAX(seq) FROM bookings)"));
    if (!run(range) || !range.next() || range.value(0).isNull()) {
        range.finish();
        return ids;
    }
    const qint64 lowest = range.value(0).toLongLong();
    const qint64 span = range.value(1).toLongLong() - lowest + 1;
    range.finish();

    // Rowids between the lowest and the highest, looked up one by one: a handful of primary
    // key seeks per id, however large the table. A miss (a deleted row, an inactive one, one
    // already chosen) draws again. ORDER BY random() would read and sort every row.
    QSet<qint64> chosen;
    if (qint64(count) * 4 <= span) {
        QSqlQuery &row =
            activeOnly ? prepared(ActiveRowById,
                                  QStringLiteral("SELECT id FROM bookings WHERE seq = ? AND "
                                                 "status IN ('confirmed', 'rescheduled')"))
                       : prepared(RowById, QStringLiteral("SELECT id FROM bookings WHERE seq = ?"));
        const int missBudget = 32 + 8 * count;
        int misses = 0;
        while (ids.size() < count && misses < missBudget) {
            const qint64 seq = lowest + qint64(rng.bounded(quint64(span)));
            if (chosen.contains(seq)) {
                ++misses;
                continue;
            }
            row.bindValue(0, seq);
            if (run(row) && row.next()) {
                ids.append(row.value(0).toString());
                chosen.insert(seq);
            } else {
                ++misses;
            }
            row.finish();
        }
    }
    if (ids.size() == count)
        return ids;

    // Many ids wanted, or too few rows qualify for the lookups to find them: draw from the
    // list of all that qualify. That reads the whole table (some 50 ms at 100,000 bookings),
    // which a handful of ids among as many rows never needs.
    QSqlQuery &rows =
        activeOnly
            ? prepared(ActiveRows, QStringLiteral("SELECT seq, id FROM bookings WHERE status IN "
                                                  "('confirmed', 'rescheduled') ORDER BY seq"))
            : prepared(AllRows, QStringLiteral("SELECT seq, id FROM bookings ORDER BY seq"));
    QStringList rest;
    if (run(rows)) {
        while (rows.next()) {
            if (!chosen.contains(rows.value(0).toLongLong()))
                rest.append(rows.value(1).toString());
        }
    }
    rows.finish();
    while (ids.size() < count && !rest.isEmpty()) {
        const qsizetype pick = qsizetype(rng.bounded(quint64(rest.size())));
        ids.append(rest.at(pick));
        rest.swapItemsAt(pick, rest.size() - 1);
        rest.removeLast();
    }
    return ids;
}

bool BookingStore::exec(const QString &sql)
{
    QSqlQuery query(*m_db);
    if (!query.exec(sql)) {
        m_error = query.lastError().text() + u" ("_s + sql + u')';
        qCWarning(lcDevServer) << "SQL failed:" << m_error;
        return false;
    }
    return true;
}

bool BookingStore::run(QSqlQuery &query)
{
    if (!query.exec()) {
        m_error = query.lastError().text();
        qCWarning(lcDevServer) << "SQL failed:" << m_error << query.lastQuery();
        return false;
    }
    return true;
}

QSqlQuery &BookingStore::prepared(int slot, const QString &sql)
{
    std::unique_ptr<QSqlQuery> &statement = m_statements[size_t(slot)];
    if (!statement) {
        statement = std::make_unique<QSqlQuery>(*m_db);
        statement->setForwardOnly(true);
        if (!statement->prepare(sql))
            qCWarning(lcDevServer) << "SQL prepare failed:" << statement->lastError().text() << sql;
    }
    return *statement;
}

BookingRecord BookingStore::readBooking(const QSqlQuery &q) const
{
    BookingRecord b;
    b.id = q.value(0).toString();
    b.leadId = nullableString(q.value(1));
    if (!q.value(2).isNull())
        b.calcomBookingId = q.value(2).toLongLong();
    b.calcomBookingUid = nullableString(q.value(3));
    if (!q.value(4).isNull())
        b.eventTypeId = q.value(4).toLongLong();
    b.startMs = q.value(5).toLongLong();
    b.endMs = q.value(6).toLongLong();
    b.status = q.value(7).toString();
    b.meetingUrl = nullableString(q.value(8));
    b.metadataJson = q.value(9).toString().toUtf8();
    b.createdUs = q.value(10).toLongLong();
    b.updatedUs = q.value(11).toLongLong();
    if (!q.value(12).isNull()) {
        b.lead = LeadRecord{q.value(12).toString(),      nullableString(q.value(13)),
                            nullableString(q.value(14)), nullableString(q.value(15)),
                            nullableString(q.value(16)), nullableString(q.value(17))};
    }
    return b;
}

void BookingStore::noteDuration(qint64 durationMs)
{
    m_maxDurationMs = std::max(m_maxDurationMs, durationMs);
}
