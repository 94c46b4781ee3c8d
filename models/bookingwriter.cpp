#include "bookingwriter.h"

#include "arrival.h"
#include "booking.h"
#include "bookingjson.h"
#include "cachelogging.h"
#include "searchtext.h"

#include <QJsonDocument>

#include <sqlite3.h>

namespace {

// Column order of both writing statements; the update's row id comes last.
constexpr auto kColumns = "id, lead_id, start_ms, end_ms, status, has_lead, customer, phone, "
                          "email, channel, service, meeting_url, search_text, search_digits, json, "
                          "arrived_ms, list_hash, detail_ms";
constexpr int kColumnCount = 18;
constexpr int kArrivedMs = 16;
constexpr int kListHash = 17;
constexpr int kDetailMs = 18;
constexpr int kRowId = 19;
constexpr qint64 kFullRow = -1;   // detail_ms: the list row carried everything
constexpr qint64 kWantDetail = 0; // detail_ms: the full record is wanted

// SQLITE_STATIC: every text bound below outlives the statement's step (SQLite reads a
// binding only while stepping); step() clears the bindings right after, so no statement
// keeps pointing at a buffer that goes away.
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

// The cached record with the brief row's fields on top: what only the detail carries stays.
QByteArray merged(const char *cached, int size, const QByteArray &brief)
{
    QJsonObject record = QJsonDocument::fromJson(QByteArray::fromRawData(cached, size)).object();
    const QJsonObject row = QJsonDocument::fromJson(brief).object();
    for (auto it = row.constBegin(); it != row.constEnd(); ++it)
        record.insert(it.key(), it.value());
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

} // namespace

BookingWriter::BookingWriter(sqlite3 *db) : m_db(db)
{}

BookingWriter::~BookingWriter()
{
    sqlite3_finalize(m_lookup);
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_update);
    sqlite3_finalize(m_touchDetail);
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
    const QByteArray insert =
        QByteArrayLiteral("INSERT INTO bookings (") + kColumns +
        ") VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18)";
    const QByteArray update = QByteArrayLiteral(
        "UPDATE bookings SET id = ?1, lead_id = ?2, start_ms = ?3, end_ms = ?4, status = ?5, "
        "has_lead = ?6, customer = ?7, phone = ?8, email = ?9, channel = ?10, service = ?11, "
        "meeting_url = ?12, search_text = ?13, search_digits = ?14, json = ?15, "
        "arrived_ms = ?16, list_hash = ?17, detail_ms = ?18 WHERE rowid = ?19");
    // The comparison runs inside SQLite: the cached JSON is only copied out to merge a
    // changed brief row into it.
    const char *lookup = "SELECT rowid, json = ?2, list_hash, json FROM bookings WHERE id = ?1";
    const char *touch = "UPDATE bookings SET detail_ms = ?1 WHERE rowid = ?2";
    for (auto [sql, statement] :
         {std::pair{lookup, &m_lookup}, std::pair{insert.constData(), &m_insert},
          std::pair{update.constData(), &m_update}, std::pair{touch, &m_touchDetail}}) {
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, statement, nullptr) !=
            SQLITE_OK)
            return fail(error);
    }
    return true;
}

qint64 BookingWriter::listHash(const QByteArray &json)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const char byte : json) {
        hash ^= quint8(byte);
        hash *= 0x100000001b3ULL;
    }
    return hash == 0 ? 1 : qint64(hash);
}

std::optional<qint64> BookingWriter::rowOf(const QString &id, QString *error)
{
    bindText(m_lookup, 1, id);
    sqlite3_bind_null(m_lookup, 2);
    const int step = sqlite3_step(m_lookup);
    const qint64 row = step == SQLITE_ROW ? sqlite3_column_int64(m_lookup, 0) : 0;
    sqlite3_reset(m_lookup);
    sqlite3_clear_bindings(m_lookup);
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
    static_assert(std::tuple_size_v<decltype(m_spans)> == std::size(columns));
    char *out = m_utf8.data();
    for (std::size_t i = 0; i < std::size(columns); ++i) {
        char *begin = out;
        out = m_encoder.appendToBuffer(out, *columns[i].second);
        m_spans[i] = {begin - m_utf8.constData(), out - begin};
    }
    for (std::size_t i = 0; i < std::size(columns); ++i) {
        const auto &[index, text] = columns[i];
        if (text->isNull())
            sqlite3_bind_null(statement, index);
        else
            sqlite3_bind_text(statement, index, m_utf8.constData() + m_spans[i].first,
                              int(m_spans[i].second), SQLITE_STATIC);
    }
    sqlite3_bind_int64(statement, 3, booking.startTime.toMSecsSinceEpoch());
    sqlite3_bind_int64(statement, 4, booking.endTime.toMSecsSinceEpoch());
    sqlite3_bind_int(statement, 6, booking.lead.has_value() ? 1 : 0);
    bindUtf8(statement, 15, json);
    if (const std::optional<Arrival> arrival = Arrival::of(booking))
        sqlite3_bind_int64(statement, kArrivedMs, arrival->at.toMSecsSinceEpoch());
    else
        sqlite3_bind_null(statement, kArrivedMs);
    static_assert(kColumnCount == 18);
}

bool BookingWriter::step(sqlite3_stmt *statement, QString *error, bool quiet)
{
    const int result = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (result == SQLITE_DONE || result == SQLITE_ROW)
        return true;
    return quiet ? false : fail(error);
}

bool BookingWriter::store(const Booking &booking, const QByteArray &json, qint64 rowid,
                          qint64 listHash, qint64 detailMs, QString *error, bool quiet)
{
    // Worked out only for a booking that is written (folding the search text is not free).
    const std::array<QString, 5> texts = {
        BookingStatuses::wireName(booking.status),
        LeadInfo::wireName(booking.lead ? booking.lead->channel : LeadChannel::Unknown),
        booking.service(), SearchText::bookingText(booking), SearchText::bookingDigits(booking)};
    sqlite3_stmt *statement = rowid > 0 ? m_update : m_insert;
    bindColumns(statement, booking, json, texts);
    sqlite3_bind_int64(statement, kListHash, listHash);
    sqlite3_bind_int64(statement, kDetailMs, detailMs);
    if (rowid > 0)
        sqlite3_bind_int64(statement, kRowId, rowid);
    m_row = {};
    if (!step(statement, error, quiet))
        return false;
    if (m_buildRows)
        m_row = boundRow(booking);
    return true;
}

// The columns bindColumns() bound, as BookingRowTable reads them: the texts decoded from
// the bound UTF-8 (a string that does not survive UTF-8 comes out as the cache has it).
BookingRow BookingWriter::boundRow(const Booking &booking)
{
    // Spans of bindColumns()'s columns, in its order.
    enum Span { Id, Status = 2, Customer, Phone, Email, Channel, Service, MeetingUrl, Search, Digits };
    const auto bytes = [this](Span span) {
        return QByteArrayView(m_utf8.constData() + m_spans[span].first, m_spans[span].second);
    };
    BookingRow row;
    row.id = QString::fromUtf8(bytes(Id));
    row.startMs = booking.startTime.toMSecsSinceEpoch();
    row.endMs = booking.endTime.toMSecsSinceEpoch();
    row.status = booking.status;
    row.hasLead = booking.lead.has_value();
    row.channel = booking.lead ? booking.lead->channel : LeadChannel::Unknown;
    row.setFieldsFromUtf8(
        {bytes(Customer), bytes(Phone), bytes(Email), bytes(Service), bytes(MeetingUrl)},
        m_decoder, m_fieldScratch);
    row.searchText = bytes(Search).toByteArray();
    row.searchDigits = bytes(Digits).toByteArray();
    if (const std::optional<Arrival> arrival = Arrival::of(booking))
        row.arrivedMs = arrival->at.toMSecsSinceEpoch();
    return row;
}

std::optional<BookingWriter::Outcome>
BookingWriter::writeListRow(const Booking &booking, bool insertFirst, qint64 *rowid, QString *error)
{
    m_row = {};
    // A booking built in code has no JSON yet; the cache keeps what it would have said.
    const QByteArray json =
        booking.json.isEmpty()
            ? QJsonDocument(BookingJson::encode(booking)).toJson(QJsonDocument::Compact)
            : booking.json;
    const qint64 hash = booking.brief ? listHash(json) : 0;
    const qint64 detail = booking.brief ? kWantDetail : kFullRow;
    if (insertFirst) {
        // Quiet: a booking already cached (seen twice in one pass, or changed between
        // pages) fails the insert on its primary key and is updated below.
        if (store(booking, json, 0, hash, detail, nullptr, true)) {
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
    const int found = sqlite3_step(m_lookup);
    const bool exists = found == SQLITE_ROW;
    *rowid = exists ? sqlite3_column_int64(m_lookup, 0) : 0;
    // A full row is unchanged when its JSON is the cached one; a brief one when it hashes
    // like the last brief row (the cached JSON is the merged record then).
    const bool same = exists && (booking.brief ? sqlite3_column_int64(m_lookup, 2) == hash
                                               : sqlite3_column_int(m_lookup, 1) == 1);
    QByteArray record = json;
    if (exists && !same && booking.brief) {
        record = merged(static_cast<const char *>(sqlite3_column_blob(m_lookup, 3)),
                        sqlite3_column_bytes(m_lookup, 3), json);
    }
    sqlite3_reset(m_lookup);
    sqlite3_clear_bindings(m_lookup);
    if (!exists && found != SQLITE_DONE) {
        fail(error);
        return std::nullopt;
    }
    if (same)
        return Outcome::Unchanged;

    if (record != json) {
        // The merged record's columns (service, notes in the search text) are the cached
        // detail's; everything the row says wins.
        QString decodeError;
        std::optional<Booking> full = BookingJson::decodeRecord(record, &decodeError);
        if (!full) {
            qCWarning(lcCache).noquote()
                << "merging brief row" << booking.id << "failed:" << decodeError;
            full = booking;
            record = json;
        }
        if (!store(*full, record, *rowid, hash, detail, error))
            return std::nullopt;
    } else if (!store(booking, json, *rowid, hash, detail, error)) {
        return std::nullopt;
    }
    if (!exists)
        *rowid = sqlite3_last_insert_rowid(m_db);
    return exists ? Outcome::Changed : Outcome::Inserted;
}

std::optional<BookingWriter::Outcome>
BookingWriter::writeDetail(const Booking &booking, qint64 fetchedMs,
                           std::optional<qint64> expectedListHash, qint64 *rowid, QString *error)
{
    m_row = {};
    const QByteArray json =
        booking.json.isEmpty()
            ? QJsonDocument(BookingJson::encode(booking)).toJson(QJsonDocument::Compact)
            : booking.json;
    bindText(m_lookup, 1, booking.id);
    bindUtf8(m_lookup, 2, json);
    const int found = sqlite3_step(m_lookup);
    const bool exists = found == SQLITE_ROW;
    *rowid = exists ? sqlite3_column_int64(m_lookup, 0) : 0;
    const bool same = exists && sqlite3_column_int(m_lookup, 1) == 1;
    const qint64 cachedHash = exists ? sqlite3_column_int64(m_lookup, 2) : 0;
    sqlite3_reset(m_lookup);
    sqlite3_clear_bindings(m_lookup);
    if (!exists && found != SQLITE_DONE) {
        fail(error);
        return std::nullopt;
    }
    if (exists && expectedListHash && cachedHash != *expectedListHash)
        return Outcome::Stale;
    if (same) {
        sqlite3_bind_int64(m_touchDetail, 1, fetchedMs);
        sqlite3_bind_int64(m_touchDetail, 2, *rowid);
        if (!step(m_touchDetail, error))
            return std::nullopt;
        return Outcome::Unchanged;
    }
    // The list hash stays: it is the last brief row's, which the next pass compares with.
    if (!store(booking, json, *rowid, cachedHash, fetchedMs, error))
        return std::nullopt;
    if (!exists)
        *rowid = sqlite3_last_insert_rowid(m_db);
    return exists ? Outcome::Changed : Outcome::Inserted;
}
