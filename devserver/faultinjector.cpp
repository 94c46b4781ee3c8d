#include "faultinjector.h"

FaultInjector::FaultInjector(const FaultSettings &initial, quint64 seed)
    : m_settings(initial), m_rng(seed ^ 0x6661756c'74730000ULL)
{}

FaultInjector::Fault FaultInjector::next(const QByteArray &method)
{
    if (m_settings.faultBudget == 0)
        return Fault::None;
    if (!m_settings.methods.isEmpty() &&
        !m_settings.methods.contains(QString::fromLatin1(method).toUpper()))
        return Fault::None;
    const std::pair<double, Fault> order[] = {
        {m_settings.dropRate, Fault::Drop},           {m_settings.truncateRate, Fault::Truncate},
        {m_settings.malformedRate, Fault::Malformed}, {m_settings.rateLimitRate, Fault::RateLimit},
        {m_settings.errorRate, Fault::ServerError},
    };
    for (const auto &[rate, fault] : order) {
        if (m_rng.uniform() < rate) {
            if (m_settings.faultBudget > 0)
                --m_settings.faultBudget;
            ++m_fired;
            return fault;
        }
    }
    return Fault::None;
}

bool FaultInjector::update(const QJsonObject &changes, QString *error)
{
    return m_settings.update(changes, error);
}

void FaultInjector::reset()
{
    m_settings = FaultSettings{};
}

const char *FaultInjector::name(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return "none";
    case Fault::Drop:
        return "drop";
    case Fault::Truncate:
        return "truncate";
    case Fault::Malformed:
        return "malformed";
    case Fault::RateLimit:
        return "429";
    case Fault::ServerError:
        return "500";
    }
    return "none";
}
