// A full sync of 10,000 and 100,000 bookings from frontdesk-devserver on loopback into a
// fresh cache, against curl fetching the same pages at the same concurrency in the same
// run. Each size runs in a child process of its own, so that peak memory is per size. The
// pass's time ends with SyncEngine::syncFinished, when every row is committed and visible;
// the writer's work after that (indexes a first sync deferred, the last checkpoint) is
// printed apart.
// Prints figures; asserts nothing.
//
//   bench_sync [--sizes 10000,100000] [--concurrency 4]

#include "apiclient.h"
#include "benchmeter.h"
#include "bookingcache.h"
#include "devserverprocess.h"
#include "syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr int kPageSize = 100; // BookingPager's page size
constexpr int kBudgetSize = 100000;
constexpr double kBudgetRatio = 1.2;      // SyncEngine's pass against curl
constexpr double kBudgetCpuPer1000 = 10;  // ms of client CPU per 1,000 bookings
constexpr double kBudgetCliRatio = 1.3;   // frontdesk-cli sync, start to exit, against curl

// curl fetching every page, `concurrency` at a time, bodies to /dev/null. The token goes in
// a config file rather than on the command line.
std::optional<double> curlMs(const QUrl &base, const QByteArray &token, int pages, int concurrency,
                             const QString &folder)
{
    const QString config = folder + QStringLiteral("/curl.config");
    {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return std::nullopt;
        file.write("header = \"Authorization: Bearer " + token + "\"\n");
        for (int page = 1; page <= pages; ++page) {
            QUrl url = base;
            url.setPath(QStringLiteral("/api/v1/bookings"));
            url.setQuery(QStringLiteral("page=%1&size=%2").arg(page).arg(kPageSize));
            file.write("url = \"" + url.toEncoded() + "\"\noutput = \"/dev/null\"\n");
        }
    }
    QProcess curl;
    curl.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("--parallel"), QStringLiteral("--parallel-max"),
                QString::number(concurrency), QStringLiteral("--silent"),
                QStringLiteral("--show-error"), QStringLiteral("--write-out"),
                QStringLiteral("%{http_code}\\n"), QStringLiteral("--config"), config});
    if (!curl.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start curl: %s\n", qPrintable(curl.errorString()));
        return std::nullopt;
    }
    QByteArray output;
    while (!curl.waitForFinished(100))
        output += curl.readAllStandardOutput();
    output += curl.readAllStandardOutput();
    const double elapsed = double(clock.nsecsElapsed()) / 1e6;
    QFile::remove(config);
    const qsizetype ok = output.count("200\n");
    if (curl.exitCode() != 0 || ok != pages) {
        std::fprintf(stderr, "curl: exit %d, %lld of %d pages answered 200: %s\n", curl.exitCode(),
                     qlonglong(ok), pages, curl.readAllStandardError().constData());
        return std::nullopt;
    }
    return elapsed;
}

// `frontdesk-cli sync` as a process, from start to exit (a fresh data folder: the cache
// created, every page written, the deferred indexes built, details fetched, the last
// checkpoint), in milliseconds; nullopt when it failed.
std::optional<double> cliSyncMs(const DevServerProcess &server, const QByteArray &token,
                                const QString &folder)
{
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FRONTDESK_DATA_DIR"), folder + QStringLiteral("/cli-data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/cli-config"));
    environment.insert(QStringLiteral("FRONTDESK_TOKEN"), QString::fromLatin1(token));
    environment.remove(QStringLiteral("FRONTDESK_SERVER"));
    cli.setProcessEnvironment(environment);
    cli.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    cli.start(QStringLiteral(FRONTDESK_CLI_PATH),
              {QStringLiteral("sync"), QStringLiteral("--server"), server.baseUrl().toString()});
    if (!cli.waitForFinished(600000) || cli.exitStatus() != QProcess::NormalExit ||
        cli.exitCode() != 0) {
        std::fprintf(stderr, "frontdesk-cli sync failed (exit %d): %s\n", cli.exitCode(),
                     cli.readAllStandardError().constData());
        return std::nullopt;
    }
    return double(clock.nsecsElapsed()) / 1e6;
}

int runOne(int bookings, int concurrency)
{
    QTemporaryDir folder;
    const int pages = (bookings + kPageSize - 1) / kPageSize;
    std::printf("\n%d bookings (%d pages of %d), concurrency %d; %s\n", bookings, pages, kPageSize,
                concurrency, qPrintable(BenchMeter::machineLoad()));
    std::fflush(stdout);

    DevServerProcess server;
    DevServerProcess::Options options;
    options.seedBookings = bookings;
    QElapsedTimer seeding;
    seeding.start();
    if (!server.start(options)) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QByteArray token = server.login();
    if (token.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("  frontdesk-devserver (in-memory, --quiet) seeded and listening after %.1f s\n",
                double(seeding.elapsed()) / 1000.0);
    std::fflush(stdout);

    // The server's CPU time and the machine's idle time over each run: the server is
    // single-threaded, so the sync's wall time is at least its CPU time; what the client
    // takes from the server's core shows as server time stretched, not as idle.
    const qint64 serverPid = server.processId();
    struct Usage
    {
        double serverMs = 0;
        double idleMs = 0;
    };
    const auto usageNow = [&] {
        return Usage{BenchMeter::processCpuMs(serverPid), BenchMeter::machineIdleMs()};
    };
    const auto usageSince = [&](const Usage &before) {
        const Usage now = usageNow();
        return Usage{now.serverMs - before.serverMs, now.idleMs - before.idleMs};
    };

    const auto curlCold = curlMs(server.baseUrl(), token, pages, concurrency, folder.path());
    if (!curlCold)
        return 1;

    BookingCache cache;
    QString error;
    if (!cache.open(folder.filePath(QStringLiteral("cache.sqlite")), &error)) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(error));
        return 1;
    }
    ApiClient client;
    if (client.setBaseUrl(server.baseUrl()))
        return 1;
    client.setAccessToken(token);
    auto engine = std::make_unique<SyncEngine>(&client, &cache);
    engine->setInterval(0s);
    engine->setConcurrency(concurrency);
    // As the window's BookingModelFeed has it: the writer also works out the list rows and
    // the no-show warnings (frontdesk-cli below does neither).
    engine->setFeedsList(true);
    std::optional<SyncReport> report;
    QEventLoop loop;
    QObject::connect(engine.get(), &SyncEngine::syncFinished, &loop,
                     [&](const SyncReport &finished) {
                         report = finished;
                         loop.quit();
                     });
    BenchMeter meter;
    const Usage beforeSync = usageNow();
    meter.start();
    engine->refreshNow();
    if (!report)
        loop.exec();
    const BenchMeter::Sample sync = meter.stop();
    const Usage duringSync = usageSince(beforeSync);
    const QString threads = BenchMeter::threadCpu();
    // The pass ends when its rows are committed; its writer then builds the indexes a first
    // sync deferred and waits for the last checkpoint. Destroying the engine waits for that,
    // so that curl below runs on a machine as quiet as before.
    QElapsedTimer background;
    background.start();
    engine.reset();
    const double backgroundMs = double(background.nsecsElapsed()) / 1e6;
    if (!report->ok() || report->fetched != bookings || cache.count() != bookings) {
        std::fprintf(stderr, "the sync failed: fetched %d, cache %d, %s\n", report->fetched,
                     cache.count(),
                     qPrintable(report->error ? report->error->toLogString() : report->cacheError));
        return 1;
    }

    const Usage beforeCurl = usageNow();
    const auto curlWarm = curlMs(server.baseUrl(), token, pages, concurrency, folder.path());
    if (!curlWarm)
        return 1;
    const Usage duringCurl = usageSince(beforeCurl);

    const double ratio = sync.wallMs / *curlWarm;
    std::printf("  SyncEngine full pass into a fresh cache: %.0f ms wall, %.0f ms client CPU "
                "(user %.0f, sys %.0f), %.0f bookings/s, peak memory %.0f MB\n",
                sync.wallMs, sync.cpuMs(), sync.userMs, sync.systemMs,
                bookings / (sync.wallMs / 1000.0), sync.peakRssMb);
    std::printf("  client CPU per 1,000 bookings: %.1f ms\n", sync.cpuMs() * 1000.0 / bookings);
    std::printf("  client CPU by thread at the end of the pass (threads alive then, over "
                "the process's whole life): %s\n",
                qPrintable(threads));
    std::printf("  after the pass, the writer's index build and last checkpoint (not in the "
                "wall time, done before curl's second run): %.0f ms\n",
                backgroundMs);
    std::printf(
        "  curl --parallel --parallel-max %d, same pages: %.0f ms (before the sync: %.0f ms)\n",
        concurrency, *curlWarm, *curlCold);
    std::printf("  server CPU: %.0f ms during the sync, %.0f ms during curl; idle CPU of the "
                "machine: %.0f ms during the sync, %.0f ms during curl\n",
                duringSync.serverMs, duringCurl.serverMs, duringSync.idleMs, duringCurl.idleMs);
    std::printf("  ratio sync / curl: %.2f\n", ratio);

    // The CLI's concurrency is its own (the app's default), and so is curl's here.
    const auto cli = cliSyncMs(server, token, folder.path());
    if (!cli)
        return 1;
    const auto curlAfter = curlMs(server.baseUrl(), token, pages, concurrency, folder.path());
    if (!curlAfter)
        return 1;
    const double cliRatio = *cli / ((*curlWarm + *curlAfter) / 2);
    std::printf("  frontdesk-cli sync as a process (start to exit, fresh data folder): %.0f ms; "
                "curl right after it: %.0f ms; ratio to curl (mean of both curl runs): %.2f\n",
                *cli, *curlAfter, cliRatio);
    if (bookings == kBudgetSize) {
        const double cpuPer1000 = sync.cpuMs() * 1000.0 / bookings;
        std::printf("  budgets at %d bookings: ratio <= %.1f %s, client CPU per 1,000 <= %.0f ms "
                    "%s, frontdesk-cli ratio <= %.1f %s\n",
                    kBudgetSize, kBudgetRatio, ratio <= kBudgetRatio ? "ok" : "EXCEEDED",
                    kBudgetCpuPer1000, cpuPer1000 <= kBudgetCpuPer1000 ? "ok" : "EXCEEDED",
                    kBudgetCliRatio, cliRatio <= kBudgetCliRatio ? "ok" : "EXCEEDED");
    }
    std::printf("  %s\n", qPrintable(BenchMeter::machineLoad()));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Booking counts, comma-separated."),
                      QStringLiteral("list"), QStringLiteral("10000,100000")});
    parser.addOption({QStringLiteral("concurrency"), QStringLiteral("Requests at a time (1-6)."),
                      QStringLiteral("n"), QStringLiteral("4")});
    parser.addOption(
        {QStringLiteral("child"), QStringLiteral("Internal: run one size."), QStringLiteral("n")});
    parser.process(app);
    const int concurrency = std::clamp(parser.value(QStringLiteral("concurrency")).toInt(), 1, 6);

    if (parser.isSet(QStringLiteral("child")))
        return runOne(parser.value(QStringLiteral("child")).toInt(), concurrency);

    std::printf("bench_sync: frontdesk-devserver on loopback, %s\n",
                qPrintable(DevServerProcess::executablePath()));
    std::fflush(stdout);
    int status = 0;
    for (const QString &size : parser.value(QStringLiteral("sizes")).split(u',')) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child"), size.trimmed(), QStringLiteral("--concurrency"),
                     QString::number(concurrency)});
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit ||
            child.exitCode() != 0) {
            std::fprintf(stderr, "bench_sync: the run for %s bookings failed\n", qPrintable(size));
            status = 1;
        }
    }
    return status;
}
