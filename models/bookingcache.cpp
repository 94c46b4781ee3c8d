#include "bookingcache.h"

#include "auditlogtable.h"
#include "bookingrowtable.h"
#include "cachelogging.h"
#include "cacheschema.h"
#include "outboxtable.h"
#include "searchtext.h"
#include "sqlvalues.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

namespace {

constexpr auto kBookingColumns =
    "id, lead_id, start_ms, end_ms, status, created_ms, updated_ms, has_lead, lead_ref, "
    "customer, email, phone, channel, lead_status, meeting_url, calcom_booking_id, "
    "calcom_booking_uid, event_type_id, metadata, json";

QString folderName(const QString &text)
{
    QString result;
    for (QChar c : text) {
        result.append(c.isLetterOrNumber() || c == u'.' || c == u'-' ? c : QChar(u'_'));
    }
    return result.left(80);
}

Booking bookingFromRow(const QSqlQuery &query)
{
    Booking booking;
    booking.id = query.value(0).toString();
    booking.leadId = query.value(1).toString();
    booking.startTime = SqlValues::fromMs(query.value(2));
    booking.endTime = SqlValues::fromMs(query.value(3));
    booking.status =
        BookingStatuses::fromWireName(query.value(4).toString()).value_or(BookingStatus::Confirmed);
    booking.createdAt = SqlValues::fromMs(query.value(5));
    booking.updatedAt = SqlValues::fromMs(query.value(6));
    if (query.value(7).toBool()) {
        Lead lead;
        lead.id = query.value(8).toString();
        lead.name = query.value(9).toString();
        lead.email = query.value(10).toString();
        lead.phone = query.value(11).toString();
        lead.channel = LeadInfo::channelFromWireName(query.value(12).toString());
        lead.status = LeadInfo::statusFromWireName(query.value(13).toString());
        booking.lead = lead;
    }
    booking.meetingUrl = query.value(14).toString();
    booking.calcomBookingId = SqlValues::optionalInt(query.value(15));
    booking.calcomBookingUid = query.value(16).toString();
    booking.eventTypeId = SqlValues::optionalInt(query.value(17));
    const QByteArray metadata = query.value(18).toByteArray();
    if (!metadata.isEmpty())
        booking.metadata = QJsonDocument::fromJson(metadata).object();
    booking.json = query.value(19).toByteArray();
    return booking;
}

QString globPattern(const QString &needle)
{
    QString escaped;
    for (QChar c : needle) {
        if (c == u'*' || c == u'?' || c == u'[')
            escaped += u'[' + QString(c) + u']';
        else
            escaped += c;
    }
    return u'*' + escaped + u'*';
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
    // WAL keeps readers going during a sync; NORMAL is durable across application crashes
    // (only a power cut may lose the last transactions, which the next sync refetches).
    for (const char *sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                            "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY"}) {
        if (!pragma.exec(QString::fromLatin1(sql))) {
            *error = pragma.lastError().text();
            close();
            return false;
        }
    }
    const int target = schemaVersion < 0 ? CacheSchema::kCurrentVersion : schemaVersion;
    if (!CacheSchema::migrate(m_db, target, error)) {
        close();
        return false;
    }
    return true;
}

void BookingCache::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_path.clear();
}

bool BookingCache::hasTrigramSearch() const
{
    return CacheSchema::hasTrigramSearch(m_db);
}

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
    return pass;
}

struct BookingCache::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : lookup(db), stamp(db), write(db), searchDelete(db), searchInsert(db)
    {}
    bool prepare(QString *error);

    QSqlQuery lookup;
    QSqlQuery stamp;
    QSqlQuery write;
    QSqlQuery searchDelete;
    QSqlQuery searchInsert;
};

bool BookingCache::Statements::prepare(QString *error)
{
    const bool ok =
        lookup.prepare(QStringLiteral("SELECT json FROM bookings WHERE id = ?")) &&
        stamp.prepare(QStringLiteral("UPDATE bookings SET seen_pass = ? WHERE id = ?")) &&
        write.prepare(QStringLiteral(
            "INSERT INTO bookings (id, lead_id, start_ms, end_ms, status, created_ms, updated_ms, "
            "has_lead, lead_ref, customer, email, phone, channel, lead_status, service, notes, "
            "meeting_url, calcom_booking_id, calcom_booking_uid, event_type_id, metadata, json, "
            "search_text, search_digits, seen_pass) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET lead_id = excluded.lead_id, "
            "start_ms = excluded.start_ms, end_ms = excluded.end_ms, status = excluded.status, "
            "created_ms = excluded.created_ms, updated_ms = excluded.updated_ms, "
            "has_lead = excluded.has_lead, lead_ref = excluded.lead_ref, "
            "customer = excluded.customer, email = excluded.email, phone = excluded.phone, "
            "channel = excluded.channel, lead_status = excluded.lead_status, "
            "service = excluded.service, notes = excluded.notes, "
            "meeting_url = excluded.meeting_url, calcom_booking_id = excluded.calcom_booking_id, "
            "calcom_booking_uid = excluded.calcom_booking_uid, "
            "event_type_id = excluded.event_type_id, metadata = excluded.metadata, "
            "json = excluded.json, search_text = excluded.search_text, "
            "search_digits = excluded.search_digits, seen_pass = excluded.seen_pass")) &&
        searchDelete.prepare(QStringLiteral("DELETE FROM booking_search WHERE id = ?")) &&
        searchInsert.prepare(
            QStringLiteral("INSERT INTO booking_search (id, text, digits) VALUES (?, ?, ?)"));
    if (!ok) {
        for (const QSqlQuery *query : {&lookup, &stamp, &write, &searchDelete, &searchInsert}) {
            if (query->lastError().isValid())
                return SqlValues::fail(error, *query);
        }
    }
    return ok;
}

bool BookingCache::writeOne(Statements &statements, const Booking &booking, qint64 pass,
                            UpsertResult &result, QString *error)
{
    QSqlQuery &lookup = statements.lookup;
    lookup.addBindValue(booking.id);
    if (!lookup.exec())
        return SqlValues::fail(error, lookup);
    const bool exists = lookup.next();
    const bool same = exists && lookup.value(0).toByteArray() == booking.json;
    lookup.finish();
    if (same) {
        QSqlQuery &stamp = statements.stamp;
        stamp.addBindValue(pass);
        stamp.addBindValue(booking.id);
        if (!stamp.exec())
            return SqlValues::fail(error, stamp);
        ++result.unchanged;
        return true;
    }

    QSqlQuery &write = statements.write;
    const Lead lead = booking.lead.value_or(Lead{});
    const QVariant nullInt(QMetaType(QMetaType::LongLong));
    write.addBindValue(booking.id);
    write.addBindValue(SqlValues::textOrNull(booking.leadId));
    write.addBindValue(booking.startTime.toMSecsSinceEpoch());
    write.addBindValue(booking.endTime.toMSecsSinceEpoch());
    write.addBindValue(BookingStatuses::wireName(booking.status));
    write.addBindValue(SqlValues::msOrNull(booking.createdAt));
    write.addBindValue(SqlValues::msOrNull(booking.updatedAt));
    write.addBindValue(booking.lead.has_value() ? 1 : 0);
    write.addBindValue(SqlValues::textOrNull(lead.id));
    write.addBindValue(SqlValues::textOrNull(lead.name));
    write.addBindValue(SqlValues::textOrNull(lead.email));
    write.addBindValue(SqlValues::textOrNull(lead.phone));
    write.addBindValue(LeadInfo::wireName(lead.channel));
    write.addBindValue(LeadInfo::wireName(lead.status));
    write.addBindValue(booking.service());
    write.addBindValue(booking.notes());
    write.addBindValue(SqlValues::textOrNull(booking.meetingUrl));
    write.addBindValue(booking.calcomBookingId ? QVariant(*booking.calcomBookingId) : nullInt);
    write.addBindValue(SqlValues::textOrNull(booking.calcomBookingUid));
    write.addBindValue(booking.eventTypeId ? QVariant(*booking.eventTypeId) : nullInt);
    write.addBindValue(booking.metadata.isEmpty()
                           ? QByteArray()
                           : QJsonDocument(booking.metadata).toJson(QJsonDocument::Compact));
    write.addBindValue(booking.json);
    const QString text = SearchText::bookingText(booking);
    const QString digits = SearchText::bookingDigits(booking);
    write.addBindValue(text);
    write.addBindValue(digits);
    write.addBindValue(pass);
    if (!write.exec())
        return SqlValues::fail(error, write);

    if (exists) {
        statements.searchDelete.addBindValue(booking.id);
        if (!statements.searchDelete.exec())
            return SqlValues::fail(error, statements.searchDelete);
    }
    QSqlQuery &search = statements.searchInsert;
    search.addBindValue(booking.id);
    search.addBindValue(text);
    search.addBindValue(digits);
    if (!search.exec())
        return SqlValues::fail(error, search);

    (exists ? result.changed : result.inserted).append(booking.id);
    return true;
}

std::optional<UpsertResult> BookingCache::upsert(const QList<Booking> &bookings, qint64 pass,
                                                 QString *error)
{
    UpsertResult result;
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return std::nullopt;
    }
    Statements statements(m_db);
    if (!statements.prepare(error)) {
        m_db.rollback();
        return std::nullopt;
    }
    for (const Booking &booking : bookings) {
        if (!writeOne(statements, booking, pass, result, error)) {
            m_db.rollback();
            return std::nullopt;
        }
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return std::nullopt;
    }
    return result;
}

bool BookingCache::markSeen(const QStringList &ids, qint64 pass, QString *error)
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("UPDATE bookings SET seen_pass = ? WHERE id = ?")))
        return SqlValues::fail(error, query);
    for (const QString &id : ids) {
        query.addBindValue(pass);
        query.addBindValue(id);
        if (!query.exec())
            return SqlValues::fail(error, query);
    }
    return true;
}

std::optional<QStringList> BookingCache::removeUnseen(qint64 pass, QString *error)
{
    QStringList removed;
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM bookings WHERE seen_pass <> ?"));
    query.addBindValue(pass);
    if (!query.exec()) {
        SqlValues::fail(error, query);
        m_db.rollback();
        return std::nullopt;
    }
    while (query.next())
        removed.append(query.value(0).toString());
    query.finish();
    QSqlQuery remove(m_db);
    bool ok = remove.prepare(QStringLiteral(
        "DELETE FROM booking_search WHERE id IN (SELECT id FROM bookings WHERE seen_pass <> ?)"));
    remove.addBindValue(pass);
    ok = ok && remove.exec();
    if (ok) {
        ok = remove.prepare(QStringLiteral("DELETE FROM bookings WHERE seen_pass <> ?"));
        remove.addBindValue(pass);
        ok = ok && remove.exec();
    }
    if (!ok || !m_db.commit()) {
        SqlValues::fail(error, remove);
        m_db.rollback();
        return std::nullopt;
    }
    return removed;
}

bool BookingCache::removeBooking(const QString &id, QString *error)
{
    if (!m_db.transaction())
        return false;
    QSqlQuery query(m_db);
    bool ok = query.prepare(QStringLiteral("DELETE FROM booking_search WHERE id = ?"));
    query.addBindValue(id);
    ok = ok && query.exec();
    if (ok) {
        ok = query.prepare(QStringLiteral("DELETE FROM bookings WHERE id = ?"));
        query.addBindValue(id);
        ok = ok && query.exec();
    }
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return SqlValues::fail(error, query);
    }
    return true;
}

std::optional<Booking> BookingCache::booking(const QString &id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM bookings WHERE id = ?").arg(QLatin1String(kBookingColumns)));
    query.addBindValue(id);
    if (!query.exec()) {
        SqlValues::fail(nullptr, query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return bookingFromRow(query);
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
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (BookingStatus status : filter.statuses) {
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
    const SearchText::Query search = SearchText::parse(filter.search);
    // One condition per term; long terms go through the trigram index.
    const auto term = [&values](const QString &column, const QString &needle) {
        values.append(globPattern(needle));
        if (needle.toUcs4().size() >= 3)
            return QStringLiteral("id IN (SELECT id FROM booking_search WHERE %1 GLOB ?)")
                .arg(column);
        return QStringLiteral("search_%1 GLOB ?").arg(column);
    };
    if (!search.digits.isEmpty())
        where.append(term(QStringLiteral("digits"), search.digits));
    for (const QString &word : search.words) {
        const QString numeric = SearchText::phoneDigits(word);
        if (numeric.isEmpty()) {
            where.append(term(QStringLiteral("text"), word));
        } else {
            // A numeric word may be in the text (a house number in the notes) or a phone.
            const QString inText = term(QStringLiteral("text"), word);
            where.append(u'(' + inText + QStringLiteral(" OR ") +
                         term(QStringLiteral("digits"), numeric) + u')');
        }
    }

    QString sql = QStringLiteral("SELECT %1 FROM bookings").arg(QLatin1String(kBookingColumns));
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
    while (query.next())
        result.append(bookingFromRow(query));
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

QList<BookingRow> BookingCache::rows() const
{
    if (!isOpen())
        return {};
    return BookingRowTable(m_db).all();
}

QList<BookingRow> BookingCache::rows(const QStringList &ids) const
{
    if (!isOpen())
        return {};
    return BookingRowTable(m_db).rows(ids);
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
    if (!m_db.transaction())
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
        query.addBindValue(QString(QStringLiteral("slots/") +
                                   QDate::currentDate().addMonths(-1).toString(Qt::ISODate)));
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
