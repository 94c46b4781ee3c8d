#include "bookingrowloader.h"

#include "bookingcache.h"
#include "bookingtablemodel.h"

#include <QMetaObject>

#include <algorithm>

BookingRowLoader::BookingRowLoader(QObject *parent) : QObject(parent)
{}

BookingRowLoader::~BookingRowLoader()
{
    stop();
}

void BookingRowLoader::cancel()
{
    {
        const std::lock_guard lock(m_mutex);
        m_cancel = true;
    }
    m_wake.notify_all();
}

void BookingRowLoader::stop()
{
    if (!m_thread.joinable())
        return;
    cancel();
    m_thread.join();
}

void BookingRowLoader::start(const Plan &plan)
{
    stop();
    m_cancel = false;
    m_requested = 0;
    m_column = plan.column;
    m_order = plan.order;
    m_orderChanged = false;
    m_thread = std::thread([this, plan] { run(plan); });
}

void BookingRowLoader::fetchMore()
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_requested;
    }
    m_wake.notify_all();
}

void BookingRowLoader::setOrder(int column, Qt::SortOrder order)
{
    const std::lock_guard lock(m_mutex);
    if (column == m_column && order == m_order)
        return;
    m_column = column;
    m_order = order;
    m_orderChanged = true;
}

QList<QList<BookingRow>> BookingRowLoader::arrange(QList<BookingRow> rows, int column,
                                                   Qt::SortOrder order, qint64 loadedToMs,
                                                   int chunkRows)
{
    chunkRows = std::max(chunkRows, 1);
    QList<QList<BookingRow>> chunks;
    const auto cut = [&](qsizetype from, qsizetype to) { // [from, to) of rows, as one chunk
        QList<BookingRow> chunk;
        chunk.reserve(to - from);
        for (qsizetype i = from; i < to; ++i)
            chunk.append(std::move(rows[i]));
        chunks.append(std::move(chunk));
    };
    if (column == BookingTableModel::StartColumn) {
        // Both orders: the rows after the loaded part, nearest first, then those before it,
        // nearest first; each chunk touches the rows already there.
        const auto after =
            std::lower_bound(rows.cbegin(), rows.cend(), loadedToMs,
                             [](const BookingRow &row, qint64 ms) { return row.startMs < ms; });
        const qsizetype split = after - rows.cbegin();
        for (qsizetype from = split; from < rows.size(); from += chunkRows)
            cut(from, std::min(from + chunkRows, rows.size()));
        for (qsizetype to = split; to > 0; to -= chunkRows)
            cut(std::max(to - chunkRows, qsizetype(0)), to);
        return chunks;
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const BookingRow &a, const BookingRow &b) {
        const int result = BookingTableModel::compare(column, a, b);
        return order == Qt::AscendingOrder ? result < 0 : result > 0;
    });
    for (qsizetype from = 0; from < rows.size(); from += chunkRows)
        cut(from, std::min(from + chunkRows, rows.size()));
    return chunks;
}

bool BookingRowLoader::waitForRequest()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return m_cancel || m_requested > 0; });
    if (m_cancel)
        return false;
    --m_requested;
    return true;
}

void BookingRowLoader::run(Plan plan)
{
    const auto post = [this](auto function) {
        QMetaObject::invokeMethod(this, std::move(function), Qt::QueuedConnection);
    };
    QList<BookingRow> rows;
    QHash<QString, int> noShows;
    {
        BookingCache cache;
        QString error;
        if (!cache.openReadOnly(plan.cachePath, &error)) {
            if (waitForRequest())
                post([this, error] { Q_EMIT finished(error, {}); });
            return;
        }
        rows = cache.rowsNotStarting(plan.loadedFromMs, plan.loadedToMs, &m_cancel);
        if (!m_cancel)
            noShows = cache.noShowCounts(plan.noShowsFromMs, plan.noShowsToMs, plan.noShowsAtLeast);
    }
    if (m_cancel)
        return;
    QList<QList<BookingRow>> chunks =
        arrange(std::move(rows), plan.column, plan.order, plan.loadedToMs, plan.chunkRows);
    qsizetype next = 0;
    while (waitForRequest()) {
        {
            std::unique_lock lock(m_mutex);
            if (m_orderChanged) {
                m_orderChanged = false;
                plan.column = m_column;
                plan.order = m_order;
                lock.unlock();
                // What is left, by start again, then in the new order.
                QList<BookingRow> left;
                for (qsizetype i = next; i < chunks.size(); ++i)
                    left.append(std::move(chunks[i]));
                std::stable_sort(
                    left.begin(), left.end(),
                    [](const BookingRow &a, const BookingRow &b) { return a.startMs < b.startMs; });
                chunks = arrange(std::move(left), plan.column, plan.order, plan.loadedToMs,
                                 plan.chunkRows);
                next = 0;
            }
        }
        if (next >= chunks.size()) {
            post([this, noShows] { Q_EMIT finished(QString(), noShows); });
            return;
        }
        post([this, chunk = std::move(chunks[next++])] { Q_EMIT chunkReady(chunk); });
    }
}
