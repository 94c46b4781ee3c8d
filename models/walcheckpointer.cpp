#include "walcheckpointer.h"

#include "cachelogging.h"

#include <QThread>

#include <sqlite3.h>
#include <utility>

WalCheckpointer::~WalCheckpointer()
{
    finish();
}

bool WalCheckpointer::start(const QString &path, QString *error)
{
    if (m_thread)
        return true;
    // NOMUTEX: this connection is only ever used by the checkpointer's thread.
    const int opened = sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (opened != SQLITE_OK) {
        *error = QStringLiteral("cannot open a checkpoint connection: %1")
                     .arg(QString::fromUtf8(sqlite3_errstr(opened)));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    // The checkpoint's syncs follow the cache's own durability (BookingCache::open).
    sqlite3_exec(m_db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    m_stopping = false;
    // Idle priority: the copy is maintenance that no one waits for until the pass ends, and
    // during a sync the cores are wanted by the server's pages, their decoding and the
    // writer. finish() raises it again, so waiting for it never depends on a quiet machine.
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("frontdesk-checkpointer"));
    m_thread->start(QThread::IdlePriority);
    return true;
}

void WalCheckpointer::request(qsizetype rows)
{
    // About 5 MB of rows; a first sync's commits of 10,000 rows each request a copy.
    constexpr qsizetype kRowsPerCopy = 5000;
    {
        const std::lock_guard lock(m_mutex);
        m_rows += rows;
        if (m_rows < kRowsPerCopy)
            return;
        m_rows = 0;
        m_requested = true;
    }
    m_wake.notify_one();
}

void WalCheckpointer::finish()
{
    if (!m_thread)
        return;
    m_thread->setPriority(QThread::NormalPriority);
    {
        std::unique_lock lock(m_mutex);
        if (std::exchange(m_rows, 0) > 0) {
            m_requested = true;
            m_wake.notify_one();
        }
        m_idle.wait(lock, [this] { return !m_requested && !m_busy; });
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread->wait();
    m_thread.reset();
    sqlite3_close(m_db);
    m_db = nullptr;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping && !m_requested)
            return;
        m_requested = false;
        m_busy = true;
        lock.unlock();
        // PASSIVE copies what no reader still needs and never waits for a lock: what it
        // leaves, the next request copies.
        int logFrames = 0;
        int copiedFrames = 0;
        const int result = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                                     &logFrames, &copiedFrames);
        if (result != SQLITE_OK && result != SQLITE_BUSY) {
            qCWarning(lcCache).noquote()
                << "checkpoint failed:" << QString::fromUtf8(sqlite3_errmsg(m_db));
        }
        lock.lock();
        m_busy = false;
        m_idle.notify_all();
    }
}
