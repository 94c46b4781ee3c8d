// BookingTableModel: the first load of the list, the days the window shows first at once
// and the rest from BookingRowLoader's thread in chunks (see DESIGN.md, List model).

#include "bookingcache.h"
#include "bookingrowloader.h"
#include "bookingtablemodel.h"
#include "cachelogging.h"
#include "clock.h"
#include "customerhistory.h"

#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void BookingTableModel::load(const LoadPlan &plan)
{
    stopLoading();
    beginResetModel();
    ++m_generation;
    m_rows =
        m_cache ? m_cache->rowsStarting(plan.firstFromMs, plan.firstToMs) : QList<BookingRow>();
    m_asCached.clear();
    for (BookingRow &row : m_rows) {
        if (m_intents.contains(row.id))
            row = intended(std::move(row));
    }
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (BookingRowRanks &ranks : m_ranks)
        ranks.clear();
    reindexFrom(0);
    endResetModel();

    m_loaded = int(m_rows.size());
    m_loadTotal = m_cache ? m_cache->count() : 0;
    // Room for every row at once: grown by chunks, the list and the index of ids would end
    // with up to half their size unused (about 60 bytes a booking).
    m_rows.reserve(m_loadTotal);
    m_rowById.reserve(m_loadTotal);
    if (!m_cache || !m_cache->isOpen() || m_loaded >= m_loadTotal) {
        refreshNoShows();
        Q_EMIT loadFinished();
        return;
    }
    // The customers' no-shows (a query over a year of bookings: 90 ms at 100,000) are
    // counted on the thread too, and their warnings shown when the load ends.
    m_loadPlan = plan;
    m_noShowsAppliedAtLoad = m_noShowsApplied;
    m_loader = new BookingRowLoader(this);
    connect(m_loader, &BookingRowLoader::chunkReady, this, &BookingTableModel::applyLoaded);
    connect(m_loader, &BookingRowLoader::finished, this, &BookingTableModel::loadEnded);
    const auto [noShowsFrom, noShowsTo] = CustomerHistory::warningWindowMs(Clock::now());
    m_loader->start({m_cache->filePath(), plan.firstFromMs, plan.firstToMs, plan.column, plan.order,
                     plan.chunkRows, noShowsFrom, noShowsTo, CustomerHistory::kWarnNoShows});
    Q_EMIT loadProgress(m_loaded, m_loadTotal);
    m_loader->fetchMore();
}

void BookingTableModel::setLoadOrder(int column, Qt::SortOrder order)
{
    if (m_loader)
        m_loader->setOrder(column, order);
}

void BookingTableModel::stopLoading()
{
    if (BookingRowLoader *loader = std::exchange(m_loader, nullptr)) {
        // Possibly inside its own signal: it goes (and its thread is joined) later, and
        // nothing it still sends arrives here.
        disconnect(loader, nullptr, this, nullptr);
        loader->cancel();
        loader->deleteLater();
    }
    m_touchedWhileLoading.clear();
}

void BookingTableModel::applyLoaded(QList<BookingRow> rows)
{
    // What was written or removed since the load began is newer than the load's reading.
    if (!m_touchedWhileLoading.isEmpty()) {
        rows.removeIf(
            [this](const BookingRow &row) { return m_touchedWhileLoading.contains(row.id); });
    }
    for (BookingRow &row : rows) {
        if (m_intents.contains(row.id))
            row = intended(std::move(row));
    }
    m_loaded += int(rows.size());
    upsert(std::move(rows));
    Q_EMIT loadProgress(qMin(m_loaded, m_loadTotal), m_loadTotal);
    // The next chunk after the event loop's next pass: input and painting come in between
    // (queued chunks would otherwise all be inserted in one go).
    QTimer::singleShot(0, m_loader, &BookingRowLoader::fetchMore);
}

void BookingTableModel::loadEnded(const QString &error, const QHash<QString, int> &noShows)
{
    stopLoading();
    if (!error.isEmpty()) {
        // The thread could not read the cache: the rest is read here, late but complete.
        qCWarning(lcCache, "reading the booking list on a thread failed (%s); reading it now",
                  qPrintable(error));
        if (m_cache) {
            QList<BookingRow> rows =
                m_cache->rowsNotStarting(m_loadPlan.firstFromMs, m_loadPlan.firstToMs);
            for (BookingRow &row : rows) {
                if (m_intents.contains(row.id))
                    row = intended(std::move(row));
            }
            upsert(std::move(rows));
        }
        refreshNoShows();
    } else if (m_noShowsApplied == m_noShowsAppliedAtLoad) {
        // Counts applied during the load (a pass's end, a write here) are newer than the
        // thread's, taken when it began.
        applyNoShows(noShows);
    }
    releaseFreedMemory();
    Q_EMIT loadFinished();
}

void BookingTableModel::releaseFreedMemory()
{
#if defined(__GLIBC__)
    // The thread read every row into buffers of its own malloc arena, all freed by now, and
    // glibc keeps a thread's freed memory for it: about 190 bytes a booking, which the
    // process would hold until it ends. (Measured by bench_mainwindow's memory per booking.)
    malloc_trim(0); // 1-8 ms at 100,000 bookings
#endif
}
