#include "bulkactionrunner.h"

#include "networklogging.h"

BulkActionRunner::BulkActionRunner(BookingActions *actions, QObject *parent)
    : QObject(parent), m_actions(actions)
{
    m_pause.setSingleShot(true);
    // A coarse timer may fire a little early, which would break the rate bound.
    m_pause.setTimerType(Qt::PreciseTimer);
    connect(&m_pause, &QTimer::timeout, this, &BulkActionRunner::startNext);
}

void BulkActionRunner::start(const QList<Item> &items)
{
    if (m_running)
        return;
    m_items = items;
    m_next = 0;
    m_inFlight = 0;
    m_maxInFlight = 0;
    m_cancelled = false;
    m_running = true;
    m_sinceStart.invalidate();
    qCInfo(lcNetwork) << "bulk action on" << items.size() << "bookings";
    // From the event loop, so callers can connect to the signals first and never see a
    // signal from inside start().
    m_pause.start(0);
}

void BulkActionRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_pause.stop();
    if (m_inFlight == 0)
        end();
}

void BulkActionRunner::startNext()
{
    if (!m_running || m_cancelled || m_inFlight > 0)
        return;
    if (m_next >= m_items.size()) {
        end();
        return;
    }
    // The rate bound: a start waits until the interval since the previous start has passed.
    if (m_sinceStart.isValid()) {
        const qint64 wait = m_interval.count() - m_sinceStart.elapsed();
        if (wait > 0) {
            m_pause.start(int(wait));
            return;
        }
    }
    const int index = m_next++;
    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    m_sinceStart.start();
    Q_EMIT itemStarted(index);
    const Item &item = m_items.at(index);
    m_actions->apply(item.seen, item.change, this, [this, index](const ActionOutcome &outcome) {
        --m_inFlight;
        Q_EMIT itemFinished(index, outcome);
        if (m_cancelled)
            end();
        else
            startNext();
    });
}

void BulkActionRunner::end()
{
    if (!m_running)
        return;
    m_running = false;
    const int completed = m_next - m_inFlight;
    qCInfo(lcNetwork) << "bulk action ended:" << completed << "of" << m_items.size()
                      << (m_cancelled ? "(cancelled)" : "");
    Q_EMIT finished(completed, m_cancelled);
}
