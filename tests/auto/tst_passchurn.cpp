#include "bookingcache.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using namespace SyncTesting;

// The list is paged by offset in an order API.md does not document. Bookings deleted,
// moved or created on the server while a pass pages through it shift later pages, so a pass
// can miss bookings that are still there. Such a pass must never remove them from the cache
// (it asks the server about every booking it did not see first), and once the server holds
// still one more pass makes the cache equal to it. The same holds with two processes (the GUI
// and frontdesk-cli) syncing into one cache file at once.
class TestPassChurn : public QObject, protected SyncFixture
{
    Q_OBJECT

private:
    static QSet<QString> keys(const Listing &listing)
    {
        return QSet<QString>(listing.keyBegin(), listing.keyEnd());
    }
    QSet<QString> cached() const { return keys(cacheListing(*m_cache)); }
    QSet<QString> onServer()
    {
        const auto listing = serverListing(m_server.baseUrl(), m_token);
        return listing ? keys(*listing) : QSet<QString>();
    }
    bool churn(const QJsonObject &settings)
    {
        return !m_server.control("POST", QStringLiteral("/_control/churn"), settings).isEmpty();
    }
    QJsonObject churnDone() { return m_server.control("GET", QStringLiteral("/_control/churn")); }
    static QSet<QString> idSet(const QJsonValue &ids)
    {
        QSet<QString> set;
        for (const QJsonValue &id : ids.toArray())
            set.insert(id.toString());
        return set;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startServer(3000)); }
    void init() { QVERIFY(prepareTest()); }
    void cleanup() { finishTest(); }

    void deletionsAndMovesDuringAPassCostNoLiveBooking_data()
    {
        QTest::addColumn<QString>("order");
        QTest::newRow("created order: deletions shift later pages") << QStringLiteral("created");
        QTest::newRow("updated order: moves jump to the front") << QStringLiteral("updated");
    }
    void deletionsAndMovesDuringAPassCostNoLiveBooking()
    {
        QFETCH(QString, order);
        QVERIFY(churn({{"order", order}}));
        const auto first = runPass();
        QVERIFY(first && first->ok());
        QCOMPARE(compareWithServer(m_server), QString());

        for (int round = 0; round < 2; ++round) {
            const QSet<QString> before = cached();
            QVERIFY(m_server.resetFaults());
            QVERIFY(churn({{"order", order},
                           {"deletes_per_page", 2},
                           {"moves_per_page", 3},
                           {"creates_per_page", 1}}));
            QVERIFY(m_server.setFaults({{"latency_ms", 10}}));
            m_server.control("POST", QStringLiteral("/_control/reset-stats"));
            const auto pass = runPass();
            QVERIFY(pass && pass->ok());
            const QJsonObject done = churnDone();
            QVERIFY(churn({{"pages", 0}})); // the server holds still from here
            const QSet<QString> deleted = idSet(done.value("deleted"));
            QVERIFY(deleted.size() >= 40); // the list did move under the pass
            const QSet<QString> server = onServer();
            // No booking that was cached and is still on the server went missing.
            QSet<QString> lost = (before & server) - cached();
            QVERIFY2(lost.isEmpty(), qPrintable(QStringList(lost.values()).join(u' ')));
            // Whatever the pass removed, the server had deleted.
            // Whatever the pass removed, the server does not have (it was deleted during this
            // pass, or during the last one after that pass had seen it).
            for (const QString &id : pass->removed)
                QVERIFY2(!server.contains(id), qPrintable(id));
            // Removals were asked about one by one: figures for the note.
            const int gets = m_server.stats().value("by_method").toObject().value("GET").toInt();
            qInfo("%s round %d: %d pages, %lld deleted meanwhile, %lld removed, %lld unseen but "
                  "still there, %d GETs (%d of them to ask about unseen bookings)",
                  qPrintable(order), round, pass->pages, qlonglong(deleted.size()),
                  qlonglong(pass->removed.size()), qlonglong(pass->stillThere.size()), gets,
                  gets - pass->pages);
        }
        // Held still, one more pass makes the cache equal to the server.
        QVERIFY(m_server.resetFaults());
        const auto last = runPass();
        QVERIFY(last && last->ok());
        QCOMPARE(compareWithServer(m_server), QString());
    }

    // The GUI and frontdesk-cli sync into one cache file at once, while the server deletes,
    // moves and creates bookings: neither removes what the other (or the server) still has.
    void twoProcessesOneCache()
    {
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FRONTDESK_TOKEN"), QString::fromLatin1(m_token));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath("cli-config"));
        cli.setProcessEnvironment(environment);
        cli.setProcessChannelMode(QProcess::MergedChannels);
        // The CLI's cache for this account is this test's cache file: its own data folder
        // would be elsewhere, so it is pointed at the same file through --data-dir's layout.
        const QString dataDir = m_dir.filePath(QStringLiteral("shared"));
        const QString path =
            BookingCache::databasePath(dataDir, m_server.baseUrl(), m_server.email());
        m_cache.reset();
        m_engine.reset();
        m_cache = std::make_unique<BookingCache>();
        QString error;
        QVERIFY2(m_cache->open(path, &error), qPrintable(error));
        m_engine = std::make_unique<SyncEngine>(m_client.get(), m_cache.get());
        QVERIFY(runPass()); // this process's copy starts complete
        const QSet<QString> before = cached();
        QVERIFY(churn({{"deletes_per_page", 2}, {"moves_per_page", 2}, {"creates_per_page", 2}}));
        QVERIFY(m_server.setFaults({{"latency_ms", 10}}));
        cli.start(QStringLiteral(FRONTDESK_CLI_PATH),
                  {QStringLiteral("--server"), m_server.baseUrl().toString(),
                   QStringLiteral("--data-dir"), dataDir, QStringLiteral("sync")});
        QVERIFY(cli.waitForStarted(10000));
        const auto pass = runPass(); // both page through the moving list at once
        QVERIFY(pass && pass->ok());
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAll().constData());
        QVERIFY(churn({{"pages", 0}}));
        const QSet<QString> server = onServer();
        const QSet<QString> lost = (before & server) - cached();
        QVERIFY2(lost.isEmpty(), qPrintable(QStringList(lost.values()).join(u' ')));
        QCOMPARE(m_cache->integrityCheck(), QStringLiteral("ok"));
        QVERIFY(m_server.resetFaults());
        QVERIFY(runPass());
        QCOMPARE(compareWithServer(m_server), QString());
    }
};

QTEST_GUILESS_MAIN(TestPassChurn)
#include "tst_passchurn.moc"
