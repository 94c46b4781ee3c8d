#include "bookingcache.h"
#include "bookingwriter.h"
#include "cachelogging.h"
#include "cacheschema.h"
#include "clock.h"
#include "sqlvalues.h"
#include "walcheckpointer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <utility>

// BookingCache's sync passes: beginning and finishing one, writing its pages, and what it
// saw, so that a complete pass can remove what the server no longer lists.

qint64 BookingCache::currentPass() const
{
    return meta(QStringLiteral("pass")).toLongLong();
}

qint64 BookingCache::beginPass(QString *error)
{
    const qint64 pass = currentPass() + 1;
    if (!setMeta(QStringLiteral("pass"), QString::number(pass))) {
        *error = QStringLiteral("cannot store the sync pass number");
        return 0;
    }
    m_seenPass = pass;
    m_seenRows.clear();
    // 16 MB keep the index pages a pass touches from one commit to the next: at 100,000
    // bookings that saves a third of the write time. Outside a pass SQLite's 2 MB do,
    // and the list's memory budget has no room for the rest.
    QSqlQuery pragma(m_db);
    pragma.exec(QStringLiteral("PRAGMA cache_size = -16384"));
    // A first sync finds nothing cached: its bookings are inserted without looking for
    // them first (BookingWriter::write falls back when one turns out to exist), and the
    // indexes besides the id's are built once at the end (CacheSchema).
    m_insertFirst = pragma.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM bookings)")) &&
                    pragma.next() && pragma.value(0).toBool();
    pragma.finish();
    QString why;
    m_indexesDeferred = m_insertFirst && CacheSchema::dropBookingIndexes(m_db, &why);
    if (!m_checkpointer) {
        auto checkpointer = std::make_unique<WalCheckpointer>();
        if (checkpointer->start(m_path, &why) &&
            pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")))
            m_checkpointer = std::move(checkpointer);
        else
            qCWarning(lcCache).noquote() << "checkpoints stay in the writer:" << why;
    }
    return pass;
}

void BookingCache::finishPass()
{
    m_insertFirst = false;
    QString error;
    if (std::exchange(m_indexesDeferred, false) && !CacheSchema::createBookingIndexes(m_db, &error))
        qCWarning(lcCache).noquote() << "indexes not built (the next open tries again):" << error;
    if (m_checkpointer) {
        m_checkpointer->request(1); // the indexes
        m_checkpointer->finish();
        m_checkpointer.reset();
    }
    if (isOpen()) {
        QSqlQuery pragma(m_db);
        pragma.exec(QString::fromLatin1(kIdleCacheSize));
        pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 2500"));
    }
}

void BookingCache::track(qint64 pass)
{
    if (pass > m_seenPass) {
        m_seenPass = pass;
        m_seenRows.clear();
    }
}

void BookingCache::see(qint64 pass, qint64 row)
{
    track(pass);
    if (pass == m_seenPass)
        m_seenRows.insert(row);
}

// The write lock is taken at BEGIN, waiting for it (the busy timeout) while another
// connection holds it. After a deferred BEGIN and a read, SQLite fails the first write at
// once when the lock is taken (it never waits to upgrade a read transaction) or when another
// connection has written since the read: a GUI write during a sync's commit failed so.
namespace {
std::atomic<int> g_waitingWriters{0}; // connections of this process in beginWrite()
} // namespace

bool BookingCache::beginWrite(QString *error)
{
    g_waitingWriters.fetch_add(1, std::memory_order_relaxed);
    QSqlQuery begin(m_db);
    const bool ok = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    g_waitingWriters.fetch_sub(1, std::memory_order_relaxed);
    return ok || SqlValues::fail(error, begin);
}

bool BookingCache::writerWaiting()
{
    return g_waitingWriters.load(std::memory_order_relaxed) > 0;
}

BookingWriter *BookingCache::writer(QString *error)
{
    if (!m_writer && m_handle) {
        auto writer = std::make_unique<BookingWriter>(m_handle);
        if (!writer->prepare(error))
            return nullptr;
        m_writer = std::move(writer);
    }
    if (!m_writer)
        *error = QStringLiteral("the cache is not open");
    return m_writer.get();
}

std::optional<UpsertResult> BookingCache::upsert(const QList<Booking> &bookings, qint64 pass,
                                                 QString *error, bool listRows)
{
    UpsertResult result;
    BookingWriter *writer = this->writer(error);
    if (!writer)
        return std::nullopt;
    const bool ownTransaction = !m_batch;
    if (ownTransaction && !beginWrite(error))
        return std::nullopt;
    const auto fail = [&] {
        if (ownTransaction)
            m_db.rollback();
        else
            rollbackBatch();
        return std::nullopt;
    };
    QList<qint64> rows;
    rows.reserve(bookings.size());
    writer->setBuildRows(listRows);
    if (listRows)
        result.rows.reserve(bookings.size());
    for (const Booking &booking : bookings) {
        qint64 row = 0;
        const auto outcome = writer->writeListRow(booking, m_insertFirst, &row, error);
        if (!outcome)
            return fail();
        rows.append(row);
        if (*outcome == BookingWriter::Outcome::Inserted)
            result.inserted.append(booking.id);
        else if (*outcome == BookingWriter::Outcome::Changed)
            result.changed.append(booking.id);
        else
            ++result.unchanged;
        if (listRows && *outcome != BookingWriter::Outcome::Unchanged)
            result.rows.append(writer->takeRow());
    }
    const qsizetype written = result.inserted.size() + result.changed.size();
    if (!ownTransaction) {
        m_batch->pass = pass;
        m_batch->rows += rows;
        m_batch->written += written;
        return result;
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        return fail();
    }
    committed(pass, rows, written);
    return result;
}

bool BookingCache::beginBatch(QString *error)
{
    if (m_batch) {
        *error = QStringLiteral("a batch is already open");
        return false;
    }
    if (!beginWrite(error))
        return false;
    m_batch.emplace();
    return true;
}

bool BookingCache::commitBatch(QString *error)
{
    if (!m_batch) {
        *error = QStringLiteral("no batch is open");
        return false;
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        rollbackBatch();
        return false;
    }
    const Batch batch = *std::exchange(m_batch, std::nullopt);
    committed(batch.pass, batch.rows, batch.written);
    return true;
}

void BookingCache::rollbackBatch()
{
    if (std::exchange(m_batch, std::nullopt))
        m_db.rollback();
}

// What a pass saw counts once it is in the database; the checkpointer copies what it wrote.
void BookingCache::committed(qint64 pass, const QList<qint64> &rows, qsizetype written)
{
    if (m_checkpointer)
        m_checkpointer->request(written);
    track(pass);
    for (qint64 row : rows)
        see(pass, row);
}

bool BookingCache::markSeen(const QStringList &ids, qint64 pass, QString *error)
{
    BookingWriter *writer = this->writer(error);
    if (!writer)
        return false;
    track(pass);
    for (const QString &id : ids) {
        const auto row = writer->rowOf(id, error);
        if (!row)
            return false;
        if (*row != 0)
            see(pass, *row);
    }
    return true;
}

std::optional<QStringList> BookingCache::unseenIds(qint64 pass, QString *error) const
{
    // Without this pass's record of what it saw, everything would look unseen.
    if (pass != m_seenPass || pass == 0) {
        *error = QStringLiteral("sync pass %1 was not written through this connection").arg(pass);
        return std::nullopt;
    }
    QStringList unseen;
    QList<qint64> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Row ids only (from the id index, the smallest B-tree): the ids of the few unseen rows
    // are read afterwards rather than 100,000 of them converted to QString.
    if (!query.exec(QStringLiteral("SELECT rowid FROM bookings"))) {
        SqlValues::fail(error, query);
        return std::nullopt;
    }
    while (query.next()) {
        const qint64 row = query.value(0).toLongLong();
        if (!m_seenRows.contains(row))
            rows.append(row);
    }
    query.finish();
    query.prepare(QStringLiteral("SELECT id FROM bookings WHERE rowid = ?"));
    for (qint64 row : std::as_const(rows)) {
        query.bindValue(0, row);
        if (!query.exec() || !query.next()) {
            SqlValues::fail(error, query);
            return std::nullopt;
        }
        unseen.append(query.value(0).toString());
    }
    return unseen;
}

std::optional<QStringList> BookingCache::removeUnseen(qint64 pass, QString *error)
{
    const std::optional<QStringList> unseen = unseenIds(pass, error);
    return unseen ? removeBookings(*unseen, error) : std::nullopt;
}

std::optional<QStringList> BookingCache::removeBookings(const QStringList &ids, QString *error)
{
    QStringList removed;
    if (ids.isEmpty())
        return removed;
    if (!beginWrite(error))
        return std::nullopt;
    QSqlQuery remove(m_db);
    bool ok = remove.prepare(QStringLiteral("DELETE FROM bookings WHERE id = ?"));
    for (qsizetype i = 0; ok && i < ids.size(); ++i) {
        remove.bindValue(0, ids.at(i));
        ok = remove.exec();
        if (ok && remove.numRowsAffected() > 0)
            removed.append(ids.at(i));
    }
    if (!ok) {
        SqlValues::fail(error, remove);
        m_db.rollback();
        return std::nullopt;
    }
    if (!m_db.commit()) {
        // The commit's own error, not the last statement's (which succeeded).
        *error = m_db.lastError().text();
        m_db.rollback();
        return std::nullopt;
    }
    return removed;
}

std::optional<BookingCache::DetailOutcome>
BookingCache::storeDetail(const Booking &booking, std::optional<qint64> expectedListHash,
                          QString *error, BookingRow *writtenRow)
{
    BookingWriter *writer = this->writer(error);
    if (!writer || !beginWrite(error))
        return std::nullopt;
    qint64 row = 0;
    writer->setBuildRows(writtenRow != nullptr);
    const auto outcome =
        writer->writeDetail(booking, Clock::nowMs(), expectedListHash, &row, error);
    if (!outcome) {
        m_db.rollback();
        return std::nullopt;
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return std::nullopt;
    }
    if (writtenRow)
        *writtenRow = writer->takeRow();
    switch (*outcome) {
    case BookingWriter::Outcome::Inserted:
        return DetailOutcome::Inserted;
    case BookingWriter::Outcome::Changed:
        return DetailOutcome::Changed;
    case BookingWriter::Outcome::Unchanged:
        return DetailOutcome::Unchanged;
    case BookingWriter::Outcome::Stale:
        break;
    }
    return DetailOutcome::Stale;
}

QList<BookingCache::DetailNeed> BookingCache::detailNeeds(qint64 fromMs, qint64 toMs,
                                                          qint64 staleBeforeMs, int limit) const
{
    QList<DetailNeed> needs;
    if (!isOpen())
        return needs;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Every status named, so the (status, start_ms) index serves the time range.
    query.prepare(QStringLiteral(
        "SELECT id, list_hash FROM bookings WHERE status IN ('confirmed', 'cancelled', "
        "'rescheduled', 'no_show', 'completed') AND start_ms >= ? AND start_ms < ? AND "
        "detail_ms >= 0 AND detail_ms < ? ORDER BY detail_ms, start_ms LIMIT ?"));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    query.addBindValue(staleBeforeMs);
    query.addBindValue(limit);
    if (!query.exec()) {
        SqlValues::fail(nullptr, query);
        return needs;
    }
    while (query.next())
        needs.append({query.value(0).toString(), query.value(1).toLongLong()});
    return needs;
}
