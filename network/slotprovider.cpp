#include "slotprovider.h"

#include "apiclient.h"
#include "bookingcache.h"
#include "networklogging.h"

SlotProvider::SlotProvider(ApiClient *client, BookingCache *cache, QObject *parent)
    : QObject(parent), m_client(client), m_cache(cache)
{}

SlotProvider::~SlotProvider() = default;

void SlotProvider::fetch(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return;
    const QDate first = firstDay(from);
    const QDate last = lastDay(to);
    // Destroying the previous request's context aborts it and silences its callback.
    delete m_request;
    m_request = new QObject(this);
    if (m_cache) {
        if (auto cached = m_cache->cachedSlots(first, last)) {
            m_slots = *cached;
            m_fromCache = true;
            Q_EMIT slotsChanged();
        }
    }
    if (!m_client)
        return;
    QObject *context = m_request;
    m_client->availableSlots(first, last, context, [=, this](const ApiResult<SlotList> &result) {
        context->deleteLater();
        if (m_request == context)
            m_request = nullptr;
        if (!result.ok()) {
            qCInfo(lcNetwork) << "available slots" << first << last
                              << "not fetched:" << result.error().toLogString();
            Q_EMIT fetchFailed(result.error());
            return;
        }
        if (result.value().skipped > 0)
            qCWarning(lcNetwork) << "available slots: skipped" << result.value().skipped
                                 << "undecodable slots";
        m_slots = result.value().timeSlots;
        m_fromCache = false;
        if (m_cache && !m_cache->saveSlots(first, last, m_slots))
            qCWarning(lcNetwork) << "available slots could not be cached";
        Q_EMIT slotsChanged();
    });
}
