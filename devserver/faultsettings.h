#pragma once

#include <QJsonObject>
#include <QString>

struct FaultSettings
{
    int latencyMs = 0;
    double errorRate = 0;
    double rateLimitRate = 0;
    int retryAfterSeconds = 1;
    double malformedRate = 0;
    double truncateRate = 0;
    double dropRate = 0;
    qint64 faultBudget = -1;

    QJsonObject toJson() const;
    // Applies only the keys present in \a changes; leaves *this untouched on error.
    bool update(const QJsonObject &changes, QString *error);
};
