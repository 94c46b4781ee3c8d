#include "leadhistoryfetcher.h"

#include "apiclient.h"
#include "bookingcache.h"
#include "networklogging.h"

LeadHistoryFetcher::LeadHistoryFetcher(ApiClient *client, BookingCache *cache, QObject *parent)
    : QObject(parent), m_client(client), m_cache(cache)
{}

void LeadHistoryFetcher::fetch(const QString &leadId)
{
    ++m_generation;
    m_leadId = leadId;
    m_report = Report{};
    m_report.leadId = leadId;
    m_running = !leadId.isEmpty();
    if (m_running)
        requestPage(1);
}

void LeadHistoryFetcher::requestPage(int page)
{
    BookingListQuery query;
    query.page = page;
    query.size = kPageSize;
    query.leadId = m_leadId;
    const quint64 generation = m_generation;
    m_client->listBookings(
        query, this, [this, page, generation](const ApiResult<BookingPage> &result) {
            if (generation != m_generation)
                return;
            const auto finish = [this] {
                m_running = false;
                // A booking the server listed on two pages (its list moved meanwhile) is
                // reported with the row it was written with last.
                m_report.rows = lastRowOfEach(std::move(m_report.rows));
                Q_EMIT finished(m_report);
            };
            if (!result) {
                m_report.error = result.error();
                finish();
                return;
            }
            const BookingPage &answer = result.value();
            // The filter is the server's business, but a booking of someone else must not be
            // written as this customer's: only the lead's own rows go in.
            QList<Booking> rows;
            for (const Booking &booking : answer.bookings) {
                if (booking.leadId == m_leadId)
                    rows.append(booking);
            }
            m_report.fetched += int(rows.size());
            if (!rows.isEmpty()) {
                QString error;
                // Pass 0: no pass; nothing is marked seen for removal and nothing is removed.
                // With the list rows, for the list (BookingModelFeed).
                const std::optional<UpsertResult> written = m_cache->upsert(rows, 0, &error, true);
                if (!written) {
                    m_report.cacheError = error;
                    qCWarning(lcNetwork).noquote() << "lead history not cached:" << error;
                    finish();
                    return;
                }
                m_report.inserted += written->inserted;
                m_report.changed += written->changed;
                m_report.rows += written->rows;
            }
            // The last page: shorter than asked, or the total reached (offsets may shift under a
            // changing list; a later refresh catches up).
            const int seen = (page - 1) * kPageSize + int(answer.bookings.size());
            if (answer.bookings.size() < kPageSize || (answer.total > 0 && seen >= answer.total) ||
                page >= kMaxPages) {
                finish();
                return;
            }
            requestPage(page + 1);
        });
}
