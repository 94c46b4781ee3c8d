#pragma once

#include <chrono>
#include <optional>

// When and how often an idempotent request is tried again: exponential backoff with full
// jitter, and the server's Retry-After when it names a longer wait.
struct RetryPolicy
{
    int maxRetries = 3;
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{8000};
    // A Retry-After longer than this ends the request with the error instead of waiting.
    std::chrono::milliseconds maxRetryAfter{60000};

    // The wait before retry number `retry` (1-based); nullopt when no retry should happen.
    std::optional<std::chrono::milliseconds>
    delayFor(int retry, std::optional<std::chrono::seconds> retryAfter) const;

    static RetryPolicy none() { return RetryPolicy{0, {}, {}, {}}; }
};
