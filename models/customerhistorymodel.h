#pragma once

#include "customerhistory.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// A customer's bookings (CustomerHistory's order: upcoming first, then newest first) as a
// table for the customer panel.
class CustomerHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StartColumn, StatusColumn, ServiceColumn, ColumnCount };
    enum Role { BookingIdRole = Qt::UserRole + 1, UpcomingRole };

    explicit CustomerHistoryModel(QObject *parent = nullptr);

    void setHistory(const CustomerHistory &history);
    const CustomerHistory &history() const { return m_history; }
    void setDisplayTimeZone(const QTimeZone &zone);
    int rowOf(const QString &bookingId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CustomerHistory m_history;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
