#pragma once

#include "faultsettings.h"
#include "rng.h"

// Decides which fault, if any, hits the next API request.
class FaultInjector
{
public:
    enum class Fault { None, Drop, Truncate, Malformed, RateLimit, ServerError };

    FaultInjector(const FaultSettings &initial, quint64 seed);

    // One draw per fault kind in the order drop, truncate, malformed, 429, 500; the first
    // that fires wins and spends one unit of the budget.
    Fault next(const QByteArray &method);

    const FaultSettings &settings() const { return m_settings; }
    bool update(const QJsonObject &changes, QString *error);
    void reset();
    qint64 firedCount() const { return m_fired; }
    void resetCount() { m_fired = 0; }

    static const char *name(Fault fault);

private:
    FaultSettings m_settings;
    Rng m_rng;
    qint64 m_fired = 0;
};
