// Shows one booking-action dialog against the demo server's sample data, for screenshots:
//   actionsdemo reschedule|cancel|conflict|audit|bulk
// Not a test: it only opens the dialog and waits for it to be looked at.
#include "auditlogdialog.h"
#include "bookingactioncontroller.h"
#include "bookingcache.h"
#include "clock.h"
#include "demoserver.h"
#include "dialogprompter.h"
#include "rescheduledialog.h"
#include "syncengine.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

namespace {

// Says yes to the cancellation at once, so the conflict dialog that follows is on screen.
class CancelAtOnce : public DialogPrompter
{
public:
    using DialogPrompter::DialogPrompter;
    std::optional<QString> confirmCancel(QWidget *, const QString &) override
    {
        return QStringLiteral("Practitioner ill");
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString which = app.arguments().value(1, QStringLiteral("reschedule"));
    QTemporaryDir dir;
    DemoServer demo;
    ApiClient client;
    BookingCache cache;
    QString error;
    if (!cache.open(dir.filePath(QStringLiteral("cache.sqlite")), &error))
        qFatal("cache: %s", qPrintable(error));
    SyncEngine sync(&client, &cache);
    BookingActions actions(&client, &cache);
    BookingActionController controller(&client, &actions, &cache, nullptr);
    sync.setInterval(std::chrono::seconds(0));

    const auto upcoming = [&cache](int skip) {
        BookingQuery query;
        query.from = Clock::now().addSecs(3600);
        query.statuses = {BookingStatus::Confirmed};
        return cache.bookings(query).value(skip);
    };

    QObject::connect(&sync, &SyncEngine::syncFinished, &app, [&] {
        const Booking booking = upcoming(0);
        if (which == QLatin1String("reschedule")) {
            auto *dialog = new RescheduleDialog(&client, booking, QTimeZone::systemTimeZone());
            dialog->show();
        } else if (which == QLatin1String("cancel")) {
            controller.cancel(booking.id);
        } else if (which == QLatin1String("bulk")) {
            controller.bulk(BookingActionController::Action::Cancel,
                            {upcoming(1).id, upcoming(2).id, upcoming(3).id});
        } else if (which == QLatin1String("conflict")) {
            // Someone moves the booking on the server; the desk then marks it completed.
            auto *network = new QNetworkAccessManager(&app);
            QNetworkRequest request(
                demo.baseUrl().resolved(QUrl(QStringLiteral("/_control/mutate"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
            const QJsonObject body{
                {"action", "move"}, {"ids", QJsonArray{booking.id}}, {"minutes", 60}};
            QNetworkReply *reply = network->post(request, QJsonDocument(body).toJson());
            controller.setPrompter(std::make_unique<CancelAtOnce>(&client));
            QObject::connect(reply, &QNetworkReply::finished, &app,
                             [&, booking] { controller.cancel(booking.id); });
        } else if (which == QLatin1String("audit")) {
            actions.setActor(demo.email());
            const auto apply = [&](const Booking &seen, const BookingChange &change) {
                actions.apply(seen, change, &app, [](const ActionOutcome &) {});
            };
            apply(upcoming(1), BookingChange::reschedule(upcoming(1).startTime.addSecs(3600),
                                                         upcoming(1).endTime.addSecs(3600)));
            apply(upcoming(2), BookingChange::cancel(QStringLiteral("Practitioner ill")));
            apply(upcoming(3), BookingChange::setStatus(BookingStatus::NoShow));
            QTimer::singleShot(1500, &app, [&] {
                auto *dialog = new AuditLogDialog(&cache);
                dialog->view()->selectRow(0);
                dialog->show();
            });
        }
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
    demo.start(300);
    return app.exec();
}
