#include "passwriter.h"

#include "bookingcache.h"
#include "clock.h"

#include <QSet>
#include <QThread>

#include <thread>

namespace {

// Each commit rewrites every index page it touched (the ids are random, so at 100,000
// bookings that is most of them): 100 pages per transaction write 100,000 bookings 1.2
// times as fast as 20 and 2.6 times as fast as one (bench_cacheupsert --batch), while the
// rows still reach the list within half a second.
constexpr int kMaxPagesPerCommit = 100;
// While the transaction is open and no page comes, how often the writer looks whether
// another connection waits for the lock; and how long it lets such a connection go first.
constexpr std::chrono::milliseconds kYieldCheck{5};
constexpr std::chrono::milliseconds kMaxYield{200};

} // namespace

PassWriter::PassWriter(QObject *parent) : QObject(parent)
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("frontdesk-pass-writer"));
    m_thread->start();
}

PassWriter::~PassWriter()
{
    wait();
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread->wait();
    delete m_thread;
}

void PassWriter::begin(const QString &cachePath)
{
    post([this, cachePath] {
        m_cache = std::make_unique<BookingCache>();
        QString error;
        if (!m_cache->open(cachePath, &error) || (m_pass = m_cache->beginPass(&error)) == 0)
            fail(error);
    });
}

void PassWriter::write(QList<Booking> bookings, QStringList skippedIds, int pages)
{
    post([this, bookings = std::move(bookings), skippedIds = std::move(skippedIds), pages] {
        writePages(bookings, skippedIds, pages);
    });
}

void PassWriter::writePages(const QList<Booking> &bookings, const QStringList &skippedIds,
                            int pages)
{
    if (m_failed)
        return;
    QString error;
    if (!m_cache->inBatch()) {
        // Another connection that waits for the lock goes first: it polls for it (SQLite's
        // busy handler) and would rarely find it free between two of this writer's batches.
        const auto giveUp = std::chrono::steady_clock::now() + kMaxYield;
        while (BookingCache::writerWaiting() && std::chrono::steady_clock::now() < giveUp)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        if (!m_cache->beginBatch(&error))
            return fail(error);
        m_batchPages = 0;
        m_commitBy = std::chrono::steady_clock::now() + m_maxCommitDelay;
    }
    if (!skippedIds.isEmpty() && !m_cache->markSeen(skippedIds, m_pass, &error))
        return fail(error);
    const auto written = m_cache->upsert(bookings, m_pass, &error, m_feedsList);
    if (!written)
        return fail(error);
    m_batchWritten.inserted += written->inserted;
    m_batchWritten.changed += written->changed;
    m_batchWritten.rows += std::move(written->rows);
    m_batchPages += pages;
    if (m_batchPages >= kMaxPagesPerCommit || std::chrono::steady_clock::now() >= m_commitBy ||
        BookingCache::writerWaiting())
        commit();
}

void PassWriter::commit()
{
    if (m_failed || !m_cache || !m_cache->inBatch())
        return;
    QString error;
    if (!m_cache->commitBatch(&error))
        return fail(error);
    Result written = std::exchange(m_batchWritten, {});
    // A booking listed on two pages (the server's list moved while it was paged through)
    // is reported once: as inserted when this transaction inserted it, with the row it was
    // written with last.
    if (!written.changed.isEmpty()) {
        QSet<QString> seen(written.inserted.cbegin(), written.inserted.cend());
        written.changed.removeIf([&seen](const QString &id) {
            const bool again = seen.contains(id);
            seen.insert(id);
            return again;
        });
        if (written.inserted.size() + written.changed.size() < written.rows.size())
            written.rows = lastRowOfEach(std::move(written.rows));
    }
    if (!written.inserted.isEmpty() || !written.changed.isEmpty())
        report(std::move(written));
}

// Nothing after a failure is written, and what the open transaction held is not kept:
// the results not yet reported are dropped with it.
void PassWriter::fail(const QString &error)
{
    m_failed = true;
    m_batchWritten = {};
    if (m_cache)
        m_cache->rollbackBatch();
    Result result;
    result.kind = Result::Failed;
    result.error = error;
    report(std::move(result));
}

void PassWriter::finish(bool complete, bool listUnseen)
{
    post([this, complete, listUnseen] {
        commit();
        Result result;
        result.kind = Result::Finished;
        result.pass = m_pass;
        QString error;
        if (!m_failed && listUnseen) {
            const auto unseen = m_cache->unseenIds(m_pass, &error);
            if (unseen)
                result.unseen = *unseen;
            else
                m_failed = true;
        }
        // Stored here rather than by the owner's connection, which would wait for the
        // index build below to let go of the database.
        if (!m_failed && complete) {
            const QDateTime now = Clock::now();
            if (m_cache->setLastSync(now))
                result.syncedAt = now;
            else
                error = QStringLiteral("cannot store the time of the last sync");
        }
        if (!m_failed && m_feedsList)
            result.noShows = m_cache->noShowWarnings();
        result.error = error;
        // The pass is complete once its rows are committed: the owner hears of it now. The
        // indexes a first sync deferred and the last checkpoint follow here, while the owner
        // goes on (the GUI's queries scan until the indexes are there).
        report(result);
        m_cache.reset();
    });
}

void PassWriter::release()
{
    disconnect();
    post([this] { deleteLater(); });
}

QList<PassWriter::Result> PassWriter::wait()
{
    post([this] { commit(); });
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_jobs.empty() && !m_busy; });
    return std::exchange(m_results, {});
}

void PassWriter::post(std::function<void()> job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void PassWriter::run()
{
    const auto ready = [this] { return !m_jobs.empty() || m_stopping; };
    std::unique_lock lock(m_mutex);
    while (true) {
        // An open transaction is committed when it is due, whether more pages come or not.
        // (m_cache is this thread's: reading it here is safe.)
        if (m_cache && m_cache->inBatch()) {
            const auto until = std::min(m_commitBy, std::chrono::steady_clock::now() + kYieldCheck);
            if (!m_wake.wait_until(lock, until, ready)) {
                if (std::chrono::steady_clock::now() >= m_commitBy ||
                    BookingCache::writerWaiting()) {
                    lock.unlock();
                    commit();
                    lock.lock();
                }
                continue;
            }
        } else {
            m_wake.wait(lock, ready);
        }
        if (m_jobs.empty())
            break;
        std::function<void()> job = std::move(m_jobs.front());
        m_jobs.pop_front();
        m_busy = true;
        lock.unlock();
        job();
        lock.lock();
        m_busy = false;
        if (m_jobs.empty())
            m_idle.notify_all();
    }
    lock.unlock();
    // A writer destroyed mid-pass keeps what it was given and closes its connection here.
    commit();
    m_cache.reset();
}

void PassWriter::report(Result result)
{
    bool post = false;
    {
        const std::lock_guard lock(m_mutex);
        m_results.append(std::move(result));
        post = !std::exchange(m_deliveryPosted, true);
    }
    if (post)
        QMetaObject::invokeMethod(this, &PassWriter::deliver, Qt::QueuedConnection);
}

void PassWriter::deliver()
{
    QList<Result> results;
    {
        const std::lock_guard lock(m_mutex);
        m_deliveryPosted = false;
        results = std::exchange(m_results, {});
    }
    if (!results.isEmpty())
        Q_EMIT delivered(results);
}
