#include "bookingrowtable.h"

#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

// SQLite's default limit on host parameters is 32766 (3.32+); stay far below it.
constexpr qsizetype kIdsPerQuery = 500;

} // namespace

QList<BookingRow> BookingRowTable::all() const
{
    QList<BookingRow> result;
    read({}, {}, &result);
    return result;
}

QList<BookingRow> BookingRowTable::rows(const QStringList &ids) const
{
    QList<BookingRow> result;
    for (qsizetype first = 0; first < ids.size(); first += kIdsPerQuery) {
        const QStringList chunk = ids.mid(first, kIdsPerQuery);
        QString marks = QStringLiteral("?");
        marks += QStringLiteral(",?").repeated(chunk.size() - 1);
        read(QStringLiteral(" WHERE id IN (") + marks + u')', chunk, &result);
    }
    return result;
}

void BookingRowTable::read(const QString &where, const QStringList &values,
                           QList<BookingRow> *out) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, start_ms, end_ms, status, has_lead, customer, phone, "
                                 "email, channel, service, meeting_url, search_text, "
                                 "search_digits FROM bookings") +
                  where + QStringLiteral(" ORDER BY start_ms, id"));
    for (const QString &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        SqlValues::fail(nullptr, query);
        return;
    }
    // Statuses and channels repeat on every row: decode each wire name once.
    QHash<QString, BookingStatus> statuses;
    QHash<QString, LeadChannel> channels;
    while (query.next()) {
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
        out->append(std::move(row));
    }
}
