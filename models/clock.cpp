#include "clock.h"

#include <atomic>

namespace {

// Either an offset added to the system clock or, when frozen, the instant itself.
std::atomic<qint64> g_offsetMs{0};
std::atomic<qint64> g_frozenMs{0};
std::atomic<bool> g_frozen{false};

} // namespace

qint64 Clock::nowMs()
{
    if (g_frozen.load(std::memory_order_acquire))
        return g_frozenMs.load(std::memory_order_relaxed);
    return QDateTime::currentMSecsSinceEpoch() + g_offsetMs.load(std::memory_order_relaxed);
}

QDateTime Clock::now()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

QDate Clock::today(const QTimeZone &zone)
{
    return now().toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone()).date();
}

void Clock::setNow(const QDateTime &instant)
{
    g_offsetMs.store(instant.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch(),
                     std::memory_order_relaxed);
    g_frozen.store(false, std::memory_order_release);
}

void Clock::freeze(const QDateTime &instant)
{
    g_frozenMs.store(instant.toMSecsSinceEpoch(), std::memory_order_relaxed);
    g_frozen.store(true, std::memory_order_release);
}

void Clock::reset()
{
    g_offsetMs.store(0, std::memory_order_relaxed);
    g_frozen.store(false, std::memory_order_release);
}

bool Clock::isSystem()
{
    return !g_frozen.load(std::memory_order_acquire) && g_offsetMs.load() == 0;
}
