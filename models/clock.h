#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

// The one source of "now" for models/, network/ and views/ (the dev server, which shares no
// code, has its own --now). It reads the system clock; a test moves it to any instant with
// setNow() (it keeps running from there) or freeze(), and reset() gives the system clock back.
// Reading it is thread-safe and costs one atomic load more than the system clock.
class Clock
{
public:
    static QDateTime now(); // UTC
    static qint64 nowMs();  // milliseconds since the epoch
    static QDate today(const QTimeZone &zone);

    // For tests and tools: "now" is `instant` at this moment and runs on from there.
    static void setNow(const QDateTime &instant);
    // "now" is `instant` until the next setNow(), freeze() or reset().
    static void freeze(const QDateTime &instant);
    static void reset();
    static bool isSystem();
};
