#pragma once

#include "apiclient.h"

#include <QObject>
#include <QSet>

// Pages through GET /bookings: the first page tells the total, the remaining pages are
// requested concurrently (bounded) and each is reported as it arrives. The API documents no
// order, so pages are only a way to get everything, never a sort.
class BookingPager : public QObject
{
    Q_OBJECT

public:
    explicit BookingPager(ApiClient *client, QObject *parent = nullptr);
    ~BookingPager() override;

    void setPageSize(int size);        // 1..100
    void setConcurrency(int requests); // 1..6 (QNetworkAccessManager's connections per host)
    int pageSize() const { return m_pageSize; }
    int concurrency() const { return m_concurrency; }

    // Does nothing while a pass runs.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    int total() const { return m_total; }
    int pagesReceived() const { return m_pagesReceived; }

Q_SIGNALS:
    void pageReceived(const BookingPage &page);
    // Every page arrived: the pass saw everything the server listed.
    void finished();
    // A page failed after the client's retries; the pages reported before stay valid.
    void failed(const ApiError &error);

private:
    void request(int page);
    void requestMore();
    void onPage(int page, const ApiResult<BookingPage> &result);
    int pageCount() const;

    ApiClient *m_client;
    int m_pageSize = 100;
    int m_concurrency = 4;
    bool m_running = false;
    int m_total = 0;
    int m_nextPage = 1;
    int m_pagesReceived = 0;
    QSet<ApiClient::RequestId> m_inFlight;
};
