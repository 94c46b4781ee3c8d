#include "calendarindex.h"

#include "bookingtablemodel.h"

#include <algorithm>

namespace {

// Up to this many rows at once are filed one by one (each O(n)); more are sorted in one go.
constexpr int kOneByOne = 64;

} // namespace

CalendarIndex::CalendarIndex(QObject *parent) : QObject(parent)
{}

void CalendarIndex::setModel(BookingTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &CalendarIndex::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    onDataChanged(topLeft.row(), bottomRight.row());
                });
        connect(model, &QAbstractItemModel::layoutChanged, this, &CalendarIndex::rebuild);
    }
    rebuild();
}

void CalendarIndex::rebuild()
{
    m_entries.clear();
    m_indexedStart.clear();
    m_longestMs = 0;
    if (m_model) {
        const int rows = m_model->rowCount();
        m_entries.reserve(rows);
        m_indexedStart.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            const BookingRow &booking = m_model->row(row);
            m_entries.append({booking.startMs, row});
            m_indexedStart.append(booking.startMs);
            m_longestMs = std::max(m_longestMs, booking.endMs - booking.startMs);
        }
        std::sort(m_entries.begin(), m_entries.end());
    }
    Q_EMIT changed();
}

void CalendarIndex::insertRow(int row)
{
    const BookingRow &booking = m_model->row(row);
    const Entry entry{booking.startMs, row};
    m_entries.insert(
        std::lower_bound(m_entries.begin(), m_entries.end(), entry) - m_entries.begin(), entry);
    m_indexedStart[row] = booking.startMs;
    m_longestMs = std::max(m_longestMs, booking.endMs - booking.startMs);
}

void CalendarIndex::eraseRow(int row)
{
    const Entry entry{m_indexedStart.at(row), row};
    const auto at = std::lower_bound(m_entries.begin(), m_entries.end(), entry);
    if (at != m_entries.end() && at->row == row)
        m_entries.erase(at);
}

void CalendarIndex::onRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    if (first < m_indexedStart.size()) {
        // Rows after the insertion move down (the list model appends, so this is rare).
        for (Entry &entry : m_entries) {
            if (entry.row >= first)
                entry.row += count;
        }
    }
    m_indexedStart.insert(first, count, 0);
    if (count <= kOneByOne) {
        for (int row = first; row <= last; ++row)
            insertRow(row);
    } else {
        // A sync's worth of rows: one sort instead of an O(n) insertion each.
        for (int row = first; row <= last; ++row) {
            const BookingRow &booking = m_model->row(row);
            m_entries.append({booking.startMs, row});
            m_indexedStart[row] = booking.startMs;
            m_longestMs = std::max(m_longestMs, booking.endMs - booking.startMs);
        }
        std::sort(m_entries.begin(), m_entries.end());
    }
    Q_EMIT changed();
}

void CalendarIndex::onRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    m_entries.removeIf([&](const Entry &entry) { return entry.row >= first && entry.row <= last; });
    for (Entry &entry : m_entries) {
        if (entry.row > last)
            entry.row -= count;
    }
    m_indexedStart.remove(first, count);
    Q_EMIT changed();
}

void CalendarIndex::onDataChanged(int first, int last)
{
    if (last - first + 1 > kOneByOne) {
        rebuild();
        return;
    }
    for (int row = first; row <= last && row < m_indexedStart.size(); ++row) {
        const BookingRow &booking = m_model->row(row);
        m_longestMs = std::max(m_longestMs, booking.endMs - booking.startMs);
        if (booking.startMs == m_indexedStart.at(row))
            continue;
        eraseRow(row);
        insertRow(row);
    }
    Q_EMIT changed();
}

QList<int> CalendarIndex::rowsOverlapping(qint64 fromMs, qint64 toMs) const
{
    QList<int> rows;
    if (!m_model)
        return rows;
    const Entry lowest{fromMs - m_longestMs, -1};
    auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), lowest);
    for (; it != m_entries.cend() && it->startMs < toMs; ++it) {
        const BookingRow &booking = m_model->row(it->row);
        if (booking.endMs > fromMs || booking.startMs >= fromMs)
            rows.append(it->row);
    }
    return rows;
}
