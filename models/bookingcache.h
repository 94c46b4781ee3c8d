#pragma once

#include "auditentry.h"
#include "booking.h"
#include "bookingrow.h"
#include "outboxentry.h"
#include "timeslot.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

class BookingWriter;
class WalCheckpointer;
struct sqlite3;
struct InsightRecord;

struct BookingQuery
{
    std::optional<QDateTime> from; // start >= from
    std::optional<QDateTime> to;   // start < to
    QList<BookingStatus> statuses; // empty: every status
    QString search;                // SearchText rules
    QString leadId;
    QStringList ids; // empty: any; meant for a page's worth (SQLite limits variables)
};

struct UpsertResult
{
    QStringList inserted;
    QStringList changed; // by content: the server's JSON differs from the cached one
    int unchanged = 0;
    // With upsert()'s listRows: the list rows of the inserted and changed bookings,
    // in the order written, computed while writing them (a list applies them without
    // reading them back).
    QList<BookingRow> rows;
};

// The local SQLite copy of the server's bookings and the desk's pending changes: the app's
// single source of truth. This class owns every SQL statement and PRAGMA (the schema and
// its migrations live in CacheSchema). It never takes a widget or an item model.
//
// Sync passes: each full pass gets a number; this object remembers (in memory) every
// booking a pass wrote, found unchanged or marked seen; after a pass in which every page
// arrived, removeUnseen() drops what the server no longer lists. A pass broken off, or one
// this object did not see written, removes nothing.
class BookingCache
{
public:
    BookingCache();
    ~BookingCache();
    BookingCache(const BookingCache &) = delete;
    BookingCache &operator=(const BookingCache &) = delete;

    // Creates the file and its folder if needed and migrates it to `schemaVersion`
    // (tests open at older versions; everyone else uses the default).
    bool open(const QString &filePath, QString *error, int schemaVersion = -1);
    // An existing, current cache, for reading only (on another thread than the one that
    // opened and migrated it): no migration, no index building, and every write fails.
    bool openReadOnly(const QString &filePath, QString *error);
    void close();
    // Reads on a closed cache (before an account is chosen, after sign-out) answer empty.
    bool isOpen() const { return m_db.isOpen(); }
    QString filePath() const { return m_path; }

    // <dataDir>/<server host_port>/<account>/cache.sqlite, with dataDir defaulting to
    // QStandardPaths::AppLocalDataLocation. One database per server and account.
    static QString databasePath(const QString &dataDir, const QUrl &server, const QString &account);

    qint64 beginPass(QString *error);
    // Gives back the memory and the thread a pass used for its writes (whether it completed
    // or not), once the pass's commits are in the database file.
    void finishPass();
    qint64 currentPass() const;
    // One transaction for the whole list; on failure nothing of it is written. Inside a
    // batch, the batch's transaction: on failure the whole batch is rolled back.
    // `listRows`: the result carries the list rows of what was written (UpsertResult::rows).
    std::optional<UpsertResult> upsert(const QList<Booking> &bookings, qint64 pass, QString *error,
                                       bool listRows = false);
    // Upserts between these commit together: a pass writes each page as it arrives and
    // commits every so often, since each commit rewrites every index page it touched.
    bool beginBatch(QString *error);
    bool commitBatch(QString *error); // on failure the batch is rolled back
    void rollbackBatch();
    bool inBatch() const { return m_batch.has_value(); }
    // A connection of this process waits for the write lock (in beginBatch(), upsert() and
    // the other writes that begin a transaction): a batch holding it should commit soon.
    static bool writerWaiting();
    // Stamps cached bookings as seen by `pass` without changing them (records the server
    // listed but this client could not decode: they still exist).
    bool markSeen(const QStringList &ids, qint64 pass, QString *error);
    // The bookings not stamped by `pass`. A pass pages through a list the server may change
    // meanwhile, so these are candidates to ask the server about, not proof of deletion.
    std::optional<QStringList> unseenIds(qint64 pass, QString *error) const;
    // Removes bookings not stamped by `pass`; returns their ids.
    std::optional<QStringList> removeUnseen(qint64 pass, QString *error);
    bool removeBooking(const QString &id, QString *error);
    // Removes these bookings in one transaction; returns the ones that were there.
    std::optional<QStringList> removeBookings(const QStringList &ids, QString *error);

    // A full record (GET /bookings/{id}, a PATCH answer), fetched now. With
    // `expectedListHash` it is written only while the cached row has that list hash: a pass
    // that wrote a newer list row meanwhile wins (Stale; it is fetched again later).
    enum class DetailOutcome { Inserted, Changed, Unchanged, Stale };
    // `writtenRow`, when given, gets the list row of an Inserted or Changed booking.
    std::optional<DetailOutcome> storeDetail(const Booking &booking,
                                             std::optional<qint64> expectedListHash,
                                             QString *error, BookingRow *writtenRow = nullptr);
    // Bookings starting in [fromMs, toMs) whose last list row was brief and whose full
    // record was never fetched, is wanted again (the row changed) or was fetched before
    // staleBeforeMs; the oldest first.
    struct DetailNeed
    {
        QString id;
        qint64 listHash = 0;
    };
    QList<DetailNeed> detailNeeds(qint64 fromMs, qint64 toMs, qint64 staleBeforeMs,
                                  int limit) const;

    std::optional<Booking> booking(const QString &id) const;
    QList<Booking> bookings(const BookingQuery &query = {}) const;
    int count() const;
    // The booking list's compact rows (no JSON, no metadata), by start time: every booking,
    // or the given ones.
    QList<BookingRow> rows() const;
    QList<BookingRow> rows(const QStringList &ids) const;
    // The rows of the bookings starting in [fromMs, toMs) (what the window shows first), and
    // the rows of all the others; `cancel` stops that long read between rows.
    QList<BookingRow> rowsStarting(qint64 fromMs, qint64 toMs) const;
    // The start of the booking that is `n`th (from 0) in start order from `fromMs` on;
    // nullopt when fewer bookings start from then on. From the start index alone.
    std::optional<qint64> nthStart(qint64 fromMs, int n) const;
    QList<BookingRow> rowsNotStarting(qint64 fromMs, qint64 toMs,
                                      const std::atomic<bool> *cancel = nullptr) const;
    // What insights need of the bookings starting in [fromMs, toMs), from the typed columns;
    // nullopt when SQLite fails.
    std::optional<QList<InsightRecord>> insightRecords(qint64 fromMs, qint64 toMs) const;

    // Every booking of the customers (leads) with at least `atLeast` no-shows starting in
    // [fromMs, toMs]: booking id -> that lead's number of no-shows in the range.
    QHash<QString, int> noShowCounts(qint64 fromMs, qint64 toMs, int atLeast = 1) const;
    // The no-show warnings now: noShowCounts over CustomerHistory's window, for customers
    // with at least CustomerHistory::kWarnNoShows.
    QHash<QString, int> noShowWarnings() const;

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);
    QDateTime lastSync() const;
    bool setLastSync(const QDateTime &time);

    std::optional<qint64> enqueue(const OutboxEntry &entry, QString *error);
    QList<OutboxEntry> outbox() const; // replay order
    std::optional<OutboxEntry> outboxEntry(qint64 id) const;
    bool updateOutbox(const OutboxEntry &entry, QString *error);
    bool removeOutbox(qint64 id, QString *error);

    // PRAGMA integrity_check: "ok" or what SQLite found.
    QString integrityCheck() const;

    // The API's free slots, kept for offline use: one JSON value per UTC day (of the slot's
    // start) in the meta table. saveSlots replaces the days from..to (inclusive) and forgets
    // days older than a month; cachedSlots() answers nullopt when some day was never fetched.
    bool saveSlots(QDate from, QDate to, const QList<TimeSlot> &timeSlots);
    std::optional<QList<TimeSlot>> cachedSlots(QDate from, QDate to) const;
    // The audit log (append-only): actions taken on this computer.
    std::optional<qint64> appendAudit(const AuditEntry &entry, QString *error);
    // Newest first; `limit` <= 0: all. `bookingId` empty: every booking.
    QList<AuditEntry> auditLog(int limit = 0, const QString &bookingId = {}) const;
    int auditCount() const;

private:
    // Outside a pass, 1 MB of page cache: the list reads its rows once at start-up (a scan
    // that a cache cannot speed up), then single bookings by id, while the whole cache
    // counts against the list's memory budget of 1 KiB per booking (SQLite's default 2 MB
    // cost 20 B of it).
    static constexpr const char *kIdleCacheSize = "PRAGMA cache_size = -1024";

    BookingWriter *writer(QString *error);
    bool beginWrite(QString *error);
    void track(qint64 pass);
    void see(qint64 pass, qint64 row);
    void committed(qint64 pass, const QList<qint64> &rows, qsizetype written);

    QString m_connection;
    QString m_path;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<BookingWriter> m_writer;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // during a pass
    bool m_insertFirst = false;                      // the pass began on an empty cache
    bool m_indexesDeferred = false;                  // ...and builds the indexes at its end
    qint64 m_seenPass = 0;
    QSet<qint64> m_seenRows; // rowids the pass m_seenPass saw
    struct Batch
    {
        qint64 pass = 0;
        QList<qint64> rows; // seen once committed
        qsizetype written = 0;
    };
    std::optional<Batch> m_batch;
};
