#pragma once

#include "apierror.h"
#include "bookingrow.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class ApiClient;
class BookingCache;

// Reads full records (GET /bookings/{id}) for a list of bookings, a few at a time, and writes
// each one into the cache as the booking's detail. Used to fetch what brief list rows leave
// out, and to ask the server about bookings a pass did not see before removing them.
// Requests go through the ApiClient, so they are retried like a pass's (backoff, 429 and
// Retry-After); one that still fails for a transient reason stops the round: the server is
// out of reach and the rest waits for the next one.
class RecordFetcher : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        QString id;
        // Written only while the cached row's list hash is this (BookingCache::storeDetail).
        std::optional<qint64> expectedListHash;
    };
    struct Report
    {
        QStringList written;           // inserted or changed in the cache
        QList<BookingRow> rows;        // their list rows, as written
        QStringList unchanged;         // the cache had it already (its detail time is renewed)
        QStringList stale;             // a newer list row came meanwhile: not written
        QStringList gone;              // 404: the server does not have it
        QStringList failed;            // refused otherwise, or not asked (the round stopped)
        std::optional<ApiError> error; // why the round stopped early
        int requests = 0;
    };
    using Done = std::function<void(const Report &)>;

    static constexpr int kMaxInFlight = 4;

    RecordFetcher(ApiClient *client, BookingCache *cache, QObject *parent = nullptr);

    // `done` runs once, from the event loop, when every item is answered or the round
    // stopped. One round at a time: a fetch while one runs is refused (returns false).
    bool fetch(const QList<Item> &items, Done done);
    void cancel(); // stops the round; `done` runs with what was done, error Cancelled
    bool isRunning() const { return m_done != nullptr; }

private:
    void startNext();
    void complete();

    ApiClient *m_client;
    BookingCache *m_cache;
    QList<Item> m_queue;
    int m_inFlight = 0;
    bool m_stopping = false;
    Report m_report;
    Done m_done;
    QObject *m_requests = nullptr; // context of the requests in flight (deleted to abort them)
};

Q_DECLARE_METATYPE(RecordFetcher::Report)
