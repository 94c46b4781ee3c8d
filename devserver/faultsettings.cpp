#include "faultsettings.h"

#include <QJsonArray>
#include <QJsonValue>

QJsonObject FaultSettings::toJson() const
{
    return {{QStringLiteral("latency_ms"), latencyMs},
            {QStringLiteral("error_rate"), errorRate},
            {QStringLiteral("rate_limit_rate"), rateLimitRate},
            {QStringLiteral("retry_after"), retryAfterSeconds},
            {QStringLiteral("malformed_rate"), malformedRate},
            {QStringLiteral("truncate_rate"), truncateRate},
            {QStringLiteral("drop_rate"), dropRate},
            {QStringLiteral("fault_budget"), faultBudget},
            {QStringLiteral("methods"), QJsonArray::fromStringList(methods)}};
}

bool FaultSettings::update(const QJsonObject &changes, QString *error)
{
    FaultSettings next = *this;
    const auto rate = [&](const char *key, double *target) {
        const QJsonValue value = changes.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1) {
            *error = QStringLiteral("%1 must be a number between 0 and 1").arg(QLatin1String(key));
            return false;
        }
        *target = value.toDouble();
        return true;
    };
    const auto integer = [&](const char *key, qint64 minimum, auto *target) {
        const QJsonValue value = changes.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        const double number = value.toDouble(-2.0);
        if (!value.isDouble() || number != qint64(number) || number < double(minimum) ||
            number > 1e9) {
            *error =
                QStringLiteral("%1 must be an integer >= %2").arg(QLatin1String(key)).arg(minimum);
            return false;
        }
        *target = static_cast<std::remove_pointer_t<decltype(target)>>(number);
        return true;
    };
    const bool ok =
        integer("latency_ms", 0, &next.latencyMs) && rate("error_rate", &next.errorRate) &&
        rate("rate_limit_rate", &next.rateLimitRate) &&
        integer("retry_after", 0, &next.retryAfterSeconds) &&
        rate("malformed_rate", &next.malformedRate) && rate("truncate_rate", &next.truncateRate) &&
        rate("drop_rate", &next.dropRate) && integer("fault_budget", -1, &next.faultBudget);
    if (!ok)
        return false;
    const QJsonValue methods = changes.value(QLatin1String("methods"));
    if (!methods.isUndefined()) {
        if (!methods.isArray()) {
            *error = QStringLiteral("methods must be an array of HTTP methods");
            return false;
        }
        next.methods.clear();
        for (const QJsonValue &method : methods.toArray())
            next.methods.append(method.toString().toUpper());
    }
    *this = next;
    return true;
}
