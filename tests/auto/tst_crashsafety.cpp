#include "bookingcache.h"
#include "devserverprocess.h"
#include "serverlisting.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// `frontdesk-cli sync` killed with SIGKILL at random moments never leaves a damaged cache,
// and one complete sync afterwards brings it level with the server. Set
// FRONTDESK_CRASH_SEED to replay a run; the seed is printed at the start.

namespace {

constexpr int kSeeded = 6000;
constexpr int kKills = 200;
// A slow build (ASan) on a busy machine gets through fewer kills in its time: it stops after
// this long once it has at least kMinKills, well within QTest's 300 s per test function.
constexpr int kMinKills = 50;
constexpr qint64 kKillBudgetMs = 150'000;
constexpr int kMaxRuns = 600;
constexpr int kPageSize = 100;

using Listing = QMap<QString, QJsonObject>;

std::optional<Listing> serverListing(const QUrl &base, const QByteArray &token)
{
    return ServerListing::fetch(base, token, kPageSize);
}

QString cliPath()
{
    const QString fromEnvironment = qEnvironmentVariable("FRONTDESK_CLI");
    return fromEnvironment.isEmpty() ? QStringLiteral(FRONTDESK_CLI_PATH) : fromEnvironment;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DevServerProcess m_server;
    QByteArray m_token;
    QString m_dataDir;
    QString m_cachePath;
    QRandomGenerator m_random;

    std::unique_ptr<QProcess> startSync()
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FRONTDESK_TOKEN"), QString::fromLatin1(m_token));
        // Settings and keychain lookups of the CLI stay inside the test's folder.
        environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.remove(QStringLiteral("FRONTDESK_SERVER"));
        process->setProcessEnvironment(environment);
        process->setProgram(cliPath());
        process->setArguments({QStringLiteral("--server"), m_server.baseUrl().toString(),
                               QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("sync")});
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start();
        return process;
    }

    // Opening recovers the write-ahead log a killed writer left behind; then SQLite itself
    // checks every page and index.
    QString checkCache()
    {
        if (!QFile::exists(m_cachePath))
            return QStringLiteral("ok"); // killed before it created the file
        BookingCache cache;
        QString error;
        if (!cache.open(m_cachePath, &error))
            return QStringLiteral("cannot open: ") + error;
        return cache.integrityCheck();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
        bool fromEnvironment = false;
        quint32 seed = qEnvironmentVariable("FRONTDESK_CRASH_SEED").toUInt(&fromEnvironment);
        if (!fromEnvironment)
            seed = QRandomGenerator::global()->generate();
        m_random.seed(seed);
        qInfo("random seed %u (set FRONTDESK_CRASH_SEED=%u to replay)", seed, seed);

        DevServerProcess::Options options;
        options.seedBookings = kSeeded;
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
        m_token = m_server.login();
        QVERIFY(!m_token.isEmpty());
        m_dataDir = m_dir.filePath(QStringLiteral("cli-data"));
        m_cachePath = BookingCache::databasePath(m_dataDir, m_server.baseUrl(), m_server.email());
    }

    void killedSyncsNeverDamageTheCache()
    {
        // Kill moments are drawn from the time a whole sync takes here at the slowest latency
        // used below, so that runs are killed anywhere from the start to the end: paging,
        // writing, asking about unseen bookings, fetching details.
        {
            const auto first = startSync(); // the cache's first sync
            QVERIFY(first->waitForStarted(10000));
            QVERIFY2(first->waitForFinished(120000), "a first sync did not end");
            QCOMPARE(first->exitCode(), 0);
        }
        QVERIFY(m_server.setFaults({{"latency_ms", 50}}));
        QElapsedTimer timing;
        timing.start();
        {
            const auto process = startSync();
            QVERIFY(process->waitForStarted(10000));
            QVERIFY2(process->waitForFinished(120000), "a sync did not end");
            QCOMPARE(process->exitCode(), 0);
        }
        const int killWindowMs = std::max(200, int(timing.elapsed()));
        qInfo("a whole sync took %d ms: kills come within that", killWindowMs);
        int kills = 0;
        int completed = 0;
        int killsWithLog = 0; // killed while a write-ahead log was there: mid-write
        QElapsedTimer total;
        total.start();
        for (int run = 0; kills < kKills && run < kMaxRuns &&
                          !(kills >= kMinKills && total.elapsed() > kKillBudgetMs);
             ++run) {
            // The server changes between any two runs, so that each has rows to insert,
            // change and remove (and unseen ones to ask about), not only rows to stamp as seen.
            QVERIFY(m_server.mutate({{"action", "move"}, {"count", 6}}).contains(u"ids"));
            QVERIFY(m_server.mutate({{"action", "delete"}, {"count", 2}}).contains(u"ids"));
            QVERIFY(!m_server.control("POST", QStringLiteral("/_control/create"), {{"count", 2}})
                         .isEmpty());
            QVERIFY(m_server.setFaults({{"latency_ms", m_random.bounded(20, 51)}}));

            const int killAfterMs = m_random.bounded(killWindowMs);
            const auto process = startSync();
            QVERIFY2(process->waitForStarted(10000), qPrintable(process->errorString()));
            if (process->waitForFinished(killAfterMs)) {
                // It was faster than the chosen moment: a complete run, not a kill.
                QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                         process->readAll().constData());
                ++completed;
            } else {
                process->kill(); // SIGKILL: no handler, no cleanup, exactly like a crash
                QVERIFY(process->waitForFinished(10000));
                if (process->exitStatus() == QProcess::NormalExit) {
                    // It ended in the instant between the wait and the kill: a complete run.
                    QVERIFY2(process->exitCode() == 0, process->readAll().constData());
                    ++completed;
                } else {
                    ++kills;
                    if (QFile::exists(m_cachePath + QStringLiteral("-wal")))
                        ++killsWithLog;
                }
            }
            const QString integrity = checkCache();
            QVERIFY2(integrity == QLatin1String("ok"),
                     qPrintable(QStringLiteral("run %1, killed after %2 ms: %3")
                                    .arg(run)
                                    .arg(killAfterMs)
                                    .arg(integrity)));
        }
        qInfo("%d kills (%d with a write-ahead log left behind), %d runs completed before their "
              "kill moment, %lld ms",
              kills, killsWithLog, completed, total.elapsed());
        QVERIFY2(kills >= kMinKills, "the syncs ended before they could be killed often enough");

        // One complete sync makes the cache equal to the server.
        QVERIFY(m_server.resetFaults());
        const auto process = startSync();
        QVERIFY(process->waitForStarted(10000));
        QVERIFY2(process->waitForFinished(120000), "frontdesk-cli sync did not end within 120 s");
        const QByteArray output = process->readAll();
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 output.constData());

        const auto listing = serverListing(m_server.baseUrl(), m_token);
        QVERIFY(listing);
        BookingCache cache;
        QString error;
        QVERIFY2(cache.open(m_cachePath, &error), qPrintable(error));
        QCOMPARE(cache.integrityCheck(), QStringLiteral("ok"));
        Listing cached;
        for (const Booking &booking : cache.bookings())
            cached.insert(booking.id, QJsonDocument::fromJson(booking.json).object());
        QCOMPARE(cached.size(), listing->size());
        QCOMPARE(cached.keys(), listing->keys());
        for (auto it = listing->cbegin(); it != listing->cend(); ++it)
            QVERIFY2(cached.value(it.key()) == it.value(), qPrintable(it.key()));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
