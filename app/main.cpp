#include "apiclient.h"
#include "bookingactions.h"
#include "bookingcache.h"
#include "bookinglistwindow.h"
#include "bookingtablemodel.h"
#include "demoserver.h"
#include "jwt.h"
#include "resources.h"
#include "serverurl.h"
#include "syncengine.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

namespace {

struct Options
{
    bool demo = false;
    QUrl server;
    QString dataDir;
    int seedBookings = 300;
};

// The translation context of this file's texts.
class Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("Manage the day's appointments of an Empfio organization."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        Main::tr("Start a local demo server with sample data and sign in to it."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    Main::tr("Empfio server address (default: $FRONTDESK_SERVER)."),
                                    QStringLiteral("url"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        Main::tr("Folder for the local cache (default: $FRONTDESK_DATA_DIR)."),
        QStringLiteral("dir"));
    const QCommandLineOption seed(QStringLiteral("seed-bookings"),
                                  Main::tr("Number of sample bookings in demo mode."),
                                  QStringLiteral("count"), QStringLiteral("300"));
    parser.addOptions({demo, server, dataDir, seed});
    parser.process(app);

    Options options;
    const QString serverText =
        parser.isSet(server) ? parser.value(server) : qEnvironmentVariable("FRONTDESK_SERVER");
    options.server = ServerUrl::fromUserInput(serverText);
    options.dataDir =
        parser.isSet(dataDir) ? parser.value(dataDir) : qEnvironmentVariable("FRONTDESK_DATA_DIR");
    // Without a configured server Frontdesk starts on its embedded default: the demo.
    options.demo = parser.isSet(demo) || serverText.isEmpty();
    options.seedBookings = qBound(0, parser.value(seed).toInt(), 1000000);
    return options;
}

void showError(QWidget *parent, const QString &message)
{
    QMessageBox::critical(parent, Main::tr("Frontdesk"), message);
}

QString lastSyncText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : Main::tr("never");
}

// Keeps the table equal to the cache as sync passes write to it: rows are inserted,
// refreshed and removed, never reset, so selection and scrolling survive a refresh.
void connectSync(SyncEngine *sync, BookingCache *cache, BookingTableModel *model,
                 BookingListWindow *window)
{
    QObject::connect(sync, &SyncEngine::bookingsWritten, model,
                     [cache, model](const QStringList &inserted, const QStringList &changed) {
                         BookingQuery query;
                         query.ids = inserted + changed;
                         model->upsert(cache->bookings(query));
                     });
    QObject::connect(sync, &SyncEngine::bookingsRemoved, model,
                     [model](const QStringList &removed) { model->remove(removed); });
    QObject::connect(sync, &SyncEngine::syncStarted, window, [sync, window] {
        window->setSyncText(sync->isOffline()
                                ? Main::tr("Offline: showing bookings cached at %1. Reconnecting…")
                                      .arg(lastSyncText(sync->lastSync()))
                                : Main::tr("Syncing…"));
    });
    QObject::connect(
        sync, &SyncEngine::syncFinished, window, [sync, window](const SyncReport &report) {
            if (report.ok()) {
                window->setSyncText(
                    Main::tr("Synced at %1 (%n booking(s) in %2 ms)", nullptr, report.fetched)
                        .arg(lastSyncText(report.finishedAt))
                        .arg(report.elapsedMs));
            } else if (sync->isOffline()) {
                window->setSyncText(Main::tr("Offline: showing bookings cached at %1")
                                        .arg(lastSyncText(sync->lastSync())));
            } else if (report.error) {
                window->setSyncText(report.error->userMessage());
            } else {
                window->setSyncText(
                    Main::tr("The local cache could not be written: %1").arg(report.cacheError));
            }
        });
}

// Settings come from outside and can be anything: an unusable value means the default.
std::chrono::seconds refreshInterval()
{
    bool ok = false;
    const int seconds = QSettings().value(QStringLiteral("sync/intervalSeconds"), 60).toInt(&ok);
    return std::chrono::seconds(ok && seconds >= 0 && seconds <= 24 * 3600 ? seconds : 60);
}

bool openCache(BookingCache *cache, const Options &options, const QUrl &server,
               const QString &account, QWidget *window)
{
    QString error;
    const QString path = BookingCache::databasePath(options.dataDir, server, account);
    if (cache->open(path, &error))
        return true;
    showError(window, Main::tr("The local booking cache %1 cannot be opened: %2").arg(path, error));
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Frontdesk"));
    QApplication::setOrganizationName(QStringLiteral("Empfio"));
    QApplication::setApplicationVersion(QStringLiteral(FRONTDESK_VERSION));
    QApplication::setWindowIcon(Resources::appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("frontdesk"));
    TranslationLoader::install(&app, QLocale());

    const Options options = parseOptions(app);

    ApiClient client;
    BookingCache cache;
    BookingTableModel model;
    BookingListWindow window(&model);
    SyncEngine sync(&client, &cache);
    BookingActions actions(&client, &cache);
    sync.setActions(&actions);
    sync.setInterval(refreshInterval());
    connectSync(&sync, &cache, &model, &window);
    DemoServer demo;

    // The cache first, before any network: the window shows what is known at once.
    const QByteArray token = qgetenv("FRONTDESK_TOKEN");
    const QUrl cacheServer = options.demo ? QUrl(QStringLiteral("http://demo")) : options.server;
    const QString account = options.demo ? QStringLiteral("demo@example.com")
                                         : Jwt::claim(token, QStringLiteral("email"));
    if (!options.demo && token.isEmpty()) {
        showError(&window, Main::tr("No session for %1: set FRONTDESK_TOKEN, or start with --demo.")
                               .arg(options.server.toDisplayString()));
        return 2;
    }
    if (!openCache(&cache, options, cacheServer, account, &window))
        return 1;
    model.upsert(cache.bookings());
    window.setSyncText(cache.lastSync().isValid()
                           ? Main::tr("Last synced %1").arg(lastSyncText(cache.lastSync()))
                           : Main::tr("Not synced yet"));
    window.show();

    if (options.demo) {
        window.setWindowTitle(Main::tr("Frontdesk – demo"));
        QObject::connect(&demo, &DemoServer::started, &window, [&](const QUrl &url) {
            if (auto error = client.setBaseUrl(url)) {
                showError(&window, error->userMessage());
                return;
            }
            client.login(demo.email(), demo.password(), &window,
                         [&](const ApiResult<LoginResult> &result) {
                             if (!result.ok()) {
                                 window.setSyncText(result.error().userMessage());
                                 return;
                             }
                             client.setAccessToken(result.value().accessToken);
                             window.setAccountText(Main::tr("%1 · %2").arg(
                                 result.value().fullName, result.value().organizationName));
                             sync.start();
                         });
        });
        QObject::connect(&demo, &DemoServer::failed, &window, [&](const QString &message) {
            window.setSyncText(message);
            showError(&window, message);
        });
        demo.start(options.seedBookings);
    } else {
        if (auto error = client.setBaseUrl(options.server)) {
            showError(&window, error->userMessage());
            return 2;
        }
        client.setAccessToken(token);
        client.me(&window, [&](const ApiResult<UserInfo> &result) {
            if (result.ok())
                window.setAccountText(Main::tr("%1 · %2").arg(result.value().fullName,
                                                              result.value().organizationName));
        });
        sync.start();
    }
    return app.exec();
}
