#pragma once

#include "bookingactions.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>

// Sends one change for each of several bookings (cancel a practitioner's day, mark a
// morning's no-shows) through BookingActions, so each one is read again, conflict-checked,
// queued when offline and written to the audit log like a single action. At most one
// request is in flight and starts are spaced by the minimum interval, so a bulk action
// never floods the server; the items go in the given order. cancel() stops before the next
// item (the one in flight finishes: a write cannot be taken back halfway).
class BulkActionRunner : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        Booking seen;
        BookingChange change;
    };

    explicit BulkActionRunner(BookingActions *actions, QObject *parent = nullptr);

    // Default 200 ms: at most five items per second.
    void setMinInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    std::chrono::milliseconds minInterval() const { return m_interval; }

    void start(const QList<Item> &items);
    void cancel();
    bool isRunning() const { return m_running; }
    int inFlight() const { return m_inFlight; }
    // The highest number of items that were in flight at once during the last run (tests).
    int maxInFlight() const { return m_maxInFlight; }
    int finishedCount() const { return m_next - m_inFlight; }

Q_SIGNALS:
    void itemStarted(int index);
    void itemFinished(int index, const ActionOutcome &outcome);
    // `completed` items ended; the rest were not sent because of cancel().
    void finished(int completed, bool cancelled);

private:
    void startNext();
    void end();

    BookingActions *m_actions;
    std::chrono::milliseconds m_interval{200};
    QList<Item> m_items;
    QTimer m_pause;
    QElapsedTimer m_sinceStart;
    int m_next = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
