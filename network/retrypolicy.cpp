#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

std::optional<std::chrono::milliseconds>
RetryPolicy::delayFor(int retry, std::optional<std::chrono::seconds> retryAfter) const
{
    using std::chrono::milliseconds;
    if (retry < 1 || retry > maxRetries)
        return std::nullopt;
    if (retryAfter && *retryAfter > maxRetryAfter)
        return std::nullopt;

    const qint64 ceiling = std::min<qint64>(
        maxDelay.count(), baseDelay.count() * (qint64(1) << std::min(retry - 1, 20)));
    // Full jitter keeps many clients that failed together from coming back together.
    const qint64 jittered =
        ceiling > 0 ? QRandomGenerator::global()->bounded(ceiling / 2, ceiling + 1) : 0;
    milliseconds delay(jittered);
    if (retryAfter)
        delay = std::max<milliseconds>(delay, *retryAfter);
    return delay;
}
