#pragma once

#include "bookingtablemodel.h"

#include <QList>
#include <QObject>
#include <QPointer>

// The list model's rows ordered by start time, so that the calendar finds the bookings of
// a visible range by binary search instead of scanning 100,000 rows per paint. Follows the
// model incrementally: rows inserted, changed (a changed start moves its entry) and removed;
// a model reset rebuilds it.
class CalendarIndex : public QObject
{
    Q_OBJECT

public:
    explicit CalendarIndex(QObject *parent = nullptr);

    void setModel(BookingTableModel *model);
    BookingTableModel *model() const { return m_model; }

    // Model rows of the bookings overlapping [fromMs, toMs), by start time.
    QList<int> rowsOverlapping(qint64 fromMs, qint64 toMs) const;
    int size() const { return int(m_entries.size()); }

Q_SIGNALS:
    void changed();

private:
    struct Entry
    {
        qint64 startMs;
        int row;
        friend bool operator<(const Entry &a, const Entry &b)
        {
            return a.startMs != b.startMs ? a.startMs < b.startMs : a.row < b.row;
        }
    };

    void rebuild();
    void insertRow(int row);
    void eraseRow(int row);
    void onRowsInserted(int first, int last);
    void onRowsRemoved(int first, int last);
    void onDataChanged(int first, int last);

    QPointer<BookingTableModel> m_model;
    QList<Entry> m_entries;
    QList<qint64> m_indexedStart; // by model row: the start its entry was filed under
    qint64 m_longestMs = 0;       // never shrinks: it only widens the search window
};
