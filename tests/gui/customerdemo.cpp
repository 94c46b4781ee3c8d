// The main window against the demo server with a customer who has a history (two no-shows)
// selected and View › Changes open on a conflict and a waiting change, for screenshots:
//   customerdemo            (the system's language; LC_ALL=de_DE.UTF-8 for German)
// Not a test: it sets the scene and waits to be looked at.
#include "bookingactioncontroller.h"
#include "bookingcache.h"
#include "bookingtablemodel.h"
#include "changeinbox.h"
#include "clock.h"
#include "demoserver.h"
#include "futurebookings.h"
#include "mainwindow.h"
#include "syncengine.h"
#include "translationloader.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

namespace {

void post(QNetworkAccessManager *network, const QUrl &url, const QJsonObject &body,
          std::function<void(const QByteArray &)> done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network->post(request, QJsonDocument(body).toJson());
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
        done(reply->readAll());
        reply->deleteLater();
    });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale::system());
    TranslationLoader::install(&app, QLocale::system());
    QTemporaryDir dir;
    DemoServer demo;
    ApiClient client;
    BookingCache cache;
    QString error;
    if (!cache.open(dir.filePath(QStringLiteral("cache.sqlite")), &error))
        qFatal("cache: %s", qPrintable(error));
    BookingTableModel model(&cache);
    model.setDisplayTimeZone(QTimeZone("Europe/Berlin"));
    SyncEngine sync(&client, &cache);
    BookingActions actions(&client, &cache);
    actions.setActor(demo.email());
    MainWindow window(&model, &cache, &actions);
    window.setActionController(new BookingActionController(&client, &actions, &cache, &window));
    window.setSyncEngine(&sync);
    sync.setInterval(std::chrono::seconds(0));
    auto *network = new QNetworkAccessManager(&app);
    const QString leadId = QStringLiteral("4f3c2a10-6b7e-4d21-9a55-0c1d2e3f4a5b");
    QStringList made;
    int passes = 0;

    QObject::connect(&sync, &SyncEngine::syncFinished, &app, [&] {
        ++passes;
        if (passes == 1) {
            // A customer with a history: two no-shows, a visit, a cancellation, two to come.
            const QJsonObject lead{{"id", leadId},
                                   {"name", "Chloé Kowalski"},
                                   {"phone", "+49 151 2345678"},
                                   {"email", "chloe.kowalski@example.org"},
                                   {"channel", "voice"}};
            const QDateTime now = Clock::now();
            const std::pair<QDateTime, const char *> plan[] = {
                {now.addDays(-70), "completed"},
                {now.addDays(-40), "no_show"},
                {now.addDays(-12), "no_show"},
                {now.addDays(-5), "cancelled"},
                {FutureBookings::nextStart(), "confirmed"},
                {FutureBookings::nextStart(), "confirmed"}};
            QJsonArray specs;
            for (const auto &[start, status] : plan) {
                QJsonObject spec = FutureBookings::spec(start, 45, QLatin1String(status));
                spec.insert("lead", lead);
                specs.append(spec);
            }
            post(network, demo.baseUrl().resolved(QUrl("/_control/create")),
                 QJsonObject{{"bookings", specs}}, [&](const QByteArray &answer) {
                     for (const QJsonValue &record :
                          QJsonDocument::fromJson(answer).object().value("bookings").toArray())
                         made.append(record.toObject().value("id").toString());
                     sync.refreshNow();
                 });
            return;
        }
        if (passes != 2 || made.size() < 6)
            return;
        // The desk moves the next visit while offline; another desk moves it meanwhile; the
        // replay meets the move. A second change, made offline later, waits.
        const Booking next = *cache.booking(made.at(4));
        const Booking later = *cache.booking(made.at(5));
        const QUrl server = client.baseUrl();
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:9"));
        client.setBaseUrl(nowhere);
        const BookingChange move = BookingChange::reschedule(next.startTime.addSecs(2 * 3600),
                                                             next.endTime.addSecs(2 * 3600));
        actions.apply(next, move, &app, [&, server, nowhere, next, later](const ActionOutcome &) {
            client.setBaseUrl(server);
            const QJsonObject mutate{
                {"action", "move"}, {"ids", QJsonArray{next.id}}, {"minutes", 1440}};
            post(network, demo.baseUrl().resolved(QUrl("/_control/mutate")), mutate,
                 [&, server, nowhere, later](const QByteArray &) {
                     actions.replayOutbox(&app, [&, server, nowhere, later](const ReplayReport &) {
                         client.setBaseUrl(nowhere);
                         actions.apply(later,
                                       BookingChange::editDetails(
                                           std::nullopt, QStringLiteral("Bring the X-ray")),
                                       &app, [&, server](const ActionOutcome &) {
                                           client.setBaseUrl(server);
                                           window.refreshSyncMarks();
                                           window.chooseBooking(made.at(4));
                                           window.showChanges();
                                       });
                     });
                 });
        });
    });
    QObject::connect(&demo, &DemoServer::started, &app, [&](const QUrl &url) {
        client.setBaseUrl(url);
        client.login(demo.email(), demo.password(), &app,
                     [&](const ApiResult<LoginResult> &result) {
                         if (!result.ok())
                             qFatal("login failed");
                         client.setAccessToken(result.value().accessToken);
                         sync.refreshNow();
                     });
    });
    window.resize(1500, 950);
    window.show();
    demo.start(200);
    return app.exec();
}
