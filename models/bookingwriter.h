#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>

#include <array>
#include <optional>

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
    enum class Outcome { Inserted, Changed, Unchanged };

    explicit BookingWriter(sqlite3 *db);
    ~BookingWriter();
    BookingWriter(const BookingWriter &) = delete;
    BookingWriter &operator=(const BookingWriter &) = delete;

    bool prepare(QString *error);
    // Writes the booking unless its JSON is the cached one; *rowid is the row either way.
    // insertFirst: the booking is most likely not cached (a first sync), so it is inserted
    // without a lookup; when its id does exist after all, the write takes the usual way.
    std::optional<Outcome> write(const Booking &booking, bool insertFirst, qint64 *rowid,
                                 QString *error);
    // The row of a cached booking: 0 when there is none, nullopt on an error.
    std::optional<qint64> rowOf(const QString &id, QString *error);

private:
    bool fail(QString *error) const;
    // Binds every column but the update's row id; the texts and json must outlive the next
    // step, and so does m_utf8 (until the next bindColumns).
    void bindColumns(sqlite3_stmt *statement, const Booking &booking, const QByteArray &json,
                     const std::array<QString, 5> &texts);

    sqlite3 *m_db;
    sqlite3_stmt *m_lookup = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_update = nullptr;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    QByteArray m_utf8; // the texts of the row being written (bindColumns)
};
