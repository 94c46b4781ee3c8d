#include "detailfetcher.h"

#include "bookingcache.h"
#include "clock.h"
#include "networklogging.h"

DetailFetcher::DetailFetcher(ApiClient *client, BookingCache *cache, QObject *parent)
    : QObject(parent), m_cache(cache), m_round(client, cache), m_selected(client, cache)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &DetailFetcher::refresh);
}

void DetailFetcher::setAutomatic(bool on)
{
    if (on)
        m_timer.start();
    else
        m_timer.stop();
}

void DetailFetcher::refresh()
{
    if (m_round.isRunning())
        return;
    const QDate today = Clock::today(m_zone);
    const qint64 from = today.addDays(-1).startOfDay(m_zone).toMSecsSinceEpoch();
    const qint64 to = today.addDays(kDaysAhead + 1).startOfDay(m_zone).toMSecsSinceEpoch();
    QList<RecordFetcher::Item> items;
    for (const BookingCache::DetailNeed &need :
         m_cache->detailNeeds(from, to, Clock::nowMs() - kRefreshAfterMs, kMaxPerRound))
        items.append({need.id, need.listHash});
    m_round.fetch(items, [this](const RecordFetcher::Report &report) {
        if (report.requests > 0)
            qCInfo(lcNetwork).noquote()
                << "full records of brief rows:" << report.requests << "asked,"
                << report.written.size() << "changed," << report.gone.size() << "gone,"
                << report.failed.size() << "not fetched"
                << (report.error ? report.error->toLogString() : QString());
        deliver(report);
        Q_EMIT roundFinished(report);
    });
}

void DetailFetcher::fetchNow(const QString &id)
{
    if (id.isEmpty())
        return;
    if (m_selected.isRunning()) {
        m_pendingSelection = id; // only the last one asked for matters
        return;
    }
    m_selected.fetch({{id, std::nullopt}}, [this](const RecordFetcher::Report &report) {
        deliver(report);
        if (!m_pendingSelection.isEmpty())
            fetchNow(std::exchange(m_pendingSelection, QString()));
    });
}

void DetailFetcher::deliver(const RecordFetcher::Report &report)
{
    if (!report.written.isEmpty()) {
        Q_EMIT rowsFetched(report.rows);
        Q_EMIT bookingsFetched(report.written);
    }
}
