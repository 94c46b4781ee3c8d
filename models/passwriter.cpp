#include "passwriter.h"

#include "bookingcache.h"

#include <QThread>

namespace {

PassWriter::Result failure(const QString &error)
{
    PassWriter::Result result;
    result.kind = PassWriter::Result::Failed;
    result.error = error;
    return result;
}

PassWriter::Result writtenResult(const UpsertResult &written)
{
    PassWriter::Result result;
    result.inserted = written.inserted;
    result.changed = written.changed;
    return result;
}

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
        if (!m_cache->open(cachePath, &error) || (m_pass = m_cache->beginPass(&error)) == 0) {
            m_failed = true;
            report(failure(error));
        }
    });
}

void PassWriter::write(QList<Booking> bookings, QStringList skippedIds)
{
    post([this, bookings = std::move(bookings), skippedIds = std::move(skippedIds)] {
        if (m_failed)
            return;
        QString error;
        if (!skippedIds.isEmpty() && !m_cache->markSeen(skippedIds, m_pass, &error)) {
            m_failed = true;
            report(failure(error));
            return;
        }
        const auto written = m_cache->upsert(bookings, m_pass, &error);
        if (!written) {
            m_failed = true;
            report(failure(error));
            return;
        }
        if (!written->inserted.isEmpty() || !written->changed.isEmpty())
            report(writtenResult(*written));
    });
}

void PassWriter::finish(bool complete, bool removeUnseen)
{
    post([this, complete, removeUnseen] {
        Result result;
        result.kind = Result::Finished;
        result.pass = m_pass;
        QString error;
        if (!m_failed && removeUnseen) {
            const auto removed = m_cache->removeUnseen(m_pass, &error);
            if (removed)
                result.removed = *removed;
            else
                m_failed = true;
        }
        // Stored here rather than by the owner's connection, which would wait for the
        // index build below to let go of the database.
        if (!m_failed && complete) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (m_cache->setLastSync(now))
                result.syncedAt = now;
            else
                error = QStringLiteral("cannot store the time of the last sync");
        }
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
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return !m_jobs.empty() || m_stopping; });
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
    m_cache.reset(); // a writer destroyed mid-pass still closes its connection here
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
