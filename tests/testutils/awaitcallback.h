#pragma once

#include <QObject>
#include <QTest>

#include <optional>

// Runs an asynchronous call that reports through a callback, and waits for its single
// completion. `call(context, done)` must start the call with `context` as its context
// object and `done` as its callback. Returns nullopt on a timeout or when the callback ran
// more than once.
template<typename Result, typename Call>
std::optional<Result> awaitCallback(Call call, int timeoutMs = 30000)
{
    std::optional<Result> result;
    int completions = 0;
    QObject context;
    call(&context, [&](const Result &r) {
        result = r;
        ++completions;
    });
    if (!QTest::qWaitFor([&] { return completions > 0; }, timeoutMs))
        return std::nullopt;
    // Give a stray second completion the chance to show up.
    QTest::qWait(10);
    if (completions != 1)
        return std::nullopt;
    return result;
}
