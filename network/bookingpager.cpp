#include "bookingpager.h"

#include "networklogging.h"

#include <algorithm>

BookingPager::BookingPager(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{}

BookingPager::~BookingPager()
{
    cancel();
}

void BookingPager::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 100);
}

void BookingPager::setConcurrency(int requests)
{
    m_concurrency = std::clamp(requests, 1, 6);
}

void BookingPager::start()
{
    if (m_running)
        return;
    m_running = true;
    m_total = 0;
    m_pagesReceived = 0;
    m_nextPage = 2;
    // Page 1 alone first: only its total tells how many pages there are.
    request(1);
}

void BookingPager::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (ApiClient::RequestId id : inFlight)
        m_client->abort(id);
}

int BookingPager::pageCount() const
{
    return std::max(1, (m_total + m_pageSize - 1) / m_pageSize);
}

void BookingPager::request(int page)
{
    BookingListQuery query;
    query.page = page;
    query.size = m_pageSize;
    // The id is only known after the call returns, and the callback never runs before then.
    auto id = std::make_shared<ApiClient::RequestId>(0);
    *id =
        m_client->listBookings(query, this, [this, page, id](const ApiResult<BookingPage> &result) {
            m_inFlight.remove(*id);
            onPage(page, result);
        });
    m_inFlight.insert(*id);
}

void BookingPager::requestMore()
{
    while (m_running && m_nextPage <= pageCount() && m_inFlight.size() < m_concurrency)
        request(m_nextPage++);
}

void BookingPager::onPage(int page, const ApiResult<BookingPage> &result)
{
    if (!m_running)
        return;
    if (!result.ok()) {
        qCWarning(lcNetwork).noquote()
            << "page" << page << "failed:" << result.error().toLogString();
        cancel();
        Q_EMIT failed(result.error());
        return;
    }
    const BookingPage &received = result.value();
    // A total that grew while paging (new bookings) adds pages rather than losing rows.
    m_total = std::max(m_total, received.total);
    ++m_pagesReceived;
    Q_EMIT pageReceived(received);
    if (!m_running)
        return; // a receiver cancelled
    requestMore();
    if (m_inFlight.isEmpty() && m_nextPage > pageCount()) {
        m_running = false;
        Q_EMIT finished();
    }
}
