#include "bookingtablemodel.h"

#include <QLocale>

BookingTableModel::BookingTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

int BookingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BookingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartColumn:
        return tr("Start");
    case DurationColumn:
        return tr("Duration");
    case CustomerColumn:
        return tr("Customer");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    case ServiceColumn:
        return tr("Service");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QVariant BookingTableModel::display(const Booking &booking, int column) const
{
    switch (column) {
    case StartColumn:
        return QLocale().toString(booking.startTime.toTimeZone(m_zone), QLocale::ShortFormat);
    case DurationColumn:
        return tr("%n min", nullptr, int(booking.durationSecs() / 60));
    case CustomerColumn:
        return booking.lead ? booking.lead->name : tr("(no customer)");
    case PhoneColumn:
        return booking.lead ? booking.lead->phone : QString();
    case EmailColumn:
        return booking.lead ? booking.lead->email : QString();
    case ServiceColumn:
        return booking.service();
    case StatusColumn:
        return BookingStatuses::label(booking.status);
    default:
        return {};
    }
}

QVariant BookingTableModel::sortKey(const Booking &booking, int column) const
{
    switch (column) {
    case StartColumn:
        return booking.startTime.toMSecsSinceEpoch();
    case DurationColumn:
        return booking.durationSecs();
    case StatusColumn:
        return int(booking.status);
    default:
        return display(booking, column);
    }
}

QVariant BookingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Booking &booking = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(booking, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return BookingStatuses::color(booking.status);
        return {};
    case BookingRole:
        return QVariant::fromValue(booking);
    case BookingIdRole:
        return booking.id;
    case SortRole:
        return sortKey(booking, index.column());
    default:
        return {};
    }
}

void BookingTableModel::upsert(const QList<Booking> &bookings)
{
    QList<Booking> added;
    for (const Booking &booking : bookings) {
        const int row = m_rowById.value(booking.id, -1);
        if (row < 0) {
            added.append(booking);
            continue;
        }
        if (m_rows.at(row) == booking)
            continue;
        m_rows[row] = booking;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (Booking &booking : added) {
        m_rowById.insert(booking.id, int(m_rows.size()));
        m_rows.append(std::move(booking));
    }
    endInsertRows();
}

void BookingTableModel::remove(const QList<QString> &ids)
{
    for (const QString &id : ids) {
        const int row = m_rowById.value(id, -1);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_rowById.remove(id);
        for (int i = row; i < m_rows.size(); ++i)
            m_rowById[m_rows.at(i).id] = i;
        endRemoveRows();
    }
}

const Booking *BookingTableModel::booking(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void BookingTableModel::setDisplayTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StartColumn), index(int(m_rows.size()) - 1, StartColumn));
}
