#include "apiclient.h"
#include "bookinglistwindow.h"
#include "bookingpager.h"
#include "bookingtablemodel.h"
#include "demoserver.h"
#include "resources.h"
#include "serverurl.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>
#include <QMessageBox>

namespace {

struct Options
{
    bool demo = false;
    QUrl server;
    QString dataDir;
    int seedBookings = 300;
};

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Manage the day's appointments of an Empfio organization."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Start a local demo server with sample data and sign in to it."));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QApplication::translate("main", "Empfio server address (default: $FRONTDESK_SERVER)."),
        QStringLiteral("url"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QApplication::translate("main",
                                "Folder for the local cache (default: $FRONTDESK_DATA_DIR)."),
        QStringLiteral("dir"));
    const QCommandLineOption seed(
        QStringLiteral("seed-bookings"),
        QApplication::translate("main", "Number of sample bookings in demo mode."),
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
    QMessageBox::critical(parent, QApplication::translate("main", "Frontdesk"), message);
}

// Loads every booking page by page into the table.
void loadBookings(ApiClient *client, BookingTableModel *model, BookingListWindow *window)
{
    auto *pager = new BookingPager(client, window);
    auto *clock = new QElapsedTimer;
    clock->start();
    window->setSyncText(QApplication::translate("main", "Loading bookings…"));
    QObject::connect(pager, &BookingPager::pageReceived, model,
                     [model](const BookingPage &page) { model->upsert(page.bookings); });
    QObject::connect(pager, &BookingPager::finished, window, [=] {
        window->setSyncText(QApplication::translate("main", "%n booking(s) loaded in %1 ms",
                                                    nullptr, pager->total())
                                .arg(clock->elapsed()));
        delete clock;
        pager->deleteLater();
    });
    QObject::connect(pager, &BookingPager::failed, window, [=](const ApiError &error) {
        window->setSyncText(error.userMessage());
        delete clock;
        pager->deleteLater();
    });
    pager->start();
}

void signIn(ApiClient *client, const QString &email, const QString &password,
            BookingTableModel *model, BookingListWindow *window)
{
    window->setSyncText(QApplication::translate("main", "Signing in…"));
    client->login(email, password, window, [=](const ApiResult<LoginResult> &result) {
        if (!result.ok()) {
            window->setSyncText(result.error().userMessage());
            showError(window, result.error().userMessage());
            return;
        }
        client->setAccessToken(result.value().accessToken);
        window->setAccountText(QApplication::translate("main", "%1 · %2")
                                   .arg(result.value().fullName, result.value().organizationName));
        loadBookings(client, model, window);
    });
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
    BookingTableModel model;
    BookingListWindow window(&model);
    window.show();

    DemoServer demo;
    if (options.demo) {
        window.setSyncText(QApplication::translate("main", "Starting the demo server…"));
        QObject::connect(&demo, &DemoServer::started, &window, [&](const QUrl &url) {
            if (auto error = client.setBaseUrl(url)) {
                showError(&window, error->userMessage());
                return;
            }
            window.setWindowTitle(QApplication::translate("main", "Frontdesk – demo"));
            signIn(&client, demo.email(), demo.password(), &model, &window);
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
        const QByteArray token = qgetenv("FRONTDESK_TOKEN");
        if (token.isEmpty()) {
            showError(&window, QApplication::translate(
                                   "main", "No session for %1: set FRONTDESK_TOKEN, or start "
                                           "with --demo.")
                                   .arg(options.server.toDisplayString()));
            return 2;
        }
        client.setAccessToken(token);
        loadBookings(&client, &model, &window);
    }
    return app.exec();
}
