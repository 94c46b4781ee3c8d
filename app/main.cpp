#include "apiclient.h"
#include "appsettings.h"
#include "bookingactioncontroller.h"
#include "bookingactions.h"
#include "bookingcache.h"
#include "bookingdetailspanel.h"
#include "bookingmodelfeed.h"
#include "bookingtablemodel.h"
#include "calendarpane.h"
#include "customerpanel.h"
#include "demoserver.h"
#include "desktopnotifier.h"
#include "detailfetcher.h"
#include "keychaintokenstore.h"
#include "leadhistoryfetcher.h"
#include "mainwindow.h"
#include "notificationplanner.h"
#include "resources.h"
#include "serverurl.h"
#include "sessionmanager.h"
#include "signindialog.h"
#include "slotprovider.h"
#include "syncengine.h"
#include "timetext.h"
#include "todayboard.h"
#include "tokenaccount.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTimeZone>

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
                                    Main::tr("url"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        Main::tr("Folder for the local cache (default: $FRONTDESK_DATA_DIR)."), Main::tr("dir"));
    const QCommandLineOption seed(QStringLiteral("seed-bookings"),
                                  Main::tr("Number of sample bookings in demo mode."),
                                  Main::tr("count"), QStringLiteral("300"));
    parser.addOptions({demo, server, dataDir, seed});
    parser.process(app);

    Options options;
    const QString serverText =
        parser.isSet(server) ? parser.value(server) : qEnvironmentVariable("FRONTDESK_SERVER");
    options.server = ServerUrl::fromUserInput(serverText);
    options.dataDir =
        parser.isSet(dataDir) ? parser.value(dataDir) : qEnvironmentVariable("FRONTDESK_DATA_DIR");
    // A first start without --demo asks for a sign-in; the dialog offers the demo too.
    options.demo = parser.isSet(demo);
    options.seedBookings = qBound(0, parser.value(seed).toInt(), 1000000);
    return options;
}

void showError(QWidget *parent, const QString &message)
{
    QMessageBox::critical(parent, Main::tr("Frontdesk"), message);
}

// In the display time zone, like every time the window shows.
QString timeText(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? TimeText::dateTime(time, zone) : Main::tr("never");
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
    QGuiApplication::setDesktopFileName(QStringLiteral("com.empfio.Frontdesk"));
    // The system's language unless the settings choose one; dates and numbers then follow
    // the chosen language too, so a German window does not show English month names.
    QLocale::setDefault(TranslationLoader::selectedLocale());
    TranslationLoader::install(&app, QLocale());

    const Options options = parseOptions(app);

    ApiClient client;
    BookingCache cache;
    BookingTableModel model(&cache);
    SyncEngine sync(&client, &cache);
    BookingActions actions(&client, &cache);
    MainWindow window(&model, &cache, &actions);
    window.setActionController(new BookingActionController(&client, &actions, &cache, &window));
    window.calendarPane()->setSlotProvider(new SlotProvider(&client, &cache, &window));
    sync.setActions(&actions);
    // AppSettings::load (in the window) checked the value: unusable ones are the default.
    sync.setInterval(std::chrono::seconds(window.appSettings().refreshSeconds));
    // Sync passes, actions and fetches reach the list through the window's BookingModelFeed.
    window.setSyncEngine(&sync);
    // What brief list rows leave out: fetched after each pass for the days a desk works
    // with, and fresh for the booking the desk selects.
    DetailFetcher details(&client, &cache);
    details.setTimeZone(window.appSettings().timeZone());
    QObject::connect(&sync, &SyncEngine::syncFinished, &details, [&](const SyncReport &report) {
        if (report.ok())
            details.refresh();
    });
    window.modelFeed()->watch(&details);
    QObject::connect(window.detailsPanel(), &BookingDetailsPanel::bookingShown, &details,
                     [&](const QString &id) {
                         if (client.hasAccessToken() && !sync.isOffline())
                             details.fetchNow(id);
                     });
    details.setAutomatic(true);
    // The selected booking's customer: every booking of theirs, fresh from the server.
    LeadHistoryFetcher leadHistory(&client, &cache);
    window.modelFeed()->watch(&leadHistory); // before the customer panel's refresh below
    QObject::connect(&window, &MainWindow::customerShown, &leadHistory, [&](const QString &leadId) {
        if (client.hasAccessToken() && !sync.isOffline())
            leadHistory.fetch(leadId);
    });
    QObject::connect(&leadHistory, &LeadHistoryFetcher::finished, &window,
                     [&](const LeadHistoryFetcher::Report &report) {
                         if (report.leadId == window.customerPanel()->leadId())
                             window.customerPanel()->refresh();
                     });

    // The desk's notifications: new bookings, changes made elsewhere, reminders, lateness.
    NotificationPlanner planner(&cache);
    planner.setSettings(window.appSettings());
    planner.watch(&sync);    // a pass it did not see start is never announced
    planner.watch(&actions); // this desk's own changes are not news
    DesktopNotifier notifier;
    QObject::connect(&planner, &NotificationPlanner::notify, &notifier, &DesktopNotifier::show);
    const auto raise = [&window] {
        window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
        window.show();
        window.raise();
        window.activateWindow();
    };
    QObject::connect(&notifier, &DesktopNotifier::raiseRequested, &window, raise);
    QObject::connect(&notifier, &DesktopNotifier::bookingActivated, &window,
                     [&](const QString &id) {
                         raise();
                         window.chooseBooking(id);
                     });
    QObject::connect(window.todayBoard(), &TodayBoard::countsChanged, &notifier,
                     &DesktopNotifier::setCounts);
    notifier.setCounts(window.todayBoard()->model()->count(TodayBoardModel::Group::Waiting),
                       window.todayBoard()->model()->count(TodayBoardModel::Group::Late));
    planner.start();
    QObject::connect(&window, &MainWindow::conflictAppeared, &notifier, [&](const QString &text) {
        DeskNotification conflict;
        conflict.kind = DeskNotification::Kind::Conflict;
        conflict.title = Main::tr("A change needs your decision");
        conflict.body = text;
        notifier.show({conflict});
    });
    DemoServer demo;
    KeychainTokenStore tokens;
    SessionManager session(&client, &tokens);
    session.setDataDir(options.dataDir);
    SignInDialog signIn(&session, &window);

    // One cache per server and account: switching accounts switches caches. The cache is
    // read before any network, so the window shows what is known at once.
    const auto openAccount = [&](const QUrl &server, const QString &email) {
        sync.stop();
        cache.close();
        if (!openCache(&cache, options, server, email, &window))
            return;
        AppSettings settings = window.appSettings();
        settings.server = server;
        window.setAppSettings(settings);
        window.loadBookings();
        window.setSyncText(cache.lastSync().isValid()
                               ? Main::tr("Last synced %1")
                                     .arg(timeText(cache.lastSync(), model.displayTimeZone()))
                               : Main::tr("Not synced yet"));
        window.todayBoard()->setSynced(cache.lastSync().isValid());
        window.todayBoard()->reload();
        window.goToToday();
    };
    const auto startDemo = [&] {
        window.setBaseTitle(Main::tr("Frontdesk – demo"));
        openAccount(QUrl(QStringLiteral("http://demo")), QStringLiteral("demo@example.com"));
        demo.start(options.seedBookings);
    };

    QObject::connect(&demo, &DemoServer::started, &window, [&](const QUrl &url) {
        actions.setActor(demo.email());
        if (auto error = client.setBaseUrl(url)) {
            showError(&window, error->userMessage());
            return;
        }
        // The demo is a throwaway session: its token goes nowhere but the client.
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
        signIn.showError(message);
        if (!signIn.isVisible())
            showError(&window, message);
    });

    const auto showAccounts = [&] {
        window.setAccounts(session.knownAccounts(), session.account());
    };
    QObject::connect(&session, &SessionManager::accountChanged, &window, [&] {
        // The audit log names whoever acts; queued changes replayed later count as theirs.
        actions.setActor(session.email());
        openAccount(session.server(), session.email());
        showAccounts();
    });
    QObject::connect(&window, &MainWindow::switchAccountRequested, &session,
                     &SessionManager::switchAccount);
    QObject::connect(&session, &SessionManager::userChanged, &window, [&] {
        window.setAccountText(
            Main::tr("%1 · %2").arg(session.userName(), session.organizationName()));
    });
    QObject::connect(&session, &SessionManager::signedIn, &window, [&] {
        actions.setActor(session.email());
        window.setSignedIn(true);
        showAccounts();
        sync.start();
    });
    QObject::connect(&session, &SessionManager::signInRequired, &window,
                     [&](const QString &reason) {
                         // Cached bookings stay visible and the outbox keeps its changes.
                         sync.stop();
                         window.setSignedIn(false);
                         window.setSyncText(Main::tr("Not signed in: showing cached bookings. "
                                                     "Sign in to sync again."));
                         signIn.setReason(reason);
                         if (session.hasAccount())
                             signIn.prefill(session.server(), session.email());
                         signIn.open();
                     });
    QObject::connect(&session, &SessionManager::keychainProblem, &window, &MainWindow::setSyncText);
    QObject::connect(&session, &SessionManager::expiresSoon, &window, [&](const QDateTime &at) {
        window.setSyncText(Main::tr("Your session ends at %1: sign in again to keep syncing.")
                               .arg(TimeText::timeOfDay(at, model.displayTimeZone())));
    });
    // Another server is another account with its own cache: a known account there is switched
    // to as in the Account menu, otherwise the sign-in dialog asks for one. Until then the
    // current account stays, and so does the server the window knows.
    const auto switchServer = [&](const QUrl &server, const QUrl &current) {
        AppSettings settings = window.appSettings();
        settings.server = current;
        window.setAppSettings(settings);
        for (const KnownAccount &account : session.knownAccounts()) {
            if (account.server == server) {
                session.switchAccount(account.server, account.email);
                return;
            }
        }
        signIn.setReason(
            Main::tr("Sign in to %1 to switch to its bookings.").arg(server.toDisplayString()));
        signIn.prefill(server, {});
        signIn.open();
    };
    QObject::connect(&window, &MainWindow::settingsChanged, &window,
                     [&](const AppSettings &settings, const AppSettings &previous) {
                         sync.setInterval(std::chrono::seconds(settings.refreshSeconds));
                         details.setTimeZone(settings.timeZone());
                         planner.setSettings(settings);
                         if (settings.server != previous.server && settings.server.isValid())
                             switchServer(settings.server, previous.server);
                     });
    QObject::connect(&session, &SessionManager::signedOut, &window, [&] {
        sync.stop();
        window.setSignedIn(false);
        const auto answer = QMessageBox::question(
            &window, Main::tr("Signed out"),
            Main::tr("You are signed out of %1. Delete the bookings cached on this computer "
                     "for this account?")
                .arg(session.email()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        cache.close();
        model.reload();
        planner.reset();
        QString error;
        if (!SessionManager::deleteAccountCache(options.dataDir, session.server(), session.email(),
                                                &error))
            showError(&window, Main::tr("The cached bookings could not be deleted: %1").arg(error));
    });
    QObject::connect(&window, &MainWindow::signInRequested, &window, [&] {
        signIn.setReason({});
        if (session.hasAccount())
            signIn.prefill(session.server(), session.email());
        signIn.open();
    });
    QObject::connect(&window, &MainWindow::signOutRequested, &session, &SessionManager::signOut);
    QObject::connect(&signIn, &SignInDialog::demoRequested, &window, [&] {
        signIn.close();
        startDemo();
    });

    window.show();
    const QByteArray token = qgetenv("FRONTDESK_TOKEN");
    const std::optional<KnownAccount> last = session.lastAccount();
    if (options.demo) {
        startDemo();
    } else if (!token.isEmpty()) {
        // Automation: a token from the environment, for this run only and never stored.
        if (auto error = client.setBaseUrl(options.server)) {
            showError(&window, error->userMessage());
            return 2;
        }
        // The account is the token's email claim, or else the server's word (GET /auth/me):
        // the API promises nothing about a token's contents. Until it is known, nothing is
        // opened; the server is asked again every 30 s while it cannot be reached.
        auto *retry = new QTimer(&window);
        retry->setSingleShot(true);
        retry->setInterval(30000);
        const auto startWithToken = [&, retry, token] {
            window.setSyncText(Main::tr("Checking the session token…"));
            TokenAccount::resolve(
                &client, token, &window, [&, retry, token](const ApiResult<QString> &account) {
                    // Offline, the account the server named for this token before.
                    const QString offline = TokenAccount::rememberedEmail(token);
                    if (!account.ok() && !(account.error().isTransient() && !offline.isEmpty())) {
                        window.setSyncText(Main::tr("FRONTDESK_TOKEN could not be checked: %1")
                                               .arg(account.error().userMessage()));
                        if (account.error().isTransient())
                            retry->start();
                        return;
                    }
                    const QString email = account.ok() ? account.value() : offline;
                    actions.setActor(email);
                    openAccount(options.server, email);
                    client.me(&window, [&](const ApiResult<UserInfo> &result) {
                        if (result.ok())
                            window.setAccountText(Main::tr("%1 · %2").arg(
                                result.value().fullName, result.value().organizationName));
                    });
                    sync.start();
                });
        };
        QObject::connect(retry, &QTimer::timeout, &window, startWithToken);
        startWithToken();
    } else if (options.server.isValid() && !(last && last->server == options.server)) {
        signIn.prefill(options.server, {});
        signIn.open();
    } else {
        session.restoreLastAccount();
    }
    return app.exec();
}
