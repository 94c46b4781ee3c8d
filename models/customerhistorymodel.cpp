#include "customerhistorymodel.h"

#include "timetext.h"

#include <QFont>
#include <QLocale>

CustomerHistoryModel::CustomerHistoryModel(QObject *parent) : QAbstractTableModel(parent)
{}

void CustomerHistoryModel::setHistory(const CustomerHistory &history)
{
    beginResetModel();
    m_history = history;
    endResetModel();
}

void CustomerHistoryModel::setDisplayTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, StartColumn), index(rowCount() - 1, StartColumn));
}

int CustomerHistoryModel::rowOf(const QString &bookingId) const
{
    const QList<Booking> &bookings = m_history.bookings();
    for (qsizetype row = 0; row < bookings.size(); ++row) {
        if (bookings.at(row).id == bookingId)
            return int(row);
    }
    return -1;
}

int CustomerHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.bookings().size());
}

int CustomerHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Booking &booking = m_history.bookings().at(index.row());
    const bool upcoming = m_history.isUpcoming(booking);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case StartColumn:
            return TimeText::dateTime(booking.startTime, m_zone);
        case StatusColumn:
            return upcoming ? tr("%1 (upcoming)").arg(BookingStatuses::label(booking.status))
                            : BookingStatuses::label(booking.status);
        case ServiceColumn:
            return booking.service().isEmpty() ? tr("(none)") : booking.service();
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(BookingStatuses::color(booking.status))
                                              : QVariant();
    case Qt::FontRole:
        if (upcoming) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case BookingIdRole:
        return booking.id;
    case UpcomingRole:
        return upcoming;
    default:
        return {};
    }
}

QVariant CustomerHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartColumn:
        return tr("When");
    case StatusColumn:
        return tr("Status");
    case ServiceColumn:
        return tr("Service");
    }
    return {};
}
