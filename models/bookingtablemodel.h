#pragma once

#include "booking.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimeZone>

// The bookings as a table. Rows are kept in arrival order; sorting and filtering are the
// proxies' business. Updates arrive as upserts and removals so that views keep their
// selection and scroll position: the model is never reset after the first load.
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
        ServiceColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { BookingRole = Qt::UserRole + 1, BookingIdRole, SortRole };

    explicit BookingTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Inserts new bookings and changes existing ones in place (matched by id).
    void upsert(const QList<Booking> &bookings);
    void remove(const QList<QString> &ids);
    const Booking *booking(int row) const;
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    void setDisplayTimeZone(const QTimeZone &zone);
    QTimeZone displayTimeZone() const { return m_zone; }

private:
    QVariant display(const Booking &booking, int column) const;
    QVariant sortKey(const Booking &booking, int column) const;

    QList<Booking> m_rows;
    QHash<QString, int> m_rowById;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
