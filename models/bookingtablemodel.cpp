#include "bookingtablemodel.h"

#include "bookingcache.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <array>

namespace {

// Statuses and channels sort by their translated label, as the user reads them.
template<typename Enum, std::size_t N>
std::array<int, N> labelRanks(const std::array<Enum, N> &values, QString (*label)(Enum))
{
    std::array<int, N> order{};
    for (std::size_t i = 0; i < N; ++i)
        order[i] = int(i);
    QCollator collator;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return collator.compare(label(values[a]), label(values[b])) < 0;
    });
    std::array<int, N> ranks{};
    for (std::size_t i = 0; i < N; ++i)
        ranks[std::size_t(int(values[order[i]]))] = int(i);
    return ranks;
}

int statusRank(BookingStatus status)
{
    static const auto ranks = labelRanks<BookingStatus, 5>(
        {BookingStatus::Confirmed, BookingStatus::Cancelled, BookingStatus::Rescheduled,
         BookingStatus::NoShow, BookingStatus::Completed},
        &BookingStatuses::label);
    return ranks[std::size_t(status)];
}

QString channelLabel(LeadChannel channel)
{
    return LeadInfo::label(channel);
}

int channelRank(LeadChannel channel)
{
    static const auto ranks = labelRanks<LeadChannel, 6>(
        {LeadChannel::Unknown, LeadChannel::WhatsApp, LeadChannel::Telegram, LeadChannel::Web,
         LeadChannel::Email, LeadChannel::Voice},
        &channelLabel);
    return ranks[std::size_t(channel)];
}

BookingRow::Field fieldOf(int column)
{
    switch (column) {
    case BookingTableModel::PhoneColumn:
        return BookingRow::Phone;
    case BookingTableModel::EmailColumn:
        return BookingRow::Email;
    case BookingTableModel::ServiceColumn:
        return BookingRow::Service;
    case BookingTableModel::MeetingColumn:
        return BookingRow::MeetingUrl;
    default:
        return BookingRow::Customer;
    }
}

template<typename T> int threeWay(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

BookingTableModel::BookingTableModel(const BookingCache *cache, QObject *parent)
    : QAbstractTableModel(parent), m_cache(cache)
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
    case ChannelColumn:
        return tr("Channel");
    case ServiceColumn:
        return tr("Service");
    case StatusColumn:
        return tr("Status");
    case MeetingColumn:
        return tr("Meeting link");
    default:
        return {};
    }
}

QVariant BookingTableModel::display(const BookingRow &row, int column) const
{
    switch (column) {
    case StartColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.startMs, m_zone),
                                  QLocale::ShortFormat);
    case DurationColumn: {
        const int minutes = int((row.endMs - row.startMs) / 60000);
        if (minutes < 60 || minutes % 60 != 0 || minutes > 24 * 60)
            return tr("%n min", nullptr, minutes);
        return tr("%n h", nullptr, minutes / 60);
    }
    case CustomerColumn:
        return row.hasLead ? row.field(BookingRow::Customer).toString() : tr("(no customer)");
    case ChannelColumn:
        return row.hasLead ? LeadInfo::label(row.channel) : QString();
    case StatusColumn:
        return BookingStatuses::label(row.status);
    default:
        return row.field(fieldOf(column)).toString();
    }
}

QVariant BookingTableModel::sortKey(const BookingRow &row, int column) const
{
    switch (column) {
    case StartColumn:
        return row.startMs;
    case DurationColumn:
        return row.endMs - row.startMs;
    case ChannelColumn:
        return channelRank(row.channel);
    case StatusColumn:
        return statusRank(row.status);
    default:
        return row.field(fieldOf(column)).toString();
    }
}

QVariant BookingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BookingRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StartColumn) {
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.startMs, m_zone),
                                      QLocale::LongFormat);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return BookingStatuses::color(row.status);
        return {};
    case BookingRole:
        if (m_cache) {
            if (auto booking = m_cache->booking(row.id))
                return QVariant::fromValue(*booking);
        }
        return {};
    case BookingIdRole:
        return row.id;
    case SortRole:
        return sortKey(row, index.column());
    case StartMsRole:
        return row.startMs;
    case StatusRole:
        return int(row.status);
    default:
        return {};
    }
}

int BookingTableModel::compare(int column, const BookingRow &a, const BookingRow &b)
{
    int result = 0;
    switch (column) {
    case StartColumn:
        break;
    case DurationColumn:
        result = threeWay(a.endMs - a.startMs, b.endMs - b.startMs);
        break;
    case ChannelColumn:
        result = threeWay(channelRank(a.channel), channelRank(b.channel));
        break;
    case StatusColumn:
        result = threeWay(statusRank(a.status), statusRank(b.status));
        break;
    default: {
        // Case-insensitive code-point order: a locale collator is ten times slower, too
        // slow for 100,000 rows within the sorting budget.
        const BookingRow::Field field = fieldOf(column);
        result = a.field(field).compare(b.field(field), Qt::CaseInsensitive);
        break;
    }
    }
    if (result == 0)
        result = threeWay(a.startMs, b.startMs);
    return result;
}

void BookingTableModel::reload()
{
    beginResetModel();
    m_rows = m_cache ? m_cache->rows() : QList<BookingRow>();
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    reindexFrom(0);
    endResetModel();
}

void BookingTableModel::applyWritten(const QStringList &inserted, const QStringList &changed)
{
    if (m_cache)
        upsertRows(m_cache->rows(inserted + changed));
}

void BookingTableModel::upsertRows(QList<BookingRow> rows)
{
    QList<BookingRow> added;
    for (BookingRow &row : rows) {
        const int at = m_rowById.value(row.id, -1);
        if (at < 0) {
            added.append(std::move(row));
            continue;
        }
        if (m_rows.at(at) == row)
            continue;
        m_rows[at] = std::move(row);
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (BookingRow &row : added) {
        m_rowById.insert(row.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

void BookingTableModel::applyRemoved(const QStringList &ids)
{
    QList<int> doomed;
    for (const QString &id : ids) {
        const int at = m_rowById.value(id, -1);
        if (at >= 0)
            doomed.append(at);
    }
    std::sort(doomed.begin(), doomed.end());
    doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
    // Contiguous runs from the back, so the rows of the runs still to come keep their numbers.
    qsizetype end = doomed.size();
    while (end > 0) {
        qsizetype begin = end - 1;
        while (begin > 0 && doomed.at(begin - 1) == doomed.at(begin) - 1)
            --begin;
        const int first = doomed.at(begin);
        const int last = doomed.at(end - 1);
        beginRemoveRows({}, first, last);
        for (int i = first; i <= last; ++i)
            m_rowById.remove(m_rows.at(i).id);
        m_rows.remove(first, last - first + 1);
        reindexFrom(first);
        endRemoveRows();
        end = begin;
    }
}

void BookingTableModel::reindexFrom(int first)
{
    for (int i = first; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

void BookingTableModel::setDisplayTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StartColumn), index(int(m_rows.size()) - 1, StartColumn));
}
