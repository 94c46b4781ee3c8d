#pragma once

#include "bookingrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTimeZone>

class BookingCache;

// The cached bookings as a table of compact rows (BookingRow). Rows are kept in the order
// they arrived; sorting and filtering are BookingFilterProxy's business. After the first
// load, sync results arrive as inserts, changes and removals, never a reset, so that views
// keep their selection and scroll position.
class BookingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StartColumn,
        DurationColumn,
        CustomerColumn,
        PhoneColumn,
        EmailColumn,
        ChannelColumn,
        ServiceColumn,
        StatusColumn,
        MeetingColumn,
        ColumnCount
    };
    enum Role {
        BookingRole = Qt::UserRole + 1, // the full Booking, read from the cache
        BookingIdRole,
        SortRole, // the column's sort key (the proxy compares rows directly, faster)
        StartMsRole,
        StatusRole, // BookingStatus as int
    };

    // `cache` may be null (tests feeding rows directly); BookingRole is then empty.
    explicit BookingTableModel(const BookingCache *cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The first load: every cached booking (a model reset).
    void reload();
    // The SyncEngine's bookingsWritten/bookingsRemoved, applied as row changes.
    void applyWritten(const QStringList &inserted, const QStringList &changed);
    void applyRemoved(const QStringList &ids);
    // Inserts new rows and changes existing ones in place (matched by id).
    void upsertRows(QList<BookingRow> rows);

    const BookingRow &row(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    void setDisplayTimeZone(const QTimeZone &zone);
    QTimeZone displayTimeZone() const { return m_zone; }

    // Negative, zero or positive as `a` sorts before, with or after `b` in `column`; ties
    // fall back to the start time so that equal keys still read chronologically.
    static int compare(int column, const BookingRow &a, const BookingRow &b);

private:
    QVariant display(const BookingRow &row, int column) const;
    QVariant sortKey(const BookingRow &row, int column) const;
    void reindexFrom(int first);

    const BookingCache *m_cache;
    QList<BookingRow> m_rows;
    QHash<QString, int> m_rowById;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
