#pragma once

#include "bookingrow.h"

#include <QList>

#include <vector>

// The sort order of one column as an integer per row: the row's place among all rows by the
// column's key, then by start time (BookingTableModel::compare's order). Sorting 100,000
// rows compares rows about two million times; comparing two case-folded strings, or two
// rows scattered in memory, each time costs several hundred milliseconds, comparing two
// integers from one array a few dozen. The keys are gathered and sorted once, when the
// column is first sorted, and the ranks are kept (4 bytes a row).
//
// Rows that changed since (sync results) are marked stale and compared by their values, so
// one sync does not cost a rebuild; many stale rows do trigger one on the next sort.
class BookingRowRanks
{
public:
    static constexpr quint32 kStale = 0xffffffffu;
    using NumberKey = qint64 (*)(const BookingRow &);

    // Build the ranks if there are none or too many are stale: of a text field (compared
    // case-insensitively) or of a number.
    void ensureText(const QList<BookingRow> &rows, BookingRow::Field field);
    void ensureNumber(const QList<BookingRow> &rows, NumberKey key);
    // kStale if the row changed or arrived since the ranks were built.
    quint32 rank(qsizetype row) const
    {
        return row < qsizetype(m_ranks.size()) ? m_ranks[std::size_t(row)] : kStale;
    }
    void markChanged(qsizetype row);
    void removeRows(qsizetype first, qsizetype count);
    void clear();

    // Negative, zero or positive as `a` sorts before, with or after `b`: the case-folded
    // texts by code point (QString's case-insensitive order), which the text ranks follow.
    static int compareText(QStringView a, QStringView b);
    // Statuses and channels sort by their translated label, as the user reads them.
    static int statusRank(BookingStatus status);
    static int channelRank(LeadChannel channel);

private:
    bool isFresh(const QList<BookingRow> &rows) const;
    // `order` sorted by `less`; rows `same` as their predecessor share its rank.
    template<typename Less, typename Same>
    void assign(std::vector<quint32> &order, Less less, Same same);

    std::vector<quint32> m_ranks;
    qsizetype m_marked = 0;
    bool m_built = false;
};
