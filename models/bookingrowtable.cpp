#include "bookingrowtable.h"

#include "cachelogging.h"
#include "sqlitecolumn.h"
#include "sqlvalues.h"

#include <QScopeGuard>
#include <QStringDecoder>
#include <QVariant>

#include <algorithm>
#include <array>
#include <sqlite3.h>
#include <utility>
#include <vector>

namespace {

// SQLite's default limit on host parameters is 32766 (3.32+); stay far below it.
constexpr qsizetype kIdsPerQuery = 500;

// ORDER BY start_ms walks the start index and reads the table's pages in random order:
// at 100,000 bookings that costs 0.35 s more than a scan in rowid order and a sort here.
QList<BookingRow> byStart(QList<BookingRow> rows)
{
    // Start times gathered in one array: the sort then rarely touches the rows themselves.
    std::vector<std::pair<qint64, qsizetype>> order;
    order.reserve(std::size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i)
        order.emplace_back(rows.at(i).startMs, i);
    // Ties stay in rowid order: deterministic, and no string comparisons.
    std::sort(order.begin(), order.end());
    // Rows move into place cycle by cycle: a second list of 100,000 rows would cost 14 MB
    // of fresh pages at start-up.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (order[std::size_t(i)].second == i)
            continue;
        BookingRow carried = std::move(rows[i]);
        qsizetype to = i;
        while (true) {
            const qsizetype from = std::exchange(order[std::size_t(to)].second, to);
            if (from == i) {
                rows[to] = std::move(carried);
                break;
            }
            rows[to] = std::move(rows[from]);
            to = from;
        }
    }
    return rows;
}

} // namespace

QList<BookingRow> BookingRowTable::all() const
{
    QList<BookingRow> result;
    read({}, {}, &result);
    return byStart(std::move(result));
}

QList<BookingRow> BookingRowTable::rows(const QStringList &ids) const
{
    QList<BookingRow> result;
    for (qsizetype first = 0; first < ids.size(); first += kIdsPerQuery) {
        const QStringList chunk = ids.mid(first, kIdsPerQuery);
        QString marks = QStringLiteral("?");
        marks += QStringLiteral(",?").repeated(chunk.size() - 1);
        read(QStringLiteral(" WHERE id IN (") + marks + u')',
             QVariantList(chunk.cbegin(), chunk.cend()), &result);
    }
    return byStart(std::move(result));
}

QList<BookingRow> BookingRowTable::starting(qint64 fromMs, qint64 toMs) const
{
    QList<BookingRow> result;
    QVariantList values{fromMs, toMs};
    const QString statuses = SqlValues::anyStatus(&values);
    read(QStringLiteral(" WHERE start_ms >= ? AND start_ms < ? AND ") + statuses, values, &result);
    return byStart(std::move(result));
}

QList<BookingRow> BookingRowTable::notStarting(qint64 fromMs, qint64 toMs) const
{
    QList<BookingRow> result;
    // Nearly the whole table: a list grown by appends would leave 100,000 rows' worth of
    // freed buffers behind it (the loader's thread reads this, and its malloc arena keeps them).
    sqlite3_stmt *count = nullptr;
    if (m_db &&
        sqlite3_prepare_v2(m_db, "SELECT count(*) FROM bookings", -1, &count, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(count) == SQLITE_ROW)
        result.reserve(sqlite3_column_int64(count, 0));
    sqlite3_finalize(count);
    read(QStringLiteral(" WHERE start_ms < ? OR start_ms >= ?"), {fromMs, toMs}, &result);
    return byStart(std::move(result));
}

namespace {

// Wire names (statuses, channels) repeat on every row: each distinct one is decoded once.
template<typename Value> class WireNames
{
public:
    template<typename Decode> Value get(QByteArrayView name, Decode decode)
    {
        for (const auto &[known, value] : m_known) {
            if (known == name)
                return value;
        }
        const Value value = decode(QString::fromUtf8(name));
        if (m_known.size() < 64) // a corrupt cache could hold any number of them
            m_known.emplace_back(name.toByteArray(), value);
        return value;
    }

private:
    std::vector<std::pair<QByteArray, Value>> m_known;
};

} // namespace

// Straight from SQLite's column bytes into the row's own strings: through QSqlQuery every
// column was a QVariant and a QString first, and on the loader's thread those freed
// temporaries, scattered between the rows' strings, kept about 150 bytes a booking of its
// malloc arena in use (bench_mainwindow's memory per booking).
void BookingRowTable::read(const QString &where, const QVariantList &values,
                           QList<BookingRow> *out) const
{
    if (!m_db)
        return;
    const QByteArray sql = (QStringLiteral("SELECT id, start_ms, end_ms, status, has_lead, "
                                           "customer, phone, email, channel, service, "
                                           "meeting_url, search_text, search_digits, arrived_ms "
                                           "FROM bookings") +
                            where)
                               .toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
        qCWarning(lcCache, "reading the list rows failed: %s", sqlite3_errmsg(m_db));
        sqlite3_finalize(statement);
        return;
    }
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    for (int i = 0; i < int(values.size()); ++i) {
        const QVariant &value = values.at(i);
        if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()),
                              SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        }
    }
    WireNames<BookingStatus> statuses;
    WireNames<LeadChannel> channels;
    // The five display texts decoded into one scratch buffer, then copied once into the
    // row's own string of the exact size.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    std::vector<QChar> scratch;
    constexpr int kFieldColumns[BookingRow::FieldCount] = {5, 6, 7, 9, 10};
    int result = SQLITE_ROW;
    while ((result = sqlite3_step(statement)) == SQLITE_ROW) {
        if (m_cancel && out->size() % 1024 == 0 && m_cancel->load(std::memory_order_relaxed))
            return;
        BookingRow row;
        row.id = QString::fromUtf8(SqliteColumn::utf8(statement, 0));
        row.startMs = sqlite3_column_int64(statement, 1);
        row.endMs = sqlite3_column_int64(statement, 2);
        row.status = statuses.get(SqliteColumn::utf8(statement, 3), [](const QString &name) {
            return BookingStatuses::fromWireName(name).value_or(BookingStatus::Confirmed);
        });
        row.hasLead = sqlite3_column_int64(statement, 4) != 0;
        row.channel = channels.get(SqliteColumn::utf8(statement, 8), [](const QString &name) {
            return LeadInfo::channelFromWireName(name);
        });
        std::array<QByteArrayView, BookingRow::FieldCount> bytes;
        for (int i = 0; i < BookingRow::FieldCount; ++i)
            bytes[i] = SqliteColumn::utf8(statement, kFieldColumns[i]);
        row.setFieldsFromUtf8(bytes, utf8, scratch);
        row.searchText = SqliteColumn::utf8(statement, 11).toByteArray();
        row.searchDigits = SqliteColumn::utf8(statement, 12).toByteArray();
        row.arrivedMs = sqlite3_column_int64(statement, 13);
        out->append(std::move(row));
    }
    if (result != SQLITE_DONE)
        qCWarning(lcCache, "reading the list rows failed: %s", sqlite3_errmsg(m_db));
}
