#pragma once

#include "bookingrow.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

// Reads the booking list's rows on a thread and a cache connection of its own, and hands
// them over in chunks, one each time the owner asks for the next, so that the window paints
// before a large cache is read and input is handled between chunks.
//
// The chunks come in the order the list shows them: each chunk is one run of that order
// next to what came before, so a sorted QSortFilterProxyModel inserts it as one interval (a
// chunk scattered over the order would cost the proxy one O(rows) remapping per row). Sorted
// by start, the rows after the part already loaded come first, then those before it, the
// nearest first.
class BookingRowLoader : public QObject
{
    Q_OBJECT

public:
    struct Plan
    {
        QString cachePath;
        // The rows starting in [loadedFromMs, loadedToMs) are loaded already: not read again.
        qint64 loadedFromMs = 0;
        qint64 loadedToMs = 0;
        int column = 0; // a BookingTableModel::Column
        Qt::SortOrder order = Qt::AscendingOrder;
        int chunkRows = 5000;
        // BookingCache::noShowCounts' arguments: counted on the thread, given with finished().
        qint64 noShowsFromMs = 0;
        qint64 noShowsToMs = 0;
        int noShowsAtLeast = 1;
    };

    explicit BookingRowLoader(QObject *parent = nullptr);
    ~BookingRowLoader() override; // stops the thread, between rows, and waits for it

    // Starts reading (stopping a load already running). Nothing is handed over before the
    // first fetchMore().
    void start(const Plan &plan);
    // Asks for the next chunk: chunkReady() answers, or finished() when none is left.
    void fetchMore();
    // Stops the thread between rows without waiting for it (the destructor waits).
    void cancel();
    // The chunks still to come follow this order (the list was sorted by another column).
    void setOrder(int column, Qt::SortOrder order);

    // How the chunks of `rows` (ordered by start time) follow each other for that order.
    static QList<QList<BookingRow>> arrange(QList<BookingRow> rows, int column, Qt::SortOrder order,
                                            qint64 loadedToMs, int chunkRows);

Q_SIGNALS:
    void chunkReady(const QList<BookingRow> &rows);
    // Every row was handed over (error empty), or the cache could not be read on the thread;
    // with the no-show counts the plan asked for.
    void finished(const QString &error, const QHash<QString, int> &noShows);

private:
    void stop();
    void run(Plan plan);
    bool waitForRequest(); // false: stopped

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::atomic<bool> m_cancel{false};
    int m_requested = 0; // chunks asked for and not yet sent (m_mutex)
    int m_column = 0;    // the order wanted now (m_mutex)
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_orderChanged = false;
};
