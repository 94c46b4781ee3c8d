#pragma once

#include "booking.h"
#include "bookingrow.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <optional>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

class BookingCache;
class QThread;

// Writes one sync pass into the cache on a thread and a database connection of its own,
// so that the GUI thread only receives and decodes pages while SQLite writes the earlier
// ones (WAL lets the GUI's connection read meanwhile). Work is done in the order given;
// results come back on the owner's thread through delivered(), or at once from wait().
//
// Each page is written as it arrives, into a transaction that is committed once it holds
// 100 pages or has been open for 500 ms (and at the end): the writer's work is spread
// evenly over the pass instead of coming in bursts that take the CPU from the threads
// fetching pages, while commits stay as few as before. Written results are reported
// once committed. The open transaction holds the database's write lock: when another
// connection of this process waits for it (BookingCache::writerWaiting()), the writer
// commits at once and lets it go first.
//
// The pass is the writer connection's: BookingCache remembers what a pass saw per
// connection, so begin, the writes and finish all run here.
class PassWriter : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum Kind { Written, Finished, Failed } kind = Written;
        QStringList inserted; // Written
        QStringList changed;  // Written
        // Written, with setFeedsList(): the list rows of inserted and changed, one a
        // booking (its last write).
        QList<BookingRow> rows;
        // Finished, with setFeedsList(): the customers' no-show warnings as of the end of
        // the pass (BookingCache::noShowWarnings).
        std::optional<QHash<QString, int>> noShows;
        QStringList unseen;   // Finished: cached bookings the pass did not see (listUnseen)
        QString error;        // Failed: the cache refused; nothing after it is written
        qint64 pass = 0;      // Finished: the pass's number (0 when it never began)
        QDateTime syncedAt;   // Finished: the last-sync time stored, when complete
    };

    explicit PassWriter(QObject *parent = nullptr);
    ~PassWriter() override; // finishes the work queued so far

    // How long a transaction stays open waiting for more pages (500 ms); set before begin().
    // Tests lengthen it to show that nothing but a waiting connection ends it early.
    void setMaxCommitDelay(std::chrono::milliseconds delay) { m_maxCommitDelay = delay; }
    // For a list: each commit brings the rows it wrote and the pass's end the no-show
    // warnings, worked out here instead of read back on the owner's thread. Set before
    // begin().
    void setFeedsList(bool feeds) { m_feedsList = feeds; }
    // Opens `cachePath` on the writer's thread and begins a pass there.
    void begin(const QString &cachePath);
    // `pages` whole pages (never split between commits); skippedIds are bookings the server
    // listed but this client could not read: their cached copies stay.
    void write(QList<Booking> bookings, QStringList skippedIds, int pages = 1);
    // Ends the pass: lists the cached bookings it did not see when listUnseen (the owner
    // asks the server about them before removing any), stores the last-sync time when
    // complete (every page arrived), reports Finished, then builds deferred indexes, waits
    // for the last checkpoint and closes.
    void finish(bool complete, bool listUnseen);
    // Lets go of a finished writer: it deletes itself once its work is done (or with its
    // parent, which then waits for that work). No result is delivered after this.
    void release();
    // Blocks until everything queued is done and committed; the results not yet delivered
    // are returned (and not delivered later).
    QList<Result> wait();

Q_SIGNALS:
    void delivered(const QList<PassWriter::Result> &results);

private:
    void post(std::function<void()> job);
    void run();
    void writePages(const QList<Booking> &bookings, const QStringList &skippedIds, int pages);
    void commit();
    void fail(const QString &error);
    void report(Result result);
    void deliver();

    QThread *m_thread = nullptr;
    std::unique_ptr<BookingCache> m_cache; // used on the writer's thread only
    qint64 m_pass = 0;                     // writer's thread only
    bool m_failed = false;                 // writer's thread only
    // The open transaction (writer's thread only): its pages, when it must be committed
    // at the latest, and what it wrote.
    int m_batchPages = 0;
    std::chrono::steady_clock::time_point m_commitBy;
    Result m_batchWritten;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<std::function<void()>> m_jobs;
    bool m_busy = false;
    bool m_stopping = false;
    QList<Result> m_results;
    bool m_deliveryPosted = false;
    std::chrono::milliseconds m_maxCommitDelay{500};
    std::atomic<bool> m_feedsList = false;
};
