#include "auditlogtable.h"

#include "clock.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

AuditEntry entryFromRow(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = SqlValues::fromMs(query.value(1));
    entry.actor = query.value(2).toString();
    entry.bookingId = query.value(3).toString();
    entry.action = query.value(4).toString();
    entry.details = query.value(5).toString();
    entry.beforeJson = query.value(6).toByteArray();
    entry.afterJson = query.value(7).toByteArray();
    entry.result = query.value(8).toString();
    entry.message = query.value(9).toString();
    return entry;
}

} // namespace

std::optional<qint64> AuditLogTable::append(const AuditEntry &entry, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO audit_log (at_ms, actor, booking_id, action, details, before_json, "
        "after_json, result, message) VALUES (?,?,?,?,?,?,?,?,?)"));
    query.addBindValue(entry.at.isValid() ? entry.at.toMSecsSinceEpoch() : Clock::nowMs());
    query.addBindValue(entry.actor);
    query.addBindValue(entry.bookingId);
    query.addBindValue(entry.action);
    query.addBindValue(entry.details);
    // Text columns: the JSON stays readable with the sqlite3 shell.
    query.addBindValue(SqlValues::textOrNull(QString::fromUtf8(entry.beforeJson)));
    query.addBindValue(SqlValues::textOrNull(QString::fromUtf8(entry.afterJson)));
    query.addBindValue(entry.result);
    query.addBindValue(entry.message);
    if (!query.exec()) {
        SqlValues::fail(error, query);
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

QList<AuditEntry> AuditLogTable::entries(int limit, const QString &bookingId) const
{
    QList<AuditEntry> result;
    QSqlQuery query(m_db);
    QString sql = QStringLiteral(
        "SELECT id, at_ms, actor, booking_id, action, details, before_json, after_json, result, "
        "message FROM audit_log");
    if (!bookingId.isEmpty())
        sql += QStringLiteral(" WHERE booking_id = ?");
    // id breaks ties within one millisecond: insertion order is the order things happened.
    sql += QStringLiteral(" ORDER BY at_ms DESC, id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    query.prepare(sql);
    if (!bookingId.isEmpty())
        query.addBindValue(bookingId);
    if (!query.exec()) {
        SqlValues::fail(nullptr, query);
        return result;
    }
    while (query.next())
        result.append(entryFromRow(query));
    return result;
}

int AuditLogTable::count() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && query.next())
        return query.value(0).toInt();
    return 0;
}
