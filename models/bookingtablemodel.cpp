#include "bookingtablemodel.h"

#include "bookingcache.h"
#include "bookingjson.h"
#include "bookingrowloader.h"
#include "cachelogging.h"
#include "clock.h"
#include "customerhistory.h"
#include "timetext.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <array>
#include <utility>

namespace {

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

BookingTableModel::~BookingTableModel()
{
    stopLoading();
}

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
    case ArrivedColumn:
        return tr("Arrived");
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
        return TimeText::dateTime(QDateTime::fromMSecsSinceEpoch(row.startMs, m_zone), m_zone);
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
        return statusText(row, Qt::DisplayRole);
    case ArrivedColumn:
        return arrivedText(row);
    default:
        return row.field(fieldOf(column)).toString();
    }
}

QString BookingTableModel::arrivedText(const BookingRow &row) const
{
    if (row.arrivedMs == 0)
        return {};
    const QDateTime arrived = QDateTime::fromMSecsSinceEpoch(row.arrivedMs, m_zone);
    // The time alone on the booking's own day (the usual case), else the date too.
    if (arrived.date() == QDateTime::fromMSecsSinceEpoch(row.startMs, m_zone).date())
        return tr("✓ %1").arg(TimeText::timeOfDay(arrived, m_zone));
    return tr("✓ %1").arg(TimeText::dateTime(arrived, m_zone));
}

QVariant BookingTableModel::statusText(const BookingRow &row, int role) const
{
    const QString label = BookingStatuses::label(row.status);
    const bool tip = role == Qt::ToolTipRole;
    switch (syncMark(row.id)) {
    case SyncMark::Synced:
        return tip ? QVariant() : QVariant(label);
    case SyncMark::Sending:
        return tip ? tr("A change to this booking is being sent to the server.")
                   : tr("%1 · sending…").arg(label);
    case SyncMark::Pending:
        return tip ? tr("A change to this booking waits to be sent: the server could not be "
                        "reached. It is sent with the next sync.")
                   : tr("%1 · waiting to send").arg(label);
    case SyncMark::Conflict:
        return tip ? tr("The booking changed on the server after the desk changed it: open it "
                        "to choose which version to keep.")
                   : tr("%1 · conflict").arg(label);
    case SyncMark::Failed:
        return tip ? tr("The server refused a change to this booking: open it to see why.")
                   : tr("%1 · refused").arg(label);
    }
    return {};
}

QVariant BookingTableModel::sortKey(const BookingRow &row, int column) const
{
    switch (column) {
    case StartColumn:
        return row.startMs;
    case DurationColumn:
        return row.endMs - row.startMs;
    case ChannelColumn:
        return BookingRowRanks::channelRank(row.channel);
    case StatusColumn:
        return BookingRowRanks::statusRank(row.status);
    case ArrivedColumn:
        return row.arrivedMs;
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
            return TimeText::longDateTime(QDateTime::fromMSecsSinceEpoch(row.startMs, Qt::UTC),
                                          m_zone);
        }
        if (index.column() == CustomerColumn && recentNoShows(row.id) > 0)
            return CustomerHistory::warningText(recentNoShows(row.id));
        return index.column() == StatusColumn ? statusText(row, role) : QVariant();
    case Qt::FontRole:
        if (index.column() == StatusColumn && syncMark(row.id) != SyncMark::Synced) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return BookingStatuses::color(row.status);
        if (index.column() == CustomerColumn && recentNoShows(row.id) > 0)
            return m_warningIcon;
        return {};
    case Qt::AccessibleDescriptionRole:
        if (index.column() == CustomerColumn && recentNoShows(row.id) > 0)
            return CustomerHistory::warningText(recentNoShows(row.id));
        return {};
    case NoShowWarningRole:
        return recentNoShows(row.id);
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
    case SyncMarkRole:
        return int(syncMark(row.id));
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
        result = threeWay(BookingRowRanks::channelRank(a.channel),
                          BookingRowRanks::channelRank(b.channel));
        break;
    case StatusColumn:
        result =
            threeWay(BookingRowRanks::statusRank(a.status), BookingRowRanks::statusRank(b.status));
        break;
    case ArrivedColumn:
        result = threeWay(a.arrivedMs, b.arrivedMs);
        break;
    default: {
        // Case-insensitive code-point order: a locale collator is ten times slower, too
        // slow for 100,000 rows within the sorting budget.
        const BookingRow::Field field = fieldOf(column);
        result = BookingRowRanks::compareText(a.field(field), b.field(field));
        break;
    }
    }
    if (result == 0)
        result = threeWay(a.startMs, b.startMs);
    return result;
}

int BookingTableModel::compareRows(int column, int a, int b) const
{
    // Start times need no ranks: rows are loaded in start order, so a sort by start reads
    // them nearly in sequence (and start-up, which sorts by start, saves building them).
    if (column == StartColumn)
        return compare(column, m_rows.at(a), m_rows.at(b));
    BookingRowRanks &ranks = m_ranks[std::size_t(column)];
    switch (column) {
    case DurationColumn:
        ranks.ensureNumber(m_rows, [](const BookingRow &row) { return row.endMs - row.startMs; });
        break;
    case ChannelColumn:
        ranks.ensureNumber(m_rows, [](const BookingRow &row) {
            return qint64(BookingRowRanks::channelRank(row.channel));
        });
        break;
    case StatusColumn:
        ranks.ensureNumber(m_rows, [](const BookingRow &row) {
            return qint64(BookingRowRanks::statusRank(row.status));
        });
        break;
    case ArrivedColumn:
        ranks.ensureNumber(m_rows, [](const BookingRow &row) { return row.arrivedMs; });
        break;
    default:
        ranks.ensureText(m_rows, fieldOf(column));
        break;
    }
    const quint32 left = ranks.rank(a);
    const quint32 right = ranks.rank(b);
    if (left == BookingRowRanks::kStale || right == BookingRowRanks::kStale)
        return compare(column, m_rows.at(a), m_rows.at(b));
    return threeWay(left, right);
}

void BookingTableModel::markChanged(int row)
{
    ++m_generation;
    for (BookingRowRanks &ranks : m_ranks)
        ranks.markChanged(row);
}

void BookingTableModel::reload()
{
    stopLoading();
    beginResetModel();
    ++m_generation;
    m_rows = m_cache ? m_cache->rows() : QList<BookingRow>();
    m_asCached.clear();
    for (BookingRow &row : m_rows) {
        if (m_intents.contains(row.id))
            row = intended(std::move(row));
    }
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (BookingRowRanks &ranks : m_ranks)
        ranks.clear();
    reindexFrom(0);
    endResetModel();
    refreshNoShows();
}

void BookingTableModel::applyWritten(const QStringList &inserted, const QStringList &changed)
{
    if (!m_cache)
        return;
    if (m_loader) {
        m_touchedWhileLoading.unite(QSet<QString>(inserted.cbegin(), inserted.cend()));
        m_touchedWhileLoading.unite(QSet<QString>(changed.cbegin(), changed.cend()));
    }
    applyRows(m_cache->rows(inserted + changed));
    // A status written (a no-show marked, here or at another desk) can start or end a warning.
    refreshNoShows();
}

void BookingTableModel::applyRows(QList<BookingRow> rows)
{
    for (BookingRow &row : rows) {
        if (m_intents.contains(row.id))
            row = intended(std::move(row));
        else
            m_asCached.remove(row.id);
    }
    upsertRows(std::move(rows));
}

void BookingTableModel::refreshNoShows()
{
    if (!m_cache)
        return;
    applyNoShows(m_cache->noShowWarnings());
}

void BookingTableModel::applyNoShows(QHash<QString, int> counts)
{
    ++m_noShowsApplied;
    if (counts == m_noShows)
        return;
    QSet<QString> touched;
    for (auto it = m_noShows.cbegin(); it != m_noShows.cend(); ++it) {
        if (counts.value(it.key()) != it.value())
            touched.insert(it.key());
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (m_noShows.value(it.key()) != it.value())
            touched.insert(it.key());
    }
    m_noShows = std::move(counts);
    for (const QString &id : std::as_const(touched)) {
        const int at = rowOf(id);
        if (at >= 0)
            Q_EMIT dataChanged(index(at, CustomerColumn), index(at, CustomerColumn));
    }
}

BookingRow BookingTableModel::intended(BookingRow row) const
{
    const auto it = m_intents.constFind(row.id);
    if (it == m_intents.cend())
        return row;
    m_asCached.insert(row.id, row);
    if (it->startMs != 0 && it->endMs != 0) {
        row.startMs = it->startMs;
        row.endMs = it->endMs;
    }
    if (it->status)
        row.status = *it->status;
    return row;
}

void BookingTableModel::upsertRows(QList<BookingRow> rows)
{
    if (m_loader) {
        for (const BookingRow &row : std::as_const(rows))
            m_touchedWhileLoading.insert(row.id);
    }
    upsert(std::move(rows));
}

void BookingTableModel::upsert(QList<BookingRow> rows)
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
        markChanged(at);
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    ++m_generation;
    for (BookingRow &row : added) {
        m_rowById.insert(row.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

void BookingTableModel::applyRemoved(const QStringList &ids)
{
    if (m_loader)
        m_touchedWhileLoading.unite(QSet<QString>(ids.cbegin(), ids.cend()));
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
        ++m_generation;
        for (int i = first; i <= last; ++i)
            m_rowById.remove(m_rows.at(i).id);
        m_rows.remove(first, last - first + 1);
        for (BookingRowRanks &ranks : m_ranks)
            ranks.removeRows(first, last - first + 1);
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

void BookingTableModel::setSyncState(const QList<OutboxEntry> &outbox, const QSet<QString> &sending)
{
    QHash<QString, SyncMark> marks;
    for (const OutboxEntry &entry : outbox) {
        const SyncMark mark = entry.state == OutboxEntry::State::Conflict ? SyncMark::Conflict
                              : entry.state == OutboxEntry::State::Failed ? SyncMark::Failed
                                                                          : SyncMark::Pending;
        // Several changes to one booking: show the one that needs the receptionist most.
        SyncMark &shown = marks[entry.bookingId];
        shown = std::max(shown, mark);
    }
    for (const QString &id : sending) {
        if (marks.value(id, SyncMark::Synced) < SyncMark::Conflict)
            marks.insert(id, SyncMark::Sending);
    }
    setSyncMarks(marks);

    // What waiting changes will do, applied in replay order. A conflict or a refusal shows the
    // server's version: whether the desk's change happens is still open.
    QHash<QString, Intent> intents;
    for (const OutboxEntry &entry : outbox) {
        if (entry.state != OutboxEntry::State::Pending)
            continue;
        Intent &intent = intents[entry.bookingId];
        if (entry.action == OutboxEntry::Action::Cancel) {
            intent.status = BookingStatus::Cancelled;
            continue;
        }
        const auto time = [&](const char *key) -> qint64 {
            const std::optional<QDateTime> parsed =
                BookingJson::parseDateTime(entry.payload.value(QLatin1String(key)).toString());
            return parsed && parsed->isValid() ? parsed->toMSecsSinceEpoch() : 0;
        };
        const qint64 start = time("start_time");
        const qint64 end = time("end_time");
        if (start != 0 && end > start) {
            intent.startMs = start;
            intent.endMs = end;
        }
        if (const auto status = BookingStatuses::fromWireName(
                entry.payload.value(QLatin1String("status")).toString()))
            intent.status = *status;
    }
    for (auto it = intents.begin(); it != intents.end();) {
        if (it->startMs == 0 && !it->status)
            it = intents.erase(it);
        else
            ++it;
    }
    if (intents.keys() == m_intents.keys() && [&] {
            for (auto it = intents.cbegin(); it != intents.cend(); ++it) {
                const Intent &old = m_intents[it.key()];
                if (old.startMs != it->startMs || old.endMs != it->endMs ||
                    old.status != it->status)
                    return false;
            }
            return true;
        }())
        return;
    QSet<QString> touched(m_intents.keyBegin(), m_intents.keyEnd());
    for (auto it = intents.cbegin(); it != intents.cend(); ++it)
        touched.insert(it.key());
    m_intents = std::move(intents);
    QList<BookingRow> rows;
    for (const QString &id : std::as_const(touched)) {
        const int at = rowOf(id);
        if (at < 0)
            continue;
        // The cached row, then the intent (if any is left) over it.
        BookingRow row = m_asCached.value(id, m_rows.at(at));
        m_asCached.remove(id);
        rows.append(intended(std::move(row)));
    }
    upsertRows(std::move(rows));
}

void BookingTableModel::setSyncMarks(const QHash<QString, SyncMark> &marks)
{
    QStringList changed;
    for (auto it = m_syncMarks.cbegin(); it != m_syncMarks.cend(); ++it) {
        if (marks.value(it.key(), SyncMark::Synced) != it.value())
            changed.append(it.key());
    }
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        if (!m_syncMarks.contains(it.key()) && it.value() != SyncMark::Synced)
            changed.append(it.key());
    }
    m_syncMarks.clear();
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        if (it.value() != SyncMark::Synced)
            m_syncMarks.insert(it.key(), it.value());
    }
    for (const QString &id : std::as_const(changed)) {
        const int at = rowOf(id);
        if (at >= 0)
            Q_EMIT dataChanged(index(at, StatusColumn), index(at, StatusColumn));
    }
}

void BookingTableModel::setDisplayTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StartColumn), index(int(m_rows.size()) - 1, StartColumn));
}
