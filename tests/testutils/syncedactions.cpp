#include "syncedactions.h"

#include "futurebookings.h"
#include "retrypolicy.h"
#include "syncengine.h"

#include <QJsonObject>

#include <chrono>

bool SyncedActions::startServer(int seedBookings, QString *error)
{
    DevServerProcess::Options options;
    options.seedBookings = seedBookings;
    if (server.start(options))
        return true;
    *error = server.errorString();
    return false;
}

bool SyncedActions::prepare(const QString &actor, QString *error)
{
    server.resetFaults();
    cache = std::make_unique<BookingCache>();
    if (!cache->open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_caches)), error))
        return false;
    client = std::make_unique<ApiClient>();
    if (client->setBaseUrl(server.baseUrl())) {
        *error = QStringLiteral("the dev server's URL was refused");
        return false;
    }
    client->setRetryPolicy(RetryPolicy::none());
    client->setAccessToken(server.login());
    actions = std::make_unique<BookingActions>(client.get(), cache.get());
    actions->setActor(actor);
    SyncEngine sync(client.get(), cache.get());
    sync.setInterval(std::chrono::seconds(0));
    QSignalSpy finished(&sync, &SyncEngine::syncFinished);
    sync.refreshNow();
    if (!finished.wait(20000)) {
        *error = QStringLiteral("the first sync did not finish");
        return false;
    }
    server.control("POST", QStringLiteral("/_control/reset-stats"));
    return true;
}

void SyncedActions::reset()
{
    actions.reset();
    client.reset();
    cache.reset();
    server.resetFaults();
}

int SyncedActions::requests(const char *method)
{
    return server.stats().value("by_method").toObject().value(QLatin1String(method)).toInt();
}

Booking SyncedActions::nextFutureBooking()
{
    return makeBooking(FutureBookings::nextStart()).value_or(Booking());
}

std::optional<Booking> SyncedActions::makeBooking(const QDateTime &start, int minutes,
                                                  const QString &status)
{
    return makeBooking(FutureBookings::spec(start, minutes, status));
}

std::optional<Booking> SyncedActions::makeBooking(const QJsonObject &spec)
{
    return FutureBookings::create(server, *cache, spec);
}

int waitForResult(QSignalSpy &spy, const QString &id, int timeoutMs)
{
    for (;;) {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            if (args.at(0).toString() == id)
                return args.at(1).toInt();
        }
        if (!spy.wait(timeoutMs))
            return -100;
    }
}
