#include "bookingrowtable.h"

#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
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
    read(QStringLiteral(" WHERE start_ms < ? OR start_ms >= ?"), {fromMs, toMs}, &result);
    return byStart(std::move(result));
}

void BookingRowTable::read(const QString &where, const QVariantList &values,
                           QList<BookingRow> *out) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, start_ms, end_ms, status, has_lead, customer, phone, "
                                 "email, channel, service, meeting_url, search_text, "
                                 "search_digits, arrived_ms FROM bookings") +
                  where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        SqlValues::fail(nullptr, query);
        return;
    }
    // Statuses and channels repeat on every row: decode each wire name once.
    QHash<QString, BookingStatus> statuses;
    QHash<QString, LeadChannel> channels;
    while (query.next()) {
        if (m_cancel && out->size() % 1024 == 0 && m_cancel->load(std::memory_order_relaxed))
            return;
        BookingRow row;
        row.id = query.value(0).toString();
        row.startMs = query.value(1).toLongLong();
        row.endMs = query.value(2).toLongLong();
        const QString status = query.value(3).toString();
        auto knownStatus = statuses.constFind(status);
        if (knownStatus == statuses.cend()) {
            knownStatus = statuses.insert(
                status, BookingStatuses::fromWireName(status).value_or(BookingStatus::Confirmed));
        }
        row.status = *knownStatus;
        row.hasLead = query.value(4).toBool();
        const QString channel = query.value(8).toString();
        auto knownChannel = channels.constFind(channel);
        if (knownChannel == channels.cend())
            knownChannel = channels.insert(channel, LeadInfo::channelFromWireName(channel));
        row.channel = *knownChannel;
        row.setFields({query.value(5).toString(), query.value(6).toString(),
                       query.value(7).toString(), query.value(9).toString(),
                       query.value(10).toString()});
        row.searchText = query.value(11).toString();
        row.searchDigits = query.value(12).toString();
        row.arrivedMs = query.value(13).toLongLong();
        out->append(std::move(row));
    }
}
