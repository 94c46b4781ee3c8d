#include "auditlogmodel.h"

#include "timetext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent)
{}

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const AuditEntry &a, const AuditEntry &b) {
                         return a.at != b.at ? a.at > b.at : a.id > b.id;
                     });
    m_customers.clear();
    for (const AuditEntry &entry : std::as_const(m_entries)) {
        const QByteArray &json = entry.beforeJson.isEmpty() ? entry.afterJson : entry.beforeJson;
        m_customers.append(QJsonDocument::fromJson(json)
                               .object()
                               .value(QLatin1String("lead"))
                               .toObject()
                               .value(QLatin1String("name"))
                               .toString());
    }
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionLabel(const QString &action)
{
    if (action == QLatin1String("reschedule"))
        return tr("Reschedule");
    if (action == QLatin1String("set_status"))
        return tr("Status change");
    if (action == QLatin1String("cancel"))
        return tr("Cancel");
    if (action == QLatin1String("edit"))
        return tr("Edit details");
    return action;
}

QString AuditLogModel::resultLabel(const QString &result)
{
    if (result == QLatin1String("applied"))
        return tr("Applied");
    if (result == QLatin1String("queued"))
        return tr("Queued");
    if (result == QLatin1String("conflict"))
        return tr("Conflict");
    if (result == QLatin1String("refused"))
        return tr("Refused");
    if (result == QLatin1String("discarded"))
        return tr("Discarded");
    return result;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    switch (role) {
    case EntryIdRole:
        return entry.id;
    case BeforeJsonRole:
        return entry.beforeJson;
    case AfterJsonRole:
        return entry.afterJson;
    case Qt::ToolTipRole:
        if (index.column() == BookingColumn)
            return entry.bookingId;
        return index.column() == MessageColumn || index.column() == DetailsColumn
                   ? data(index, Qt::DisplayRole)
                   : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return TimeText::dateTime(entry.at, QTimeZone::systemTimeZone());
    case ActorColumn:
        return entry.actor;
    case BookingColumn:
        // The customer says more than a UUID; the id is in the tooltip and the CSV.
        return m_customers.value(index.row()).isEmpty() ? entry.bookingId
                                                        : m_customers.value(index.row());
    case ActionColumn:
        return actionLabel(entry.action);
    case DetailsColumn:
        return entry.details;
    case ResultColumn:
        return resultLabel(entry.result);
    case MessageColumn:
        return entry.message;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("User");
    case BookingColumn:
        return tr("Booking");
    case ActionColumn:
        return tr("Action");
    case DetailsColumn:
        return tr("Details");
    case ResultColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}
