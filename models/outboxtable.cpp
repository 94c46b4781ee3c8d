#include "outboxtable.h"

#include "clock.h"
#include "sqlvalues.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

const char *actionName(OutboxEntry::Action action)
{
    return action == OutboxEntry::Action::Cancel ? "cancel" : "patch";
}

const char *stateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return "pending";
    case OutboxEntry::State::Conflict:
        return "conflict";
    case OutboxEntry::State::Failed:
        return "failed";
    }
    return "pending";
}

OutboxEntry::State stateFromName(const QString &name)
{
    if (name == QLatin1String("conflict"))
        return OutboxEntry::State::Conflict;
    if (name == QLatin1String("failed"))
        return OutboxEntry::State::Failed;
    return OutboxEntry::State::Pending;
}

constexpr auto kOutboxColumns =
    "id, booking_id, action, payload, base_status, base_updated_ms, base_json, created_ms, "
    "state, error, server_json, attempts";

OutboxEntry outboxFromRow(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.bookingId = query.value(1).toString();
    entry.action = query.value(2).toString() == QLatin1String("cancel")
                       ? OutboxEntry::Action::Cancel
                       : OutboxEntry::Action::Patch;
    entry.payload = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    entry.baseStatus = query.value(4).toString();
    entry.baseUpdatedAt = SqlValues::fromMs(query.value(5));
    entry.baseJson = query.value(6).toByteArray();
    entry.createdAt = SqlValues::fromMs(query.value(7));
    entry.state = stateFromName(query.value(8).toString());
    entry.error = query.value(9).toString();
    entry.serverJson = query.value(10).toByteArray();
    entry.attempts = query.value(11).toInt();
    return entry;
}

} // namespace

std::optional<qint64> OutboxTable::enqueue(const OutboxEntry &entry, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO outbox (booking_id, action, payload, base_status, base_updated_ms, "
        "base_json, created_ms, state, error, server_json, attempts) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    query.addBindValue(entry.bookingId);
    query.addBindValue(QString::fromLatin1(actionName(entry.action)));
    query.addBindValue(QJsonDocument(entry.payload).toJson(QJsonDocument::Compact));
    query.addBindValue(entry.baseStatus);
    query.addBindValue(SqlValues::msOrNull(entry.baseUpdatedAt));
    query.addBindValue(entry.baseJson);
    query.addBindValue(entry.createdAt.isValid() ? entry.createdAt.toMSecsSinceEpoch()
                                                 : Clock::nowMs());
    query.addBindValue(QString::fromLatin1(stateName(entry.state)));
    query.addBindValue(entry.error);
    query.addBindValue(entry.serverJson);
    query.addBindValue(entry.attempts);
    if (!query.exec()) {
        SqlValues::fail(error, query);
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

QList<OutboxEntry> OutboxTable::all() const
{
    QList<OutboxEntry> result;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT %1 FROM outbox ORDER BY id")
                        .arg(QLatin1String(kOutboxColumns)))) {
        SqlValues::fail(nullptr, query);
        return result;
    }
    while (query.next())
        result.append(outboxFromRow(query));
    return result;
}

std::optional<OutboxEntry> OutboxTable::entry(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(kOutboxColumns)));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return outboxFromRow(query);
    return std::nullopt;
}

bool OutboxTable::update(const OutboxEntry &entry, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE outbox SET payload = ?, state = ?, error = ?, server_json = ?, attempts = ?, "
        "base_status = ?, base_updated_ms = ?, base_json = ? WHERE id = ?"));
    query.addBindValue(QJsonDocument(entry.payload).toJson(QJsonDocument::Compact));
    query.addBindValue(QString::fromLatin1(stateName(entry.state)));
    query.addBindValue(entry.error);
    query.addBindValue(entry.serverJson);
    query.addBindValue(entry.attempts);
    query.addBindValue(entry.baseStatus);
    query.addBindValue(SqlValues::msOrNull(entry.baseUpdatedAt));
    query.addBindValue(entry.baseJson);
    query.addBindValue(entry.id);
    return query.exec() || SqlValues::fail(error, query);
}

bool OutboxTable::remove(qint64 id, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() || SqlValues::fail(error, query);
}
