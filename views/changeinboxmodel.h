#pragma once

#include "outboxentry.h"

#include <QAbstractTableModel>
#include <QTimeZone>

class BookingActions;
class BookingCache;

// Every change the server does not have yet (the outbox), with its state in words: waiting,
// sending, conflict or refused. Follows the outbox live (BookingActions' signals) and keeps
// rows by entry, so a selection survives updates; the outbox lives in the cache, so the
// list survives restarts.
class ChangeInboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StateColumn, BookingColumn, ChangeColumn, MadeColumn, ColumnCount };
    enum Role { OutboxIdRole = Qt::UserRole + 1, StateRole, BookingIdRole };
    enum class State { Waiting, Sending, Conflict, Refused };

    ChangeInboxModel(const BookingCache *cache, BookingActions *actions, QObject *parent = nullptr);

    void setDisplayTimeZone(const QTimeZone &zone);
    void reload();

    int count() const { return int(m_entries.size()); }
    int count(State state) const;
    std::optional<OutboxEntry> entry(qint64 outboxId) const;
    State stateOf(const OutboxEntry &entry) const;
    int rowOf(qint64 outboxId) const;
    static QString stateLabel(State state);
    // "Jane Smith, Tue 1 Dec 10:00" (the booking as cached; its id when not cached).
    QString bookingText(const OutboxEntry &entry) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // An entry became a conflict (not at the first load: those are known already).
    void conflictAppeared(qint64 outboxId, const QString &bookingId, const QString &text);
    void countsChanged();

private:
    const BookingCache *m_cache;
    BookingActions *m_actions;
    QList<OutboxEntry> m_entries;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_loaded = false;
};
