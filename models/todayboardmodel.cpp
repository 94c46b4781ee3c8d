#include "todayboardmodel.h"

#include "arrival.h"
#include "customerhistory.h"
#include "timetext.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace {

bool isOpen(BookingStatus status)
{
    return status == BookingStatus::Confirmed || status == BookingStatus::Rescheduled;
}

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(u'\n');
    return end < 0 ? text : text.left(end) + QStringLiteral(" …");
}

} // namespace

TodayBoardModel::TodayBoardModel(QObject *parent) : QAbstractItemModel(parent)
{}

TodayBoardModel::Group TodayBoardModel::groupOf(const Booking &booking, const QDateTime &now,
                                                int graceMinutes)
{
    if (booking.status == BookingStatus::Cancelled)
        return Group::Cancelled;
    if (!isOpen(booking.status) || now >= booking.endTime)
        return Group::Done;
    const bool started = now >= booking.startTime;
    if (Arrival::of(booking))
        return started ? Group::InProgress : Group::Waiting;
    if (started && booking.startTime.secsTo(now) > qint64(graceMinutes) * 60)
        return Group::Late;
    return Group::UpNext;
}

std::optional<BookingAction> TodayBoardModel::nextAction(const Booking &booking, Group group,
                                                         const QDateTime &now)
{
    std::optional<BookingAction> action;
    switch (group) {
    case Group::Late:
    case Group::UpNext:
        action = BookingAction::Arrive;
        break;
    case Group::InProgress:
        action = BookingAction::Completed;
        break;
    case Group::Waiting:
    case Group::Done:
    case Group::Cancelled:
        break;
    }
    // Only what the rules allow now (an arrival is not taken three hours ahead).
    if (action && !BookingRules::allows(*action, booking, now))
        action.reset();
    return action;
}

QString TodayBoardModel::groupName(Group group)
{
    switch (group) {
    case Group::Late:
        return tr("Late");
    case Group::UpNext:
        return tr("Up next");
    case Group::Waiting:
        return tr("Arrived, waiting");
    case Group::InProgress:
        return tr("In progress");
    case Group::Done:
        return tr("Done today");
    case Group::Cancelled:
        return tr("Cancelled today");
    }
    return {};
}

void TodayBoardModel::setBookings(const QList<Booking> &bookings)
{
    QHash<QString, Booking> next;
    next.reserve(bookings.size());
    for (const Booking &booking : bookings)
        next.insert(booking.id, booking);
    // Bookings that leave stay readable until their rows are gone: views (and the model
    // tester) read rows while they are being moved and removed.
    for (auto it = m_bookings.cbegin(); it != m_bookings.cend(); ++it) {
        if (!next.contains(it.key())) {
            m_leaving.insert(it.key());
            next.insert(it.key(), it.value());
        }
    }
    m_bookings.swap(next);
    regroup();
    for (const QString &id : std::as_const(m_leaving))
        m_bookings.remove(id);
    m_leaving.clear();
}

void TodayBoardModel::setNow(const QDateTime &now)
{
    m_now = now;
    regroup();
}

void TodayBoardModel::setGraceMinutes(int minutes)
{
    m_graceMinutes = std::max(0, minutes);
    regroup();
}

void TodayBoardModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    regroup();
}

void TodayBoardModel::regroup()
{
    // Where every booking belongs now, by start within its group.
    std::array<QList<QString>, kGroupCount> target;
    for (auto it = m_bookings.cbegin(); it != m_bookings.cend(); ++it) {
        if (!m_leaving.contains(it.key()))
            target[std::size_t(groupOf(*it, m_now, m_graceMinutes))].append(it.key());
    }
    for (QList<QString> &ids : target) {
        std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
            const QDateTime &left = m_bookings.constFind(a)->startTime;
            const QDateTime &right = m_bookings.constFind(b)->startTime;
            return left != right ? left < right : a < b;
        });
    }
    const std::array<int, kGroupCount> before = [this] {
        std::array<int, kGroupCount> counts{};
        for (int g = 0; g < kGroupCount; ++g)
            counts[std::size_t(g)] = int(m_groups[std::size_t(g)].size());
        return counts;
    }();

    // Position by position: a booking found elsewhere is moved there (its selection goes
    // with it), a new one inserted; what is left over afterwards has gone.
    const auto locate = [this](const QString &id, int *group, int *row) {
        for (int g = 0; g < kGroupCount; ++g) {
            const qsizetype at = m_groups[std::size_t(g)].indexOf(id);
            if (at >= 0) {
                *group = g;
                *row = int(at);
                return true;
            }
        }
        return false;
    };
    for (int g = 0; g < kGroupCount; ++g) {
        QList<QString> &ids = m_groups[std::size_t(g)];
        const QModelIndex parent = index(g, 0);
        for (int i = 0; i < target[std::size_t(g)].size(); ++i) {
            const QString &id = target[std::size_t(g)].at(i);
            if (i < ids.size() && ids.at(i) == id)
                continue;
            int fromGroup = -1;
            int fromRow = -1;
            if (!locate(id, &fromGroup, &fromRow)) {
                beginInsertRows(parent, i, i);
                ids.insert(i, id);
                endInsertRows();
                continue;
            }
            beginMoveRows(index(fromGroup, 0), fromRow, fromRow, parent, i);
            m_groups[std::size_t(fromGroup)].removeAt(fromRow);
            ids.insert(i, id);
            endMoveRows();
        }
    }
    // Trimmed only now: a group's leftovers may still have moved to a later group above.
    for (int g = 0; g < kGroupCount; ++g) {
        QList<QString> &ids = m_groups[std::size_t(g)];
        const qsizetype keep = target[std::size_t(g)].size();
        if (ids.size() > keep) {
            beginRemoveRows(index(g, 0), int(keep), int(ids.size()) - 1);
            ids.resize(keep);
            endRemoveRows();
        }
    }
    // Texts follow the clock ("in 5 min") and the bookings' own changes.
    for (int g = 0; g < kGroupCount; ++g) {
        const QModelIndex parent = index(g, 0);
        Q_EMIT dataChanged(index(g, 0), index(g, ColumnCount - 1));
        if (!m_groups[std::size_t(g)].isEmpty())
            Q_EMIT dataChanged(index(0, 0, parent), index(int(m_groups[std::size_t(g)].size()) - 1,
                                                          ColumnCount - 1, parent));
    }
    for (int g = 0; g < kGroupCount; ++g) {
        if (before[std::size_t(g)] != m_groups[std::size_t(g)].size()) {
            Q_EMIT countsChanged();
            break;
        }
    }
}

QModelIndex TodayBoardModel::indexOf(const QString &id, int column) const
{
    for (int g = 0; g < kGroupCount; ++g) {
        const qsizetype row = m_groups[std::size_t(g)].indexOf(id);
        if (row >= 0)
            return index(int(row), column, index(g, 0));
    }
    return {};
}

std::optional<Booking> TodayBoardModel::booking(const QString &id) const
{
    const auto it = m_bookings.constFind(id);
    return it == m_bookings.cend() ? std::nullopt : std::optional<Booking>(*it);
}

QModelIndex TodayBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < kGroupCount ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= kGroupCount)
        return {};
    return row < m_groups[std::size_t(parent.row())].size()
               ? createIndex(row, column, quintptr(parent.row() + 1))
               : QModelIndex();
}

QModelIndex TodayBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int TodayBoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kGroupCount;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[std::size_t(parent.row())].size());
}

int TodayBoardModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TodayBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case CustomerColumn:
        return tr("Customer");
    case ServiceColumn:
        return tr("Service");
    case PhoneColumn:
        return tr("Phone");
    case NotesColumn:
        return tr("Notes");
    case StateColumn:
        return tr("State");
    case NextColumn:
        return tr("Next");
    default:
        return {};
    }
}

QVariant TodayBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Group group = Group(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0 ? tr("%1 (%2)").arg(groupName(group)).arg(count(group))
                                       : QVariant();
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case GroupRole:
            return int(group);
        case IsGroupRole:
            return true;
        case NextActionRole:
            return -1;
        default:
            return {};
        }
    }
    const Group group = Group(index.internalId() - 1);
    const QString &id = m_groups[std::size_t(group)].at(index.row());
    const Booking &booking = *m_bookings.constFind(id);
    switch (role) {
    case BookingIdRole:
        return id;
    case GroupRole:
        return int(group);
    case IsGroupRole:
        return false;
    case NextActionRole: {
        const auto action = nextAction(booking, group, m_now);
        return action ? int(*action) : -1;
    }
    default:
        return bookingData(booking, group, index.column(), role);
    }
}

QString TodayBoardModel::timeText(const QDateTime &time) const
{
    return TimeText::timeOfDay(time, m_zone);
}

QVariant TodayBoardModel::bookingData(const Booking &booking, Group group, int column,
                                      int role) const
{
    if (role == Qt::ToolTipRole && column == NotesColumn)
        return booking.notes();
    if (role == Qt::ForegroundRole && column == StateColumn && group == Group::Late)
        return QColor(0xb0, 0x2a, 0x37);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const QString customer =
        booking.lead && !booking.lead->name.isEmpty() ? booking.lead->name : tr("(no customer)");
    switch (column) {
    case TimeColumn:
        return tr("%1–%2").arg(timeText(booking.startTime), timeText(booking.endTime));
    case CustomerColumn:
        if (const int noShows = m_noShows.value(booking.id))
            return tr("%1 (⚠ %2)").arg(customer, CustomerHistory::warningText(noShows));
        return customer;
    case ServiceColumn:
        return booking.service();
    case PhoneColumn:
        return booking.lead ? booking.lead->phone : QString();
    case NotesColumn:
        return firstLine(booking.notes());
    case StateColumn:
        return stateText(booking, group);
    case NextColumn: {
        const auto action = nextAction(booking, group, m_now);
        return action ? BookingRules::actionName(*action) : QString();
    }
    default:
        return {};
    }
}

QString TodayBoardModel::stateText(const Booking &booking, Group group) const
{
    const auto minutes = [](qint64 secs) { return int(std::max<qint64>(0, secs / 60)); };
    switch (group) {
    case Group::Late:
        return tr("%n min late", nullptr, minutes(booking.startTime.secsTo(m_now)));
    case Group::UpNext: {
        if (m_now >= booking.startTime)
            return tr("started %n min ago", nullptr, minutes(booking.startTime.secsTo(m_now)));
        const int until = minutes(m_now.secsTo(booking.startTime)) + 1;
        if (until < 60)
            return tr("in %n min", nullptr, until);
        return tr("in %1 h %2 min").arg(until / 60).arg(until % 60);
    }
    case Group::Waiting:
        return tr("waiting since %1").arg(timeText(Arrival::of(booking)->at));
    case Group::InProgress:
        return tr("until %1").arg(timeText(booking.endTime));
    case Group::Done:
        return isOpen(booking.status) ? tr("ended") : BookingStatuses::label(booking.status);
    case Group::Cancelled:
        return BookingStatuses::label(booking.status);
    }
    return {};
}
