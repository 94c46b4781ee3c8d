#pragma once

#include "apierror.h"
#include "bookingjson.h"
#include "passwriter.h"
#include "recordfetcher.h"
#include "syncreport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

class ApiClient;
class BookingActions;
class BookingCache;
class BookingPager;

// Keeps the cache equal to the server. A full pass pages through every booking (the
// first page alone, then the rest concurrently) and writes each page as it arrives, on
// the PassWriter's thread and connection while the next pages come in. Only a
// pass in which every page arrived removes anything, so a pass broken by errors never
// costs a cached row; and even then a booking it did not see is removed only when the
// server answers 404 for it: the list is paged by offset in an undocumented order, so
// deletions or moves on the server while a pass runs shift later pages, and a pass can
// miss a live booking. One the server still has is kept and refreshed.
//
// Passes repeat every interval; refreshNow() starts one at once unless one is running.
// When the server cannot be reached the engine says so and tries again with backoff; the
// cache stays as it is and the views keep showing it.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(ApiClient *client, BookingCache *cache, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setInterval(std::chrono::seconds interval); // 0: no automatic refresh
    std::chrono::seconds interval() const { return m_interval; }
    void setConcurrency(int requests);
    // With actions set, each pass first replays the outbox (in order), so that changes made
    // offline reach the server as soon as it is back.
    void setActions(BookingActions *actions) { m_actions = actions; }
    // For a list (BookingModelFeed): rowsWritten() carries the rows written, and each pass
    // ends with noShowsCounted(), both worked out by the pass's writer off this thread.
    void setFeedsList(bool feeds) { m_feedsList = feeds; }
    // Starts automatic refresh with a pass now.
    void start();
    // Stops automatic refresh and cancels a running pass.
    void stop();
    // A pass now, unless one runs already (then this does nothing).
    void refreshNow();
    void cancel();

    bool isSyncing() const
    {
        return m_pager != nullptr || m_writer != nullptr || m_replaying || m_verifying;
    }
    bool isOffline() const { return m_offline; }
    QDateTime lastSync() const;
    std::optional<SyncReport> lastReport() const { return m_lastReport; }

Q_SIGNALS:
    void syncStarted();
    // Rows were committed (a pass commits every 100 pages or within half a second): rows to
    // insert or refresh in item models right away.
    void bookingsWritten(const QStringList &inserted, const QStringList &changed);
    // With setFeedsList(): the list rows of those bookings, as the writer computed them (an
    // item model applies them without reading the cache; BookingModelFeed).
    void rowsWritten(const QList<BookingRow> &rows);
    // At the end of a pass, with setFeedsList(): the customers' no-show warnings then.
    void noShowsCounted(const QHash<QString, int> &counts);
    void bookingsRemoved(const QStringList &removed);
    void syncFinished(const SyncReport &report);
    void offlineChanged(bool offline);

private:
    void startPaging();
    void onReachabilityChanged();
    void onServerReached(bool reached);
    void onPage(const BookingPage &page);
    void dropPager();
    // No more pages: the writer ends the pass (complete: every page arrived).
    void finishWriting(bool complete);
    void onPagerFinished();
    void onPagerFailed(const ApiError &error);
    void onWriterResults(const QList<PassWriter::Result> &results);
    // Asks the server about the bookings a complete pass did not see, then ends the pass.
    void verifyUnseen(const QStringList &unseen);
    void endPass();
    void scheduleNext();
    void setOffline(bool offline);

    ApiClient *m_client;
    BookingCache *m_cache;
    BookingActions *m_actions = nullptr;
    BookingPager *m_pager = nullptr;
    PassWriter *m_writer = nullptr; // from the first page to the end of a pass
    bool m_finishing = false;       // the writer was told to end the pass
    bool m_complete = false;        // ...after every page arrived
    qint64 m_pass = 0;              // the cache's number for the pass, once it ended
    bool m_replaying = false;
    bool m_verifying = false;
    bool m_feedsList = false;
    RecordFetcher *m_verifier;
    QTimer m_timer;
    std::chrono::seconds m_interval{60};
    int m_concurrency = 4;
    bool m_running = false; // automatic refresh on
    bool m_offline = false;
    int m_failures = 0; // consecutive failed passes, for the backoff
    bool m_unidentifiedSkips = false;
    SyncReport m_report;
    QElapsedTimer m_clock;
    std::optional<SyncReport> m_lastReport;
};
