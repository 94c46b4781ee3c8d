#pragma once

#include <QString>
#include <QThread>

#include <condition_variable>
#include <memory>
#include <mutex>

struct sqlite3;

// Copies a sync pass's commits from the write-ahead log into the database file on a
// connection and a thread of its own, while the pass goes on writing. SQLite's automatic
// checkpoint runs inside the writer's commit and stops it for a quarter of its time; a
// passive checkpoint from another connection takes no lock a writer needs, so on a second
// core the copy costs the writer nothing.
//
// The log only starts over once a checkpoint has caught up between two commits, so during
// a long pass it grows (to about the size of what the pass wrote); the connection's
// journal_size_limit trims it again afterwards.
class WalCheckpointer
{
public:
    WalCheckpointer() = default;
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Opens its connection to the (WAL mode) database at `path` and starts the thread.
    bool start(const QString &path, QString *error);
    // After a commit that wrote `rows` rows: once enough have gathered (a few MB of log),
    // copy what is committed, soon. Each copy ends with a sync to disk, so a pass of many
    // small transactions must not pay one per commit.
    void request(qsizetype rows);
    // Copies what is left, waits until that is done, then stops the thread and closes.
    void finish();

private:
    void run();

    sqlite3 *m_db = nullptr;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    qsizetype m_rows = 0; // written since the last copy was requested
    bool m_requested = false;
    bool m_busy = false;
    bool m_stopping = false;
};
