#pragma once

#include <QByteArray>
#include <QString>

class Rng;

// Booking metadata the way the AI receptionist fills it: always a service, usually notes
// (multi-line, emoji, umlauts), sometimes nested objects, arrays and numbers.
class MetadataGenerator
{
public:
    struct Service
    {
        QString name;
        int minutes = 30;
    };

    struct Extras
    {
        qint64 rescheduledFromMs = 0; // 0: not rescheduled
        bool fromLiveCall = false;
    };

    static Service pickService(Rng &rng);
    static QByteArray make(Rng &rng, const Service &service, const Extras &extras);
};
