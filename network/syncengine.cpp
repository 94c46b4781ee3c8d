#include "syncengine.h"

#include "apiclient.h"
#include "bookingactions.h"
#include "bookingcache.h"
#include "bookingpager.h"
#include "clock.h"
#include "networklogging.h"
#include "passwriter.h"

#include <QNetworkInformation>
#include <QRandomGenerator>

#include <algorithm>
#include <utility>

using namespace std::chrono_literals;

SyncEngine::SyncEngine(ApiClient *client, BookingCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_verifier(new RecordFetcher(client, cache, this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::refreshNow);
    // The operating system's view of the network is a hint, not the truth: it only makes a
    // waiting engine try again sooner. Offline is decided by requests failing.
    // Any request tells: a change the desk makes while the server is out of reach marks the
    // app offline at once, and the first answer after that marks it online and replays the
    // outbox without waiting for the next refresh.
    connect(m_client, &ApiClient::serverReached, this, &SyncEngine::onServerReached);
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                &SyncEngine::onReachabilityChanged);
    }
}

void SyncEngine::onReachabilityChanged()
{
    const auto *information = QNetworkInformation::instance();
    if (m_running && m_offline && information &&
        information->reachability() == QNetworkInformation::Reachability::Online)
        refreshNow();
}

void SyncEngine::onServerReached(bool reached)
{
    if (!m_running || reached == !m_offline)
        return;
    setOffline(!reached);
    if (isSyncing())
        return; // the pass ends with its own verdict and schedules the next
    if (reached) {
        m_failures = 0;
        refreshNow(); // replays the outbox first
    } else {
        // Try again soon (with the usual backoff) rather than at the next interval.
        m_failures = std::max(m_failures, 1);
        scheduleNext();
    }
}

SyncEngine::~SyncEngine()
{
    cancel();
}

void SyncEngine::setInterval(std::chrono::seconds interval)
{
    m_interval = std::max(0s, interval);
    if (m_running && !isSyncing())
        scheduleNext();
}

void SyncEngine::setConcurrency(int requests)
{
    m_concurrency = std::clamp(requests, 1, 6);
}

void SyncEngine::start()
{
    m_running = true;
    refreshNow();
}

void SyncEngine::stop()
{
    m_running = false;
    m_timer.stop();
    cancel();
}

QDateTime SyncEngine::lastSync() const
{
    return m_cache->lastSync();
}

void SyncEngine::refreshNow()
{
    if (isSyncing())
        return;
    m_timer.stop();
    m_report = SyncReport{};
    m_pass = 0;
    m_unidentifiedSkips = false;
    m_clock.start();
    if (!m_cache->isOpen()) {
        m_report.cacheError = QStringLiteral("the cache is not open");
        endPass();
        return;
    }
    Q_EMIT syncStarted();
    const QList<OutboxEntry> outbox = m_actions ? m_cache->outbox() : QList<OutboxEntry>();
    const bool pendingChanges =
        std::any_of(outbox.cbegin(), outbox.cend(), [](const OutboxEntry &entry) {
            return entry.state == OutboxEntry::State::Pending;
        });
    if (!pendingChanges) {
        startPaging();
        return;
    }
    m_replaying = true;
    m_actions->replayOutbox(this, [this](const ReplayReport &replay) {
        m_replaying = false;
        if (m_report.error && m_report.error->kind == ApiError::Kind::Cancelled) {
            endPass();
            return;
        }
        // Changes still waiting mean the server is out of reach; paging would fail the same
        // way, after the same waits.
        if (replay.remaining > 0 && replay.error && replay.error->isTransient()) {
            m_report.error = replay.error;
            endPass();
            return;
        }
        startPaging();
    });
}

void SyncEngine::startPaging()
{
    m_writer = new PassWriter(this);
    m_writer->setFeedsList(m_feedsList);
    connect(m_writer, &PassWriter::delivered, this, &SyncEngine::onWriterResults);
    m_writer->begin(m_cache->filePath());
    m_finishing = false;
    m_pager = new BookingPager(m_client, this);
    m_pager->setConcurrency(m_concurrency);
    connect(m_pager, &BookingPager::pageReceived, this, &SyncEngine::onPage);
    connect(m_pager, &BookingPager::finished, this, &SyncEngine::onPagerFinished);
    connect(m_pager, &BookingPager::failed, this, &SyncEngine::onPagerFailed);
    qCDebug(lcNetwork) << "sync pass starts";
    m_pager->start();
}

void SyncEngine::cancel()
{
    if (m_verifying) {
        // What was confirmed so far is removed; the rest waits for the next pass.
        m_report.error = ApiError::cancelled();
        m_verifier->cancel();
        return;
    }
    if (m_replaying) {
        // A replay finishes the change it is sending; the pass ends right after.
        m_report.error = ApiError::cancelled();
        return;
    }
    if (!m_writer)
        return;
    if (!m_finishing) {
        // What the writer has is written, and the models hear of it below.
        m_report.error = ApiError::cancelled();
        finishWriting(false);
    }
    // The pass ends before cancel() returns (the writer is at most one write away).
    onWriterResults(m_writer->wait());
}

void SyncEngine::onPage(const BookingPage &page)
{
    ++m_report.pages;
    m_report.fetched += int(page.bookings.size());
    m_report.skipped += int(page.skipped.size());
    // A record the server sent but this client cannot read still exists on the server:
    // its cached copy (if any) stays.
    QStringList skippedIds;
    for (const SkippedRecord &record : page.skipped) {
        qCWarning(lcNetwork).noquote() << "skipped booking" << record.id << "at" << record.index
                                       << "in a page:" << record.reason;
        if (record.id.isEmpty())
            m_unidentifiedSkips = true;
        else
            skippedIds.append(record.id);
    }
    if (m_writer && !m_finishing)
        m_writer->write(page.bookings, std::move(skippedIds));
}

void SyncEngine::dropPager()
{
    if (!m_pager)
        return;
    m_pager->disconnect(this);
    m_pager->cancel(); // nothing to do for a pager that finished
    m_pager->deleteLater();
    m_pager = nullptr;
}

void SyncEngine::finishWriting(bool complete)
{
    dropPager();
    m_finishing = true;
    m_complete = complete;
    // Without an id there is no telling which cached booking an unreadable record was, so
    // a pass with one removes nothing rather than risk removing it.
    m_writer->finish(complete, complete && !m_unidentifiedSkips);
}

void SyncEngine::onPagerFinished()
{
    finishWriting(true);
}

void SyncEngine::onPagerFailed(const ApiError &error)
{
    // The pages that arrived before the failure are good: the writer keeps them.
    m_report.error = error;
    finishWriting(false);
}

void SyncEngine::onWriterResults(const QList<PassWriter::Result> &results)
{
    for (const PassWriter::Result &result : results) {
        switch (result.kind) {
        case PassWriter::Result::Written:
            m_report.inserted += result.inserted;
            m_report.changed += result.changed;
            Q_EMIT rowsWritten(result.rows);
            Q_EMIT bookingsWritten(result.inserted, result.changed);
            break;
        case PassWriter::Result::Failed:
            // Without a place to write, going on would only fetch what cannot be kept.
            m_report.cacheError = result.error;
            if (!m_finishing)
                finishWriting(false);
            break;
        case PassWriter::Result::Finished:
            if (!result.error.isEmpty())
                m_report.cacheError = result.error;
            m_report.finishedAt = result.syncedAt;
            if (result.noShows)
                Q_EMIT noShowsCounted(*result.noShows);
            m_pass = result.pass;
            m_report.complete = m_complete && m_report.cacheError.isEmpty();
            if (m_report.complete && !result.unseen.isEmpty()) {
                // The writer goes on with its indexes and checkpoint meanwhile.
                m_writer->release();
                m_writer = nullptr;
                verifyUnseen(result.unseen);
                return;
            }
            endPass();
            return; // endPass() let go of the writer; nothing follows Finished
        }
    }
}

void SyncEngine::verifyUnseen(const QStringList &unseen)
{
    QList<RecordFetcher::Item> items;
    items.reserve(unseen.size());
    for (const QString &id : unseen)
        items.append({id, std::nullopt});
    m_verifying = true;
    m_verifier->fetch(items, [this](const RecordFetcher::Report &verified) {
        m_verifying = false;
        QString error;
        const std::optional<QStringList> removed = m_cache->removeBookings(verified.gone, &error);
        if (removed)
            m_report.removed = *removed;
        else
            m_report.cacheError = error;
        m_report.stillThere = verified.written + verified.unchanged + verified.stale;
        if (!verified.written.isEmpty()) {
            Q_EMIT rowsWritten(verified.rows);
            Q_EMIT bookingsWritten({}, verified.written);
        }
        // The pass saw every page; the server could not be asked about some bookings, which
        // stay until a later pass can.
        if (verified.error && verified.error->kind != ApiError::Kind::Cancelled)
            qCInfo(lcNetwork).noquote()
                << verified.failed.size()
                << "unseen bookings could not be checked:" << verified.error->toLogString();
        endPass();
    });
}

void SyncEngine::endPass()
{
    dropPager();
    if (m_writer) {
        // It may still be building indexes and checkpointing; it goes when that is done.
        m_writer->release();
        m_writer = nullptr;
    }
    m_finishing = false;
    m_report.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    // A complete pass's time is the one its writer stored as the last sync.
    if (!m_report.finishedAt.isValid())
        m_report.finishedAt = Clock::now();

    if (m_report.complete && m_report.cacheError.isEmpty()) {
        m_failures = 0;
        setOffline(false);
    } else if (m_report.error && m_report.error->kind != ApiError::Kind::Cancelled) {
        ++m_failures;
        const ApiError::Kind kind = m_report.error->kind;
        setOffline(kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout);
    }
    if (!m_report.removed.isEmpty())
        Q_EMIT bookingsRemoved(m_report.removed);
    // A conflict the pass shows settled on the server (someone made the same change) clears.
    if (m_actions && m_report.complete && m_report.cacheError.isEmpty())
        m_actions->settleOutbox();

    qCInfo(lcNetwork).noquote() << "sync pass" << m_pass << m_report.toLogString();
    m_lastReport = m_report;
    const SyncReport report = m_report;
    scheduleNext();
    Q_EMIT syncFinished(report);
}

void SyncEngine::scheduleNext()
{
    m_timer.stop();
    if (!m_running)
        return;
    if (m_lastReport && m_lastReport->error && m_lastReport->error->isUnauthorized())
        return; // only a new sign-in helps; polling would just repeat the 401
    std::chrono::milliseconds wait = m_interval;
    if (m_failures > 0) {
        // Back off from 5 s up to the interval (at most 5 min), with jitter so that many
        // desks coming back together do not hit the server together.
        const qint64 cap = std::max<qint64>(
            5000, std::min<qint64>(300000, std::chrono::milliseconds(m_interval).count()));
        const qint64 base = std::min<qint64>(cap, 5000LL << std::min(m_failures - 1, 10));
        wait = std::chrono::milliseconds(QRandomGenerator::global()->bounded(base / 2, base + 1));
        if (m_lastReport && m_lastReport->error && m_lastReport->error->retryAfter)
            wait = std::max<std::chrono::milliseconds>(wait, *m_lastReport->error->retryAfter);
    } else if (m_interval == 0s) {
        return;
    }
    m_timer.start(wait);
}

void SyncEngine::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged(offline);
}
