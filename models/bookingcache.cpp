#include "bookingcache.h"

#include "auditlogtable.h"
#include "bookingjson.h"
#include "bookingrowtable.h"
#include "bookingwriter.h"
#include "cachelogging.h"
#include "cacheschema.h"
#include "clock.h"
#include "customerhistory.h"
#include "insightrecordtable.h"
#include "outboxtable.h"
#include "searchtext.h"
#include "sqlvalues.h"
#include "walcheckpointer.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

namespace {

QString folderName(const QString &text)
{
    QString result;
    for (QChar c : text) {
        result.append(c.isLetterOrNumber() || c == u'.' || c == u'-' ? c : QChar(u'_'));
    }
    return result.left(80);
}

// The cached JSON is the record; the typed columns only serve the list and the indexes.
std::optional<Booking> bookingFromJson(const QSqlQuery &query)
{
    QString error;
    auto booking = BookingJson::decodeRecord(query.value(0).toByteArray(), &error);
    if (!booking)
        qCWarning(lcCache).noquote() << "cached booking unreadable:" << error;
    return booking;
}

// The SQLite behind Qt's driver, for the write path: it must be the library this program
// was built against, or the handle means nothing to our calls.
sqlite3 *sqliteHandle(const QSqlDatabase &db, QString *error)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !handle.constData()) {
        *error = QStringLiteral("the Qt SQL driver gives no SQLite handle");
        return nullptr;
    }
    sqlite3 *result = *static_cast<sqlite3 *const *>(handle.constData());
    QSqlQuery version(db);
    if (!result || !version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next() ||
        version.value(0).toString() != QLatin1String(sqlite3_libversion())) {
        *error = QStringLiteral("Qt's SQLite driver does not use the system SQLite %1")
                     .arg(QLatin1String(sqlite3_libversion()));
        return nullptr;
    }
    return result;
}

} // namespace

BookingCache::BookingCache()
    : m_connection(QStringLiteral("frontdesk-cache-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

BookingCache::~BookingCache()
{
    close();
}

QString BookingCache::databasePath(const QString &dataDir, const QUrl &server,
                                   const QString &account)
{
    const QString root =
        dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                          : dataDir;
    const QString host =
        server.port() > 0 ? server.host() + u'_' + QString::number(server.port()) : server.host();
    return QDir(root).filePath(folderName(host) + u'/' + folderName(account.toLower()) +
                               QStringLiteral("/cache.sqlite"));
}

bool BookingCache::open(const QString &filePath, QString *error, int schemaVersion)
{
    close();
    if (!QDir().mkpath(QFileInfo(filePath).absolutePath())) {
        *error = QStringLiteral("cannot create the folder of %1").arg(filePath);
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(filePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        close();
        return false;
    }
    m_path = filePath;
    QSqlQuery pragma(m_db);
    // 16 KB pages (for a new file; an existing one keeps its size): a booking row is about
    // 1.1 KB, so 4 KB pages left a sixth of each page empty, and every commit of a sync
    // rewrites the index pages it touched, which are a quarter as many at 16 KB. At
    // 100,000 bookings this alone wrote 40% faster (bench_cacheupsert).
    // WAL keeps readers going during a sync; NORMAL is durable across application crashes
    // (only a power cut may lose the last transactions, which the next sync refetches).
    // Outside a pass the log is checkpointed every 40 MB; during one, WalCheckpointer does
    // it on another thread (beginPass()); afterwards the log file is cut back to 32 MB.
    for (const char *sql : {"PRAGMA page_size = 16384", "PRAGMA journal_mode = WAL",
                            "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                            "PRAGMA temp_store = MEMORY", "PRAGMA wal_autocheckpoint = 2500",
                            "PRAGMA journal_size_limit = 33554432", kIdleCacheSize}) {
        if (!pragma.exec(QString::fromLatin1(sql))) {
            *error = pragma.lastError().text();
            close();
            return false;
        }
    }
    const int target = schemaVersion < 0 ? CacheSchema::kCurrentVersion : schemaVersion;
    if (!CacheSchema::migrate(m_db, target, error) ||
        (target == CacheSchema::kCurrentVersion &&
         !CacheSchema::createBookingIndexes(m_db, error))) {
        close();
        return false;
    }
    m_handle = sqliteHandle(m_db, error);
    if (!m_handle) {
        close();
        return false;
    }
    return true;
}

bool BookingCache::openReadOnly(const QString &filePath, QString *error)
{
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(filePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        close();
        return false;
    }
    m_handle = sqliteHandle(m_db, error); // for the list rows' reads
    if (!m_handle) {
        close();
        return false;
    }
    m_path = filePath;
    return true;
}

void BookingCache::close()
{
    rollbackBatch(); // a batch counts once committed
    finishPass();
    m_writer.reset(); // its statements go before the connection
    m_handle = nullptr;
    m_seenPass = 0;
    m_seenRows.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_path.clear();
}

bool BookingCache::removeBooking(const QString &id, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM bookings WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() || SqlValues::fail(error, query);
}

std::optional<Booking> BookingCache::booking(const QString &id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT json FROM bookings WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        SqlValues::fail(nullptr, query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return bookingFromJson(query);
}

QList<Booking> BookingCache::bookings(const BookingQuery &filter) const
{
    if (!isOpen())
        return {};
    QStringList where;
    QVariantList values;
    if (filter.from) {
        where.append(QStringLiteral("start_ms >= ?"));
        values.append(filter.from->toMSecsSinceEpoch());
    }
    if (filter.to) {
        where.append(QStringLiteral("start_ms < ?"));
        values.append(filter.to->toMSecsSinceEpoch());
    }
    // Every status is one of five: naming them all lets a time range use the index on
    // (status, start_ms), the only one the cache keeps for both.
    const QList<BookingStatus> statuses = filter.statuses.isEmpty() && (filter.from || filter.to)
                                              ? BookingStatuses::all()
                                              : filter.statuses;
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (BookingStatus status : statuses) {
            marks.append(QStringLiteral("?"));
            values.append(BookingStatuses::wireName(status));
        }
        where.append(QStringLiteral("status IN (") + marks.join(u',') + u')');
    }
    if (!filter.ids.isEmpty()) {
        QStringList marks;
        for (const QString &id : filter.ids) {
            marks.append(QStringLiteral("?"));
            values.append(id);
        }
        where.append(QStringLiteral("id IN (") + marks.join(u',') + u')');
    }
    if (!filter.leadId.isEmpty()) {
        where.append(QStringLiteral("lead_id = ?"));
        values.append(filter.leadId);
    }
    // Text search scans search_text and search_digits: 100,000 rows take milliseconds, and
    // an index for substrings (FTS5 trigrams) cost a third of every sync.
    const SearchText::Query search = SearchText::parse(filter.search);
    const auto term = [&values](const char *column, const QString &needle) {
        values.append(needle);
        return QStringLiteral("instr(search_%1, ?) > 0").arg(QLatin1String(column));
    };
    if (!search.digits.isEmpty())
        where.append(term("digits", search.digits));
    for (const QString &word : search.words) {
        const QString numeric = SearchText::phoneDigits(word);
        if (numeric.isEmpty()) {
            where.append(term("text", word));
        } else {
            // A numeric word may be in the text (a house number in the notes) or a phone.
            const QString inText = term("text", word);
            where.append(u'(' + inText + QStringLiteral(" OR ") + term("digits", numeric) + u')');
        }
    }

    QString sql = QStringLiteral("SELECT json FROM bookings");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY start_ms, id");

    QList<Booking> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        SqlValues::fail(nullptr, query);
        return result;
    }
    while (query.next()) {
        if (auto booking = bookingFromJson(query))
            result.append(std::move(*booking));
    }
    return result;
}

int BookingCache::count() const
{
    if (!isOpen())
        return 0;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM bookings")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QHash<QString, int> BookingCache::noShowCounts(qint64 fromMs, qint64 toMs, int atLeast) const
{
    QHash<QString, int> counts;
    if (!isOpen())
        return counts;
    // bookings_status (status, start_ms, lead_id) finds the leads without reading the
    // table, bookings_lead their bookings.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "WITH frequent AS (SELECT lead_id, COUNT(*) AS n FROM bookings WHERE status = 'no_show' "
        "AND start_ms >= ? AND start_ms <= ? AND lead_id IS NOT NULL AND lead_id <> '' "
        "GROUP BY lead_id HAVING COUNT(*) >= ?) "
        "SELECT b.id, f.n FROM frequent f JOIN bookings b ON b.lead_id = f.lead_id"));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    query.addBindValue(qMax(1, atLeast));
    if (!query.exec()) {
        qCWarning(lcCache).noquote() << "no-show counts:" << query.lastError().text();
        return counts;
    }
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

QHash<QString, int> BookingCache::noShowWarnings() const
{
    const auto [from, to] = CustomerHistory::warningWindowMs(Clock::now());
    return noShowCounts(from, to, CustomerHistory::kWarnNoShows);
}

std::optional<QList<InsightRecord>> BookingCache::insightRecords(qint64 fromMs, qint64 toMs) const
{
    if (!isOpen())
        return std::nullopt;
    return InsightRecordTable(m_handle).read(fromMs, toMs);
}

QList<BookingRow> BookingCache::rows() const
{
    if (!isOpen())
        return {};
    return BookingRowTable(m_handle).all();
}

QList<BookingRow> BookingCache::rows(const QStringList &ids) const
{
    if (!isOpen())
        return {};
    return BookingRowTable(m_handle).rows(ids);
}

QList<BookingRow> BookingCache::rowsStarting(qint64 fromMs, qint64 toMs) const
{
    if (!isOpen())
        return {};
    return BookingRowTable(m_handle).starting(fromMs, toMs);
}

std::optional<qint64> BookingCache::nthStart(qint64 fromMs, int n) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QVariantList values{fromMs};
    const QString statuses = SqlValues::anyStatus(&values);
    values.append(qMax(0, n));
    query.prepare(QStringLiteral("SELECT start_ms FROM bookings WHERE start_ms >= ? AND ") +
                  statuses + QStringLiteral(" ORDER BY start_ms LIMIT 1 OFFSET ?"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        SqlValues::fail(nullptr, query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QList<BookingRow> BookingCache::rowsNotStarting(qint64 fromMs, qint64 toMs,
                                                const std::atomic<bool> *cancel) const
{
    if (!isOpen())
        return {};
    return BookingRowTable(m_handle, cancel).notStarting(fromMs, toMs);
}

QString BookingCache::meta(const QString &key) const
{
    if (!isOpen())
        return {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool BookingCache::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec() || SqlValues::fail(nullptr, query);
}

QDateTime BookingCache::lastSync() const
{
    const QString value = meta(QStringLiteral("last_sync_ms"));
    return value.isEmpty() ? QDateTime()
                           : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

bool BookingCache::setLastSync(const QDateTime &time)
{
    return setMeta(QStringLiteral("last_sync_ms"), QString::number(time.toMSecsSinceEpoch()));
}

std::optional<qint64> BookingCache::enqueue(const OutboxEntry &entry, QString *error)
{
    return OutboxTable(m_db).enqueue(entry, error);
}

QList<OutboxEntry> BookingCache::outbox() const
{
    if (!isOpen())
        return {};
    return OutboxTable(m_db).all();
}

std::optional<OutboxEntry> BookingCache::outboxEntry(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    return OutboxTable(m_db).entry(id);
}

bool BookingCache::updateOutbox(const OutboxEntry &entry, QString *error)
{
    return OutboxTable(m_db).update(entry, error);
}

bool BookingCache::removeOutbox(qint64 id, QString *error)
{
    return OutboxTable(m_db).remove(id, error);
}

QString BookingCache::integrityCheck() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(u'\n');
}

bool BookingCache::saveSlots(QDate from, QDate to, const QList<TimeSlot> &timeSlots)
{
    if (!isOpen() || !from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 366)
        return false;
    QHash<QDate, QJsonArray> days;
    for (const TimeSlot &slot : timeSlots) {
        const QDate day = slot.start.toUTC().date();
        if (day >= from && day <= to)
            days[day].append(
                QJsonArray{slot.start.toMSecsSinceEpoch(), slot.end.toMSecsSinceEpoch()});
    }
    if (!beginWrite(nullptr))
        return false;
    bool ok = true;
    for (QDate day = from; ok && day <= to; day = day.addDays(1)) {
        ok = setMeta(
            QStringLiteral("slots/") + day.toString(Qt::ISODate),
            QString::fromUtf8(QJsonDocument(days.value(day)).toJson(QJsonDocument::Compact)));
    }
    if (ok) {
        // ISO dates sort as text, so one range deletes the days long past.
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("DELETE FROM meta WHERE key >= 'slots/' AND key < ?"));
        query.addBindValue(
            QString(QStringLiteral("slots/") +
                    Clock::today(QTimeZone::utc()).addMonths(-1).toString(Qt::ISODate)));
        ok = query.exec() || SqlValues::fail(nullptr, query);
    }
    if (!ok) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

std::optional<QList<TimeSlot>> BookingCache::cachedSlots(QDate from, QDate to) const
{
    if (!isOpen() || !from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 366)
        return std::nullopt;
    QList<TimeSlot> result;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const QString value = meta(QStringLiteral("slots/") + day.toString(Qt::ISODate));
        if (value.isEmpty())
            return std::nullopt;
        // A damaged value reads as a day never fetched, never as a day without slots.
        const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
        if (!document.isArray())
            return std::nullopt;
        for (const QJsonValue entry : document.array()) {
            const QJsonArray pair = entry.toArray();
            const qint64 start = qint64(pair.at(0).toDouble());
            const qint64 end = qint64(pair.at(1).toDouble());
            if (pair.size() == 2 && start < end)
                result.append({QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc()),
                               QDateTime::fromMSecsSinceEpoch(end, QTimeZone::utc())});
        }
    }
    return result;
}

std::optional<qint64> BookingCache::appendAudit(const AuditEntry &entry, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = QStringLiteral("the cache is not open");
        return std::nullopt;
    }
    return AuditLogTable(m_db).append(entry, error);
}

QList<AuditEntry> BookingCache::auditLog(int limit, const QString &bookingId) const
{
    if (!isOpen())
        return {};
    return AuditLogTable(m_db).entries(limit, bookingId);
}

int BookingCache::auditCount() const
{
    return isOpen() ? AuditLogTable(m_db).count() : 0;
}
