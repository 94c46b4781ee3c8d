#pragma once

#include "booking.h"
#include "bookingrules.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimeZone>

#include <array>
#include <optional>

// The desk's day as groups: who is late, who comes next, who waits, who is in, what is done
// and what was cancelled. Top-level rows are the six groups (always there, in this order),
// their children the day's bookings by start time. Which group a booking is in follows the
// clock (setNow): a booking moves from "Up next" to "Late" without a sync or a click. Rows
// move between groups through beginMoveRows, so the selection follows a booking.
class TodayBoardModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Group { Late, UpNext, Waiting, InProgress, Done, Cancelled };
    static constexpr int kGroupCount = 6;
    enum Column {
        TimeColumn,
        CustomerColumn,
        StateColumn,
        NextColumn, // the row's next action, one click away
        ServiceColumn,
        PhoneColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role {
        BookingIdRole = Qt::UserRole + 1,
        GroupRole,      // Group as int, for group and booking rows
        NextActionRole, // BookingAction as int, or -1
        IsGroupRole,
    };

    explicit TodayBoardModel(QObject *parent = nullptr);

    // The day's bookings (any order); replaces the previous ones, row by row.
    void setBookings(const QList<Booking> &bookings);
    void setNow(const QDateTime &now);
    void setGraceMinutes(int minutes); // late after this long past the start, not arrived
    void setTimeZone(const QTimeZone &zone);
    // Bookings whose customers have repeated no-shows (CustomerHistory), and how many: the
    // customer cell says so. Set before setBookings().
    void setNoShowWarnings(const QHash<QString, int> &noShows) { m_noShows = noShows; }
    QDateTime now() const { return m_now; }

    int count(Group group) const { return int(m_groups[std::size_t(group)].size()); }
    int bookingCount() const { return int(m_bookings.size()); }
    QModelIndex indexOf(const QString &id, int column = 0) const;
    std::optional<Booking> booking(const QString &id) const;

    // The group a booking belongs in at `now`; the action the desk most likely takes next.
    static Group groupOf(const Booking &booking, const QDateTime &now, int graceMinutes);
    static std::optional<BookingAction> nextAction(const Booking &booking, Group group,
                                                   const QDateTime &now);
    static QString groupName(Group group);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The group counts changed (group headers, the window title, the tray).
    void countsChanged();

private:
    void regroup();
    QVariant bookingData(const Booking &booking, Group group, int column, int role) const;
    QString stateText(const Booking &booking, Group group) const;
    QString timeText(const QDateTime &time) const;

    QHash<QString, Booking> m_bookings;
    QHash<QString, int> m_noShows;
    QSet<QString> m_leaving; // during setBookings(): rows about to be removed
    std::array<QList<QString>, kGroupCount> m_groups; // ids by start
    QDateTime m_now;
    int m_graceMinutes = 10;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
