#include "changeinboxmodel.h"

#include "bookingactions.h"
#include "bookingcache.h"
#include "bookingchange.h"
#include "timetext.h"

#include <QLocale>
#include <QSet>

ChangeInboxModel::ChangeInboxModel(const BookingCache *cache, BookingActions *actions,
                                   QObject *parent)
    : QAbstractTableModel(parent), m_cache(cache), m_actions(actions)
{
    if (m_actions) {
        connect(m_actions, &BookingActions::outboxChanged, this, &ChangeInboxModel::reload);
        // A request starting or ending turns an entry's "waiting" into "sending" and back.
        connect(m_actions, &BookingActions::bookingChanged, this, [this](const QString &id) {
            for (qsizetype row = 0; row < m_entries.size(); ++row) {
                if (m_entries.at(row).bookingId == id)
                    Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            }
        });
    }
    reload();
}

void ChangeInboxModel::setDisplayTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

void ChangeInboxModel::reload()
{
    const QList<OutboxEntry> fresh =
        m_cache && m_cache->isOpen() ? m_cache->outbox() : QList<OutboxEntry>();
    QSet<qint64> conflictsBefore;
    for (const OutboxEntry &entry : std::as_const(m_entries)) {
        if (entry.state == OutboxEntry::State::Conflict)
            conflictsBefore.insert(entry.id);
    }
    QSet<qint64> freshIds;
    for (const OutboxEntry &entry : fresh)
        freshIds.insert(entry.id);
    // Gone entries leave (from the back, so the rows before keep their numbers).
    for (qsizetype row = m_entries.size() - 1; row >= 0; --row) {
        if (!freshIds.contains(m_entries.at(row).id)) {
            beginRemoveRows({}, int(row), int(row));
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
    // Both lists are in outbox order (ids increase): kept entries are updated in place, new
    // ones come after them.
    for (const OutboxEntry &entry : fresh) {
        const int row = rowOf(entry.id);
        if (row >= 0) {
            if (!(m_entries.at(row) == entry)) {
                m_entries[row] = entry;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        const int at = int(m_entries.size());
        beginInsertRows({}, at, at);
        m_entries.append(entry);
        endInsertRows();
    }
    if (m_loaded) {
        for (const OutboxEntry &entry : std::as_const(m_entries)) {
            if (entry.state == OutboxEntry::State::Conflict && !conflictsBefore.contains(entry.id))
                Q_EMIT conflictAppeared(
                    entry.id, entry.bookingId,
                    tr("Conflict: %1 (%2) was changed elsewhere before this desk's change "
                       "reached the server. Open View › Changes to choose which to keep.")
                        .arg(bookingText(entry),
                             BookingChange::fromOutboxEntry(entry).describe(m_zone)));
        }
    }
    m_loaded = true;
    Q_EMIT countsChanged();
}

int ChangeInboxModel::count(State state) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [&](const OutboxEntry &entry) { return stateOf(entry) == state; }));
}

std::optional<OutboxEntry> ChangeInboxModel::entry(qint64 outboxId) const
{
    const int row = rowOf(outboxId);
    return row >= 0 ? std::optional<OutboxEntry>(m_entries.at(row)) : std::nullopt;
}

int ChangeInboxModel::rowOf(qint64 outboxId) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == outboxId)
            return int(row);
    }
    return -1;
}

ChangeInboxModel::State ChangeInboxModel::stateOf(const OutboxEntry &entry) const
{
    switch (entry.state) {
    case OutboxEntry::State::Conflict:
        return State::Conflict;
    case OutboxEntry::State::Failed:
        return State::Refused;
    case OutboxEntry::State::Pending:
        break;
    }
    return m_actions && m_actions->isPending(entry.bookingId) ? State::Sending : State::Waiting;
}

QString ChangeInboxModel::stateLabel(State state)
{
    switch (state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Sending:
        return tr("Sending");
    case State::Conflict:
        return tr("Conflict");
    case State::Refused:
        return tr("Refused");
    }
    return {};
}

QString ChangeInboxModel::bookingText(const OutboxEntry &entry) const
{
    const std::optional<Booking> booking =
        m_cache ? m_cache->booking(entry.bookingId) : std::nullopt;
    if (!booking)
        return tr("booking %1").arg(entry.bookingId);
    const QString customer =
        booking->lead && !booking->lead->name.isEmpty() ? booking->lead->name : tr("(no customer)");
    return tr("%1, %2").arg(customer, TimeText::dateTime(booking->startTime, m_zone));
}

int ChangeInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case StateColumn:
            return stateLabel(stateOf(entry));
        case BookingColumn:
            return bookingText(entry);
        case ChangeColumn:
            return BookingChange::fromOutboxEntry(entry).describe(m_zone);
        case MadeColumn:
            return TimeText::dateTime(entry.createdAt, m_zone);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && entry.state == OutboxEntry::State::Failed)
            return entry.error;
        return {};
    case OutboxIdRole:
        return entry.id;
    case StateRole:
        return int(stateOf(entry));
    case BookingIdRole:
        return entry.bookingId;
    default:
        return {};
    }
}

QVariant ChangeInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case BookingColumn:
        return tr("Booking");
    case ChangeColumn:
        return tr("Change");
    case MadeColumn:
        return tr("Made");
    }
    return {};
}
