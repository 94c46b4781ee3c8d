#include "bookingwriter.h"

#include "booking.h"
#include "bookingjson.h"
#include "cachelogging.h"
#include "searchtext.h"

#include <QJsonDocument>

#include <sqlite3.h>

namespace {

// Column order of both writing statements; the update's row id comes last.
constexpr auto kColumns = "id, lead_id, start_ms, end_ms, status, has_lead, customer, phone, "
                          "email, channel, service, meeting_url, search_text, search_digits, json";
constexpr int kColumnCount = 15;

// SQLITE_STATIC: every text bound below outlives the statement's step (SQLite reads a
// binding only while stepping; the next write binds afresh before it steps).
int bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    if (text.isNull())
        return sqlite3_bind_null(statement, index);
    return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
}

int bindUtf8(sqlite3_stmt *statement, int index, const QByteArray &text)
{
    return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

} // namespace

BookingWriter::BookingWriter(sqlite3 *db) : m_db(db)
{}

BookingWriter::~BookingWriter()
{
    sqlite3_finalize(m_lookup);
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_update);
}

bool BookingWriter::fail(QString *error) const
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    qCWarning(lcCache).noquote() << "SQL failed:" << message;
    if (error)
        *error = message;
    return false;
}

bool BookingWriter::prepare(QString *error)
{
    const QByteArray insert = QByteArrayLiteral("INSERT INTO bookings (") + kColumns +
                              ") VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)";
    const QByteArray update = QByteArrayLiteral(
        "UPDATE bookings SET id = ?1, lead_id = ?2, start_ms = ?3, end_ms = ?4, status = ?5, "
        "has_lead = ?6, customer = ?7, phone = ?8, email = ?9, channel = ?10, service = ?11, "
        "meeting_url = ?12, search_text = ?13, search_digits = ?14, json = ?15 WHERE rowid = ?16");
    // The comparison runs inside SQLite: the cached JSON is never copied out.
    const char *lookup = "SELECT rowid, json = ?2 FROM bookings WHERE id = ?1";
    if (sqlite3_prepare_v3(m_db, lookup, -1, SQLITE_PREPARE_PERSISTENT, &m_lookup, nullptr) !=
            SQLITE_OK ||
        sqlite3_prepare_v3(m_db, insert.constData(), int(insert.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_insert, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v3(m_db, update.constData(), int(update.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_update, nullptr) != SQLITE_OK)
        return fail(error);
    return true;
}

std::optional<qint64> BookingWriter::rowOf(const QString &id, QString *error)
{
    bindText(m_lookup, 1, id);
    sqlite3_bind_null(m_lookup, 2);
    const int step = sqlite3_step(m_lookup);
    const qint64 row = step == SQLITE_ROW ? sqlite3_column_int64(m_lookup, 0) : 0;
    sqlite3_reset(m_lookup);
    if (step != SQLITE_ROW && step != SQLITE_DONE) {
        fail(error);
        return std::nullopt;
    }
    return row;
}

void BookingWriter::bindColumns(sqlite3_stmt *statement, const Booking &booking,
                                const QByteArray &json, const std::array<QString, 5> &texts)
{
    static const Lead kNoLead;
    const Lead &lead = booking.lead ? *booking.lead : kNoLead;
    // The row's texts go into one reused UTF-8 buffer: bound as UTF-16, each cost SQLite an
    // allocation and a conversion of its own, since the database is UTF-8.
    const std::pair<int, const QString *> columns[] = {
        {1, &booking.id},          {2, &booking.leadId}, {5, &texts[0]},  {7, &lead.name},
        {8, &lead.phone},          {9, &lead.email},     {10, &texts[1]}, {11, &texts[2]},
        {12, &booking.meetingUrl}, {13, &texts[3]},      {14, &texts[4]}};
    qsizetype needed = 0;
    for (const auto &[index, text] : columns)
        needed += m_encoder.requiredSpace(text->size());
    if (m_utf8.size() < needed)
        m_utf8.resize(needed);
    std::array<std::pair<qsizetype, qsizetype>, std::size(columns)> spans{};
    char *out = m_utf8.data();
    for (std::size_t i = 0; i < std::size(columns); ++i) {
        char *begin = out;
        out = m_encoder.appendToBuffer(out, *columns[i].second);
        spans[i] = {begin - m_utf8.constData(), out - begin};
    }
    for (std::size_t i = 0; i < std::size(columns); ++i) {
        const auto &[index, text] = columns[i];
        if (text->isNull())
            sqlite3_bind_null(statement, index);
        else
            sqlite3_bind_text(statement, index, m_utf8.constData() + spans[i].first,
                              int(spans[i].second), SQLITE_STATIC);
    }
    sqlite3_bind_int64(statement, 3, booking.startTime.toMSecsSinceEpoch());
    sqlite3_bind_int64(statement, 4, booking.endTime.toMSecsSinceEpoch());
    sqlite3_bind_int(statement, 6, booking.lead.has_value() ? 1 : 0);
    bindUtf8(statement, 15, json);
    static_assert(kColumnCount == 15);
}

std::optional<BookingWriter::Outcome> BookingWriter::write(const Booking &booking, bool insertFirst,
                                                           qint64 *rowid, QString *error)
{
    // A booking built in code has no JSON yet; the cache keeps what it would have said.
    const QByteArray json =
        booking.json.isEmpty()
            ? QJsonDocument(BookingJson::encode(booking)).toJson(QJsonDocument::Compact)
            : booking.json;
    // Bound texts are read while stepping: these live until the write is done. They are
    // only worked out for a booking that is written (folding the search text is not free).
    std::array<QString, 5> texts;
    const auto columns = [&](sqlite3_stmt *statement) {
        if (texts[0].isNull()) {
            texts = {
                BookingStatuses::wireName(booking.status),
                LeadInfo::wireName(booking.lead ? booking.lead->channel : LeadChannel::Unknown),
                booking.service(), SearchText::bookingText(booking),
                SearchText::bookingDigits(booking)};
        }
        bindColumns(statement, booking, json, texts);
    };
    if (insertFirst) {
        columns(m_insert);
        const int step = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (step == SQLITE_DONE) {
            *rowid = sqlite3_last_insert_rowid(m_db);
            return Outcome::Inserted;
        }
        if (sqlite3_extended_errcode(m_db) != SQLITE_CONSTRAINT_PRIMARYKEY) {
            fail(error);
            return std::nullopt;
        }
    }

    bindText(m_lookup, 1, booking.id);
    bindUtf8(m_lookup, 2, json);
    int step = sqlite3_step(m_lookup);
    const bool exists = step == SQLITE_ROW;
    const bool same = exists && sqlite3_column_int(m_lookup, 1) == 1;
    *rowid = exists ? sqlite3_column_int64(m_lookup, 0) : 0;
    sqlite3_reset(m_lookup);
    if (!exists && step != SQLITE_DONE) {
        fail(error);
        return std::nullopt;
    }
    if (same)
        return Outcome::Unchanged;

    sqlite3_stmt *statement = exists ? m_update : m_insert;
    columns(statement);
    if (exists)
        sqlite3_bind_int64(statement, 16, *rowid);
    step = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (step != SQLITE_DONE) {
        fail(error);
        return std::nullopt;
    }
    if (!exists)
        *rowid = sqlite3_last_insert_rowid(m_db);
    return exists ? Outcome::Changed : Outcome::Inserted;
}
