#include "insightrecordtable.h"

#include "bookingdecoder.h"
#include "isodatetime.h"
#include "sqlitecolumn.h"

#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_map>

namespace {

QString textColumn(sqlite3_stmt *statement, int column)
{
    if (sqlite3_column_type(statement, column) != SQLITE_TEXT)
        return {};
    return QString::fromUtf8(SqliteColumn::utf8(statement, column));
}

// The distinct texts of a column as one shared QString each: 100,000 allocations of the same
// dozen services cost more than the figures, and Insights::compute finds a shared text by its
// address instead of hashing it.
class TextPool
{
public:
    QString get(sqlite3_stmt *statement, int column)
    {
        if (sqlite3_column_type(statement, column) != SQLITE_TEXT)
            return {};
        const QByteArrayView text = SqliteColumn::utf8(statement, column);
        const std::string_view key(text.data(), std::size_t(text.size()));
        const auto found = m_texts.find(key);
        if (found != m_texts.end())
            return found->second;
        const QString value = QString::fromUtf8(text);
        if (m_texts.size() < 100'000)
            m_texts.emplace(key, value);
        return value;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>()(text);
        }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_texts;
};

// created_at has no column: it is read out of the record's JSON, and nothing else of it.
std::optional<qint64> createdMsOf(QByteArrayView json)
{
    const std::optional<QString> text = BookingDecoder::topLevelString(json, "created_at");
    if (!text)
        return std::nullopt;
    const auto time = IsoDateTime::parse(*text);
    return time ? std::optional<qint64>(time->toMSecsSinceEpoch()) : std::nullopt;
}

} // namespace

// The range's records straight from the cache's columns, with created_at (which has no
// column) read out of the JSON: decoding every full booking cost ten times the figures, and
// SQLite's json_extract twice the scan. A full scan: the only index on start_ms is
// (status, start_ms), whose lookups read the table's pages again and again for a long range.
std::optional<QList<InsightRecord>> InsightRecordTable::read(qint64 fromMs, qint64 toMs) const
{
    sqlite3 *db = m_db;
    if (!db)
        return std::nullopt;
    // lead_id and channel are the decoded booking's: a lead id only inside "lead", and a
    // channel this client does not know (stored empty), come from the JSON as written.
    static const char *kSql =
        "SELECT id, "
        "CASE WHEN ifnull(lead_id, '') = '' AND has_lead THEN json_extract(json, '$.lead.id') "
        "ELSE lead_id END, customer, service, "
        "CASE WHEN ifnull(channel, '') = '' AND has_lead THEN json_extract(json, "
        "'$.lead.channel') ELSE channel END, "
        "start_ms, json, status, arrived_ms "
        "FROM bookings NOT INDEXED WHERE start_ms >= ?1 AND start_ms < ?2";
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, kSql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return std::nullopt;
    }
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    sqlite3_bind_int64(statement, 1, fromMs);
    sqlite3_bind_int64(statement, 2, toMs);

    std::array<QByteArray, 5> statusNames;
    for (BookingStatus status : BookingStatuses::all())
        statusNames[std::size_t(status)] = BookingStatuses::wireName(status).toLatin1();
    TextPool groups; // services and channels: a few dozen
    TextPool leads;  // a lead's bookings share its id
    TextPool names;
    QList<InsightRecord> records;
    int result = SQLITE_ROW;
    while ((result = sqlite3_step(statement)) == SQLITE_ROW) {
        const QByteArrayView status = SqliteColumn::utf8(statement, 7);
        const auto known = std::find(statusNames.cbegin(), statusNames.cend(), status);
        if (known == statusNames.cend())
            continue; // not a status of this client: the decoder would not have stored it
        InsightRecord record;
        record.id = textColumn(statement, 0);
        record.leadId = leads.get(statement, 1);
        record.leadName = names.get(statement, 2);
        record.service = groups.get(statement, 3);
        record.channel = groups.get(statement, 4);
        record.startMs = sqlite3_column_int64(statement, 5);
        if (sqlite3_column_type(statement, 6) == SQLITE_TEXT)
            record.createdMs = createdMsOf(SqliteColumn::utf8(statement, 6));
        record.status = BookingStatus(std::distance(statusNames.cbegin(), known));
        record.arrived = sqlite3_column_type(statement, 8) != SQLITE_NULL;
        records.append(std::move(record));
    }
    if (result != SQLITE_DONE)
        return std::nullopt;
    return records;
}
