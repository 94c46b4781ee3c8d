#pragma once

#include "clock.h"

// Moves the one clock (models/clock.h) for a scope: to `instant`, running on from there or
// frozen. A dev server started inside the scope starts its clock there too.
class ClockGuard
{
public:
    enum class Mode { Running, Frozen };
    explicit ClockGuard(const QDateTime &instant, Mode mode = Mode::Running)
    {
        if (mode == Mode::Frozen)
            Clock::freeze(instant);
        else
            Clock::setNow(instant);
    }
    ~ClockGuard() { Clock::reset(); }
    ClockGuard(const ClockGuard &) = delete;
    ClockGuard &operator=(const ClockGuard &) = delete;
};
