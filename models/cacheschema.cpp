#include "cacheschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text() + QStringLiteral(" in: ") + sql.simplified().left(120);
    return false;
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        if (!exec(db, sql, error))
            return false;
    }
    return true;
}

// Version 1: bookings with typed columns beside the server's JSON, the indexes the views
// ask for, text search and a key/value table for sync state.
bool toVersion1(QSqlDatabase &db, QString *error)
{
    if (!execAll(db,
                 {QStringLiteral(R"(CREATE TABLE bookings (
                        id TEXT PRIMARY KEY NOT NULL,
                        lead_id TEXT,
                        start_ms INTEGER NOT NULL,
                        end_ms INTEGER NOT NULL,
                        status TEXT NOT NULL,
                        created_ms INTEGER,
                        updated_ms INTEGER,
                        has_lead INTEGER NOT NULL DEFAULT 0,
                        lead_ref TEXT,
                        customer TEXT,
                        email TEXT,
                        phone TEXT,
                        channel TEXT,
                        lead_status TEXT,
                        service TEXT,
                        notes TEXT,
                        meeting_url TEXT,
                        calcom_booking_id INTEGER,
                        calcom_booking_uid TEXT,
                        event_type_id INTEGER,
                        metadata TEXT,
                        json TEXT NOT NULL,
                        search_text TEXT,
                        search_digits TEXT,
                        seen_pass INTEGER NOT NULL DEFAULT 0))"),
                  QStringLiteral("CREATE INDEX bookings_start ON bookings(start_ms)"),
                  QStringLiteral("CREATE INDEX bookings_status ON bookings(status, start_ms)"),
                  QStringLiteral("CREATE INDEX bookings_lead ON bookings(lead_id)"),
                  QStringLiteral("CREATE INDEX bookings_seen ON bookings(seen_pass)"),
                  QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)")},
                 error))
        return false;

    // The trigram tokenizer lets SQLite answer substring GLOBs of three or more characters
    // from an index; shorter terms scan bookings.search_text (SQLite 3.40's trigram GLOB
    // finds nothing for two CJK characters). SQLite builds without FTS5 get a plain table
    // with the same columns and the same queries.
    QString ignored;
    if (exec(db,
             QStringLiteral("CREATE VIRTUAL TABLE booking_search USING fts5(id UNINDEXED, text, "
                            "digits, tokenize = 'trigram')"),
             &ignored))
        return true;
    return exec(
        db,
        QStringLiteral("CREATE TABLE booking_search (id TEXT PRIMARY KEY NOT NULL, text TEXT, "
                       "digits TEXT)"),
        error);
}

// Version 2: changes made while offline, kept until the server has them.
bool toVersion2(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {QStringLiteral(R"(CREATE TABLE outbox (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        booking_id TEXT NOT NULL,
                        action TEXT NOT NULL,
                        payload TEXT NOT NULL,
                        base_status TEXT,
                        base_updated_ms INTEGER,
                        base_json TEXT,
                        created_ms INTEGER NOT NULL,
                        state TEXT NOT NULL,
                        error TEXT,
                        server_json TEXT,
                        attempts INTEGER NOT NULL DEFAULT 0))"),
                    QStringLiteral("CREATE INDEX outbox_booking ON outbox(booking_id)"),
                    QStringLiteral("CREATE INDEX outbox_state ON outbox(state, id)")},
                   error);
}

// Version 3: removal after a pass looks for rows *not* stamped by it, which no index can
// answer, while every re-stamped row paid for keeping bookings_seen up to date.
bool toVersion3(QSqlDatabase &db, QString *error)
{
    return exec(db, QStringLiteral("DROP INDEX IF EXISTS bookings_seen"), error);
}

// Version 4: every action taken on this computer, with who, when, what, the booking before
// and after, and the result. Rows are only ever appended.
bool toVersion4(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {QStringLiteral(R"(CREATE TABLE audit_log (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        at_ms INTEGER NOT NULL,
                        actor TEXT NOT NULL,
                        booking_id TEXT NOT NULL,
                        action TEXT NOT NULL,
                        details TEXT,
                        before_json TEXT,
                        after_json TEXT,
                        result TEXT NOT NULL,
                        message TEXT))"),
                    QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at_ms)"),
                    QStringLiteral("CREATE INDEX audit_log_booking ON audit_log(booking_id)")},
                   error);
}

// Version 5: what a sync writes, and nothing more. The server's JSON is the record; the
// typed columns are only what the list shows and what the indexes need, since every write
// pays for every column and every index. The FTS5 trigram table cost a third of a sync's
// time at each commit while a scan of search_text answers in milliseconds; seen_pass moved
// into memory, so that a pass that finds a booking unchanged writes nothing. Time ranges
// use the (status, start_ms) index too: every status is one of five, so a query names them.
bool toVersion5(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {QStringLiteral(R"(CREATE TABLE bookings_v5 (
                        id TEXT PRIMARY KEY NOT NULL,
                        lead_id TEXT,
                        start_ms INTEGER NOT NULL,
                        end_ms INTEGER NOT NULL,
                        status TEXT NOT NULL,
                        has_lead INTEGER NOT NULL DEFAULT 0,
                        customer TEXT,
                        phone TEXT,
                        email TEXT,
                        channel TEXT,
                        service TEXT,
                        meeting_url TEXT,
                        search_text TEXT,
                        search_digits TEXT,
                        json TEXT NOT NULL))"),
                    QStringLiteral(
                        "INSERT INTO bookings_v5 (id, lead_id, start_ms, end_ms, status, has_lead, "
                        "customer, phone, email, channel, service, meeting_url, search_text, "
                        "search_digits, json) SELECT id, lead_id, start_ms, end_ms, status, "
                        "has_lead, customer, phone, email, channel, service, meeting_url, "
                        "search_text, search_digits, json FROM bookings ORDER BY rowid"),
                    QStringLiteral("DROP TABLE bookings"),
                    QStringLiteral("DROP TABLE IF EXISTS booking_search"),
                    QStringLiteral("ALTER TABLE bookings_v5 RENAME TO bookings")},
                   error) &&
           CacheSchema::createBookingIndexes(db, error);
}

// Version 6: what a list row brought (the seed's list example is a brief row without
// metadata, updated_at and Cal.com ids, which only GET /bookings/{id} promises).
// list_hash: a hash of the last brief list row, to tell an unchanged brief row without
// comparing it with the merged record. detail_ms: -1 the list row was full, 0 the full
// record is wanted, > 0 when it was fetched (refreshed after a while). arrived_ms: when the
// customer was marked arrived (metadata.frontdesk), for the list's column.
bool toVersion6(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {QStringLiteral("ALTER TABLE bookings ADD COLUMN list_hash INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE bookings ADD COLUMN detail_ms INTEGER NOT NULL DEFAULT -1"),
         QStringLiteral("ALTER TABLE bookings ADD COLUMN arrived_ms INTEGER")},
        error);
}

// Version 7: the status index carries the lead, so that the no-show warnings (a year of
// no-shows grouped by customer, counted after every pass) read the index alone instead of
// one random table read per no-show (150-250 ms at 100,000 bookings).
bool toVersion7(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("DROP INDEX IF EXISTS bookings_status")}, error) &&
           CacheSchema::createBookingIndexes(db, error);
}

// The current ones (version 5 created them, version 7 changed bookings_status); a later
// version that changes them migrates from these.
constexpr const char *kBookingIndexes[][2] = {
    {"bookings_status", "bookings(status, start_ms, lead_id)"},
    {"bookings_lead", "bookings(lead_id)"},
};

using Migration = bool (*)(QSqlDatabase &, QString *);
constexpr Migration kMigrations[] = {toVersion1, toVersion2, toVersion3, toVersion4,
                                     toVersion5, toVersion6, toVersion7};
static_assert(std::size(kMigrations) == CacheSchema::kCurrentVersion);

} // namespace

int CacheSchema::version(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool CacheSchema::migrate(QSqlDatabase &db, int target, QString *error)
{
    const int current = version(db);
    if (current < 0) {
        *error = QStringLiteral("cannot read the schema version");
        return false;
    }
    if (current > kCurrentVersion) {
        *error = QStringLiteral("the cache was written by a newer Frontdesk (schema %1, this "
                                "version knows %2)")
                     .arg(current)
                     .arg(kCurrentVersion);
        return false;
    }
    for (int next = current + 1; next <= target; ++next) {
        // Each step commits with its version number, so an interrupted migration resumes
        // from the last complete step.
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        if (!kMigrations[next - 1](db, error) ||
            !exec(db, QStringLiteral("PRAGMA user_version = %1").arg(next), error)) {
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}

bool CacheSchema::dropBookingIndexes(QSqlDatabase &db, QString *error)
{
    for (const auto &[name, columns] : kBookingIndexes) {
        if (!exec(db, QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(name)), error))
            return false;
    }
    return true;
}

bool CacheSchema::createBookingIndexes(QSqlDatabase &db, QString *error)
{
    for (const auto &[name, columns] : kBookingIndexes) {
        if (!exec(db,
                  QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2")
                      .arg(QLatin1String(name), QLatin1String(columns)),
                  error))
            return false;
    }
    return true;
}
