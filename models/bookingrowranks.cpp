#include "bookingrowranks.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

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

QString channelLabel(LeadChannel channel)
{
    return LeadInfo::label(channel);
}

} // namespace

int BookingRowRanks::statusRank(BookingStatus status)
{
    static const auto ranks = labelRanks<BookingStatus, 5>(
        {BookingStatus::Confirmed, BookingStatus::Cancelled, BookingStatus::Rescheduled,
         BookingStatus::NoShow, BookingStatus::Completed},
        &BookingStatuses::label);
    return ranks[std::size_t(status)];
}

int BookingRowRanks::channelRank(LeadChannel channel)
{
    static const auto ranks = labelRanks<LeadChannel, 6>(
        {LeadChannel::Unknown, LeadChannel::WhatsApp, LeadChannel::Telegram, LeadChannel::Web,
         LeadChannel::Email, LeadChannel::Voice},
        &channelLabel);
    return ranks[std::size_t(channel)];
}

bool BookingRowRanks::isFresh(const QList<BookingRow> &rows) const
{
    const qsizetype stale = m_marked + rows.size() - qsizetype(m_ranks.size());
    // A few stale rows cost a few slow comparisons each; past that a rebuild is cheaper.
    return m_built && stale <= rows.size() / 16 + 64;
}

template<typename Less, typename Same>
void BookingRowRanks::assign(std::vector<quint32> &order, Less less, Same same)
{
    std::sort(order.begin(), order.end(), less);
    m_ranks.assign(order.size(), 0);
    quint32 rank = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && !same(order[i - 1], order[i]))
            ++rank;
        m_ranks[order[i]] = rank;
    }
    m_marked = 0;
    m_built = true;
}

void BookingRowRanks::ensureText(const QList<BookingRow> &rows, BookingRow::Field field)
{
    if (isFresh(rows))
        return;
    // All keys in one buffer, folded in one pass: 100,000 separate strings would cost as
    // much in allocations as the sort itself. Start times in one array for the ties.
    QString keys;
    std::vector<quint32> ends(std::size_t(rows.size()));
    std::vector<qint64> starts(ends.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        keys += rows.at(i).field(field);
        ends[std::size_t(i)] = quint32(keys.size());
        starts[std::size_t(i)] = rows.at(i).startMs;
    }
    keys = std::move(keys).toCaseFolded();
    const auto key = [&](quint32 row) {
        const quint32 begin = row == 0 ? 0 : ends[row - 1];
        return QStringView(keys).mid(begin, ends[row] - begin);
    };
    std::vector<quint32> order(ends.size());
    std::iota(order.begin(), order.end(), 0u);
    assign(
        order,
        [&](quint32 a, quint32 b) {
            const int result = key(a).compare(key(b));
            return result != 0 ? result < 0 : starts[a] < starts[b];
        },
        [&](quint32 a, quint32 b) { return starts[a] == starts[b] && key(a) == key(b); });
}

void BookingRowRanks::ensureNumber(const QList<BookingRow> &rows, NumberKey number)
{
    if (isFresh(rows))
        return;
    struct Key
    {
        qint64 value;
        qint64 start;
        bool operator==(const Key &) const = default;
        auto operator<=>(const Key &) const = default;
    };
    std::vector<Key> keys(std::size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i)
        keys[std::size_t(i)] = {number(rows.at(i)), rows.at(i).startMs};
    std::vector<quint32> order(keys.size());
    std::iota(order.begin(), order.end(), 0u);
    assign(
        order, [&](quint32 a, quint32 b) { return keys[a] < keys[b]; },
        [&](quint32 a, quint32 b) { return keys[a] == keys[b]; });
}

void BookingRowRanks::markChanged(qsizetype row)
{
    if (row < qsizetype(m_ranks.size()) && m_ranks[std::size_t(row)] != kStale) {
        m_ranks[std::size_t(row)] = kStale;
        ++m_marked;
    }
}

void BookingRowRanks::removeRows(qsizetype first, qsizetype count)
{
    const qsizetype size = qsizetype(m_ranks.size());
    const auto begin = m_ranks.begin() + qMin(first, size);
    const auto end = m_ranks.begin() + qMin(first + count, size);
    m_marked -= std::count(begin, end, kStale);
    m_ranks.erase(begin, end);
}

void BookingRowRanks::clear()
{
    m_ranks.clear();
    m_marked = 0;
    m_built = false;
}

int BookingRowRanks::compareText(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive);
}
