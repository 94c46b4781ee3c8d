#include "recordfetcher.h"

#include "apiclient.h"
#include "bookingcache.h"
#include "networklogging.h"

RecordFetcher::RecordFetcher(ApiClient *client, BookingCache *cache, QObject *parent)
    : QObject(parent), m_client(client), m_cache(cache)
{}

bool RecordFetcher::fetch(const QList<Item> &items, Done done)
{
    if (m_done)
        return false;
    m_done = std::move(done);
    m_queue = items;
    m_report = Report{};
    m_stopping = false;
    m_requests = new QObject(this);
    // Never from inside fetch(): the caller finishes what it does first.
    QMetaObject::invokeMethod(this, &RecordFetcher::startNext, Qt::QueuedConnection);
    return true;
}

void RecordFetcher::cancel()
{
    if (!m_done)
        return;
    if (!m_report.error)
        m_report.error = ApiError::cancelled();
    m_stopping = true;
    // Deleting the context aborts the requests and silences their callbacks.
    delete std::exchange(m_requests, nullptr);
    m_inFlight = 0;
    complete();
}

void RecordFetcher::startNext()
{
    if (!m_done)
        return;
    while (!m_stopping && m_inFlight < kMaxInFlight && !m_queue.isEmpty()) {
        const Item item = m_queue.takeFirst();
        ++m_inFlight;
        ++m_report.requests;
        m_client->getBooking(item.id, m_requests, [this, item](const ApiResult<Booking> &answer) {
            --m_inFlight;
            if (answer.ok()) {
                QString error;
                BookingRow row;
                const auto outcome =
                    m_cache->storeDetail(answer.value(), item.expectedListHash, &error, &row);
                if (!outcome) {
                    qCWarning(lcNetwork).noquote()
                        << "cannot cache the record of" << item.id << ":" << error;
                    m_report.failed.append(item.id);
                } else if (*outcome == BookingCache::DetailOutcome::Stale) {
                    m_report.stale.append(item.id);
                } else if (*outcome == BookingCache::DetailOutcome::Unchanged) {
                    m_report.unchanged.append(item.id);
                } else {
                    m_report.written.append(item.id);
                    m_report.rows.append(std::move(row));
                }
            } else if (answer.error().kind == ApiError::Kind::Http &&
                       answer.error().httpStatus == 404) {
                m_report.gone.append(item.id);
            } else {
                m_report.failed.append(item.id);
                // Out of reach, or no longer signed in: asking for the rest now would fail
                // the same way.
                if (answer.error().isTransient() || answer.error().isUnauthorized()) {
                    if (!m_report.error)
                        m_report.error = answer.error();
                    m_stopping = true;
                }
            }
            if (m_inFlight == 0 && (m_stopping || m_queue.isEmpty()))
                complete();
            else
                startNext();
        });
    }
    if (m_inFlight == 0)
        complete();
}

void RecordFetcher::complete()
{
    if (!m_done)
        return;
    for (const Item &item : std::as_const(m_queue))
        m_report.failed.append(item.id);
    m_queue.clear();
    delete std::exchange(m_requests, nullptr);
    const Done done = std::exchange(m_done, nullptr);
    done(m_report);
}
