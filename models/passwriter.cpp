#include "passwriter.h"

#include "bookingcache.h"

#include <QThread>

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
            report({Result::Failed, {}, {}, {}, error});
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
            report({Result::Failed, {}, {}, {}, error});
            return;
        }
        const auto written = m_cache->upsert(bookings, m_pass, &error);
        if (!written) {
            m_failed = true;
            report({Result::Failed, {}, {}, {}, error});
            return;
        }
        if (!written->inserted.isEmpty() || !written->changed.isEmpty())
            report({Result::Written, written->inserted, written->changed, {}, {}});
    });
}

void PassWriter::finish(bool removeUnseen)
{
    post([this, removeUnseen] {
        Result result{Result::Finished, {}, {}, {}, {}, m_pass};
        if (!m_failed && removeUnseen) {
            QString error;
            const auto removed = m_cache->removeUnseen(m_pass, &error);
            if (removed) {
                result.removed = *removed;
            } else {
                m_failed = true;
                result.error = error;
            }
        }
        // Closing waits for the pass's checkpoint: the next pass starts from a short log.
        m_cache.reset();
        report(result);
    });
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
