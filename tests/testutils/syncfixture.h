#pragma once

#include "apiclient.h"
#include "bookingcache.h"
#include "devserverprocess.h"
#include "syncengine.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class QSignalSpy;

// What the sync engine's tests share: comparing the cache with the server, and a client,
// cache and engine per dev server.
namespace SyncTesting {

constexpr int kPageSize = 100; // what BookingPager asks for

using Listing = QMap<QString, QJsonObject>;

// Everything the server lists, read with plain HTTP and parsed here, so that the comparison
// with the cache does not go through the client's own codec.
std::optional<Listing> serverListing(const QUrl &base, const QByteArray &token);
Listing cacheListing(const BookingCache &cache);
// Empty when equal, else the first difference.
QString difference(const Listing &cache, const Listing &server);
QStringList sorted(QStringList list);
QStringList idsOf(const QJsonObject &answer); // a control answer's "ids", sorted
SyncReport reportOf(const QSignalSpy &finished, int index = 0);
QString describe(const SyncReport &report);

} // namespace SyncTesting

// A test's client, cache and engine, made afresh for a server by connectTo(), and the dev
// server most tests share.
class SyncFixture
{
protected:
    DevServerProcess m_server;
    QTemporaryDir m_dir;
    QByteArray m_token;
    int m_caches = 0;
    std::unique_ptr<BookingCache> m_cache;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;

    bool startServer(int seedBookings); // initTestCase
    bool prepareTest(); // init: no faults, a fresh client, cache and engine, stats reset
    void finishTest();  // cleanup
    // A client, cache and engine for `server`, replacing the previous ones.
    bool connectTo(DevServerProcess &server);
    void disconnectAll();
    std::optional<SyncReport> runPass(int timeoutMs = 60000);
    QString compareWithServer(DevServerProcess &server);
    static int serverCount(DevServerProcess &server);
    // A server on a database file with a fixed signing key: stopped and started again on
    // the same port, it is the same server to the client, token included.
    static bool startRestartable(DevServerProcess &server, const QString &database, int seed,
                                 quint16 port = 0);
    // Changes the stopped server's database behind its back: the only way to make it send
    // a record this client cannot decode.
    static bool editServerDatabase(const QString &database, const QString &sql, const QString &id);
};
