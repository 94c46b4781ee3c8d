#pragma once

#include "bookingrow.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>

#include <array>
#include <optional>
#include <utility>
#include <vector>

struct Booking;
struct sqlite3;
struct sqlite3_stmt;

// The sync's hot path: the statements that write bookings, prepared once per connection on
// SQLite's own C API (the handle of BookingCache's QSqlDatabase), with parameters bound by
// position and texts handed over without copies. Through QSqlQuery each row paid for
// building 15 QVariants and ":N" placeholder names. Works inside the caller's transaction.
class BookingWriter
{
public:
    enum class Outcome { Inserted, Changed, Unchanged, Stale };

    explicit BookingWriter(sqlite3 *db);
    ~BookingWriter();
    BookingWriter(const BookingWriter &) = delete;
    BookingWriter &operator=(const BookingWriter &) = delete;

    bool prepare(QString *error);
    // A list row, as a pass writes it. A full row replaces the record unless its JSON is the
    // cached one. A brief row (Booking::brief) is compared with the last brief row by hash;
    // a changed one is merged over the cached record, so what only the detail carries
    // (metadata, updated_at, Cal.com ids) stays until the detail is fetched again.
    // insertFirst: the booking is most likely not cached (a first sync), so it is inserted
    // without a lookup; when its id does exist after all, the write takes the usual way.
    // *rowid is the row either way.
    std::optional<Outcome> writeListRow(const Booking &booking, bool insertFirst, qint64 *rowid,
                                        QString *error);
    // A full record (GET /bookings/{id}, a PATCH answer) fetched at `fetchedMs`. With
    // `expectedListHash`, it is written only while the cached row's list hash is that one:
    // a pass that wrote a newer list row meanwhile wins (Stale), and the detail is fetched
    // again later.
    std::optional<Outcome> writeDetail(const Booking &booking, qint64 fetchedMs,
                                       std::optional<qint64> expectedListHash, qint64 *rowid,
                                       QString *error);
    // The row of a cached booking: 0 when there is none, nullopt on an error.
    std::optional<qint64> rowOf(const QString &id, QString *error);
    // With rows on, each write that stores a booking (Inserted or Changed) also builds its
    // list row from the very bytes it bound: what BookingRowTable reads back for it (about
    // 1.5 ms per 1,000 bookings, for a list to apply; off by default). takeRow() gives it;
    // it is empty after any other outcome, and taking it leaves it empty.
    void setBuildRows(bool build) { m_buildRows = build; }
    BookingRow takeRow() { return std::exchange(m_row, {}); }

    // The hash brief rows are compared by (64-bit FNV-1a; never 0, which means "none").
    static qint64 listHash(const QByteArray &json);

private:
    bool fail(QString *error) const;
    // Binds every column but list_hash, detail_ms and the update's row id; the texts and
    // json must outlive the next step, and so does m_utf8 (until the next bindColumns).
    void bindColumns(sqlite3_stmt *statement, const Booking &booking, const QByteArray &json,
                     const std::array<QString, 5> &texts);
    // `quiet`: a failure is the caller's to report (nothing is logged).
    bool step(sqlite3_stmt *statement, QString *error, bool quiet = false);
    BookingRow boundRow(const Booking &booking);
    // Inserts, or updates `rowid` (> 0), with these list hash and detail time; keeps the
    // written list row in m_row.
    bool store(const Booking &booking, const QByteArray &json, qint64 rowid, qint64 listHash,
               qint64 detailMs, QString *error, bool quiet = false);

    sqlite3 *m_db;
    sqlite3_stmt *m_lookup = nullptr;      // rowid, json = ?, list_hash, json
    sqlite3_stmt *m_insert = nullptr;      // every column
    sqlite3_stmt *m_update = nullptr;      // every column
    sqlite3_stmt *m_touchDetail = nullptr; // detail_ms only
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    QByteArray m_utf8; // the texts of the row being written (bindColumns)
    std::array<std::pair<qsizetype, qsizetype>, 11> m_spans{}; // their offsets and sizes
    bool m_buildRows = false;
    BookingRow m_row;  // of the last store(), with m_buildRows
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
    std::vector<QChar> m_fieldScratch; // boundRow()'s display texts
};
