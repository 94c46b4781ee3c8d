#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

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
    // Faults hit only requests with these methods (upper case); empty: every method. Lets a
    // test fail a PATCH while the GET before it succeeds.
    QStringList methods;

    QJsonObject toJson() const;
    // Applies only the keys present in \a changes; leaves *this untouched on error.
    bool update(const QJsonObject &changes, QString *error);
};
