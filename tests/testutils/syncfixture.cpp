#include "syncfixture.h"

#include "devserverprocess.h"
#include "serverlisting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace std::chrono_literals;

namespace SyncTesting {

std::optional<Listing> serverListing(const QUrl &base, const QByteArray &token)
{
    return ServerListing::fetch(base, token, kPageSize);
}

Listing cacheListing(const BookingCache &cache)
{
    Listing listing;
    for (const Booking &booking : cache.bookings())
        listing.insert(booking.id, QJsonDocument::fromJson(booking.json).object());
    return listing;
}

// Empty when equal, else the first difference.
QString difference(const Listing &cache, const Listing &server)
{
    if (cache.size() != server.size())
        return QStringLiteral("cache has %1 bookings, server %2")
            .arg(cache.size())
            .arg(server.size());
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        const auto cached = cache.constFind(it.key());
        if (cached == cache.cend())
            return QStringLiteral("%1 missing in the cache").arg(it.key());
        if (*cached != it.value()) {
            return QStringLiteral("%1 differs:\ncache  %2\nserver %3")
                .arg(it.key(),
                     QString::fromUtf8(QJsonDocument(*cached).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(QJsonDocument(*it).toJson(QJsonDocument::Compact)));
        }
    }
    return {};
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList idsOf(const QJsonObject &answer)
{
    QStringList ids;
    for (const QJsonValue &id : answer.value(QLatin1String("ids")).toArray())
        ids.append(id.toString());
    return sorted(ids);
}

SyncReport reportOf(const QSignalSpy &finished, int index)
{
    return finished.at(index).at(0).value<SyncReport>();
}

QString describe(const SyncReport &report)
{
    return report.toLogString();
}

} // namespace SyncTesting

using namespace SyncTesting;

bool SyncFixture::startServer(int seedBookings)
{
    DevServerProcess::Options options;
    options.seedBookings = seedBookings;
    return m_dir.isValid() && m_server.start(options);
}

bool SyncFixture::prepareTest()
{
    return m_server.resetFaults() && connectTo(m_server) &&
           !m_server.control("POST", QStringLiteral("/_control/reset-stats")).isEmpty();
}

void SyncFixture::finishTest()
{
    disconnectAll();
    m_server.resetFaults();
}

bool SyncFixture::connectTo(DevServerProcess &server)
{
    disconnectAll();
    m_token = server.login();
    if (m_token.isEmpty())
        return false;
    m_client = std::make_unique<ApiClient>();
    if (m_client->setBaseUrl(server.baseUrl()))
        return false;
    m_client->setAccessToken(m_token);
    RetryPolicy fast;
    fast.maxRetries = 3;
    fast.baseDelay = 20ms;
    fast.maxDelay = 100ms;
    m_client->setRetryPolicy(fast);
    m_client->setTimeout(10s);
    m_cache = std::make_unique<BookingCache>();
    QString error;
    if (!m_cache->open(m_dir.filePath(QStringLiteral("c%1/cache.sqlite").arg(++m_caches)),
                       &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_engine = std::make_unique<SyncEngine>(m_client.get(), m_cache.get());
    return true;
}

void SyncFixture::disconnectAll()
{
    m_engine.reset();
    m_client.reset();
    m_cache.reset();
}

std::optional<SyncReport> SyncFixture::runPass(int timeoutMs)
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::syncFinished);
    m_engine->refreshNow();
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return std::nullopt;
    return reportOf(finished);
}

QString SyncFixture::compareWithServer(DevServerProcess &server)
{
    const auto listing = serverListing(server.baseUrl(), m_token);
    if (!listing)
        return QStringLiteral("cannot list the server's bookings");
    return difference(cacheListing(*m_cache), *listing);
}

int SyncFixture::serverCount(DevServerProcess &server)
{
    return server.stats().value(QLatin1String("bookings")).toInt(-1);
}

bool SyncFixture::startRestartable(DevServerProcess &server, const QString &database, int seed,
                                   quint16 port)
{
    DevServerProcess::Options options;
    options.seedBookings = seed;
    options.database = database;
    options.extraArgs = {QStringLiteral("--jwt-secret"), QStringLiteral("sync-fixture"),
                         QStringLiteral("--port"), QString::number(port)};
    if (!server.start(options)) {
        qWarning("%s", qPrintable(server.errorString()));
        return false;
    }
    return port == 0 || server.port() == port;
}

bool SyncFixture::editServerDatabase(const QString &database, const QString &sql, const QString &id)
{
    const QString name = QStringLiteral("sync-fixture-edit");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.prepare(sql);
            query.addBindValue(id);
            ok = ok && query.exec() && query.numRowsAffected() == 1;
            if (!ok)
                qWarning("%s", qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
