// frontdesk-cli's booking commands against the dev server: the change made, conflicts and
// the outbox, the GUI's refusals, a change queued while offline; and `history`. (Sync, list,
// export and sign-in: tst_cli.)

#include "bookingrules.h"
#include "clifixture.h"
#include "clock.h"
#include "futurebookings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

class TestCliActions : public QObject, protected CliFixture
{
    Q_OBJECT

private:
    // A confirmed booking made on the server for the test (sync to see it in the cache).
    QString makeBooking(const QDateTime &start, int minutes = 30)
    {
        const QJsonArray made = m_server.createBookings({FutureBookings::spec(start, minutes)});
        return made.isEmpty() ? QString() : made.first().toObject().value("id").toString();
    }
    QString makeEnded() { return makeBooking(Clock::now().addSecs(-3 * 3600), 60); }
    QString makeUpcoming() { return makeBooking(FutureBookings::nextStart()); }

private Q_SLOTS:
    void initTestCase() { startServer(); }
    void init() { makeDataDir(); }
    void cleanup() { checkNoLeaks(); }

    void actionsAreApplied()
    {
        const QString completeId = makeEnded();
        const QString moveId = makeUpcoming();
        QVERIFY(!completeId.isEmpty() && !moveId.isEmpty());
        QVERIFY(sync(m_server, m_token));

        Run run = cli(QStringList{QStringLiteral("complete"), completeId} + server(m_server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains(QLatin1String("Done")));
        QCOMPARE(apiGet(m_server.baseUrl(), m_token, "/bookings/" + completeId)
                     .object()
                     .value("status")
                     .toString(),
                 QStringLiteral("completed"));

        const QJsonObject before =
            apiGet(m_server.baseUrl(), m_token, "/bookings/" + moveId).object();
        const qint64 length = startOf(before).secsTo(
            QDateTime::fromString(before.value("end_time").toString(), Qt::ISODateWithMs));
        const QDateTime newStart = startOf(before).addDays(1);
        // By an unambiguous beginning of the id, with the end left to the booking's length.
        run = cli(QStringList{QStringLiteral("reschedule"), moveId.left(13),
                              newStart.toUTC().toString(Qt::ISODate)} +
                  server(m_server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject after =
            apiGet(m_server.baseUrl(), m_token, "/bookings/" + moveId).object();
        QCOMPARE(startOf(after), newStart);
        QCOMPARE(startOf(after).secsTo(
                     QDateTime::fromString(after.value("end_time").toString(), Qt::ISODateWithMs)),
                 length);
        QCOMPARE(after.value("status").toString(), QStringLiteral("rescheduled"));

        // The cache holds the server's answer.
        for (const QJsonValue &booking : listJson()) {
            if (booking.toObject().value("id").toString() == completeId)
                QCOMPARE(booking.toObject().value("status").toString(),
                         QStringLiteral("completed"));
        }
    }

    void conflictExitsTwo()
    {
        const QString id = makeEnded();
        QVERIFY(!id.isEmpty());
        QVERIFY(sync(m_server, m_token));
        const QJsonObject moved = m_server.mutate({{"action", "move"}, {"ids", QJsonArray{id}}});
        QCOMPARE(moved.value("ids").toArray().size(), 1);

        Run run = cli(QStringList{QStringLiteral("no-show"), id} + server(m_server));
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY(run.err.contains(QLatin1String("Conflict")));
        QVERIFY(run.err.contains(QLatin1String("Your copy:")));
        QVERIFY(run.err.contains(QLatin1String("Server:")));
        QVERIFY(run.err.contains(QLatin1String("Rescheduled")));
        QCOMPARE(apiGet(m_server.baseUrl(), m_token, "/bookings/" + id)
                     .object()
                     .value("status")
                     .toString(),
                 QStringLiteral("rescheduled"));

        run = cli(QStringList{QStringLiteral("outbox")} + server(m_server));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(id));
        QVERIFY(run.out.contains(QLatin1String("conflict")));
        const QRegularExpression number(QStringLiteral(R"(^(\d+)\s+conflict\s+)") + id,
                                        QRegularExpression::MultilineOption);
        const QString entry = number.match(run.out).captured(1);
        QVERIFY2(!entry.isEmpty(), qPrintable(run.out));

        run = cli(QStringList{QStringLiteral("outbox"), QStringLiteral("apply"), entry} +
                  server(m_server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(apiGet(m_server.baseUrl(), m_token, "/bookings/" + id)
                     .object()
                     .value("status")
                     .toString(),
                 QStringLiteral("no_show"));
        run = cli(QStringList{QStringLiteral("outbox")} + server(m_server));
        QVERIFY(!run.out.contains(id));
    }

    void conflictsCanBeForcedOrDropped()
    {
        const QString forced = makeEnded();
        const QString dropped = makeUpcoming();
        QVERIFY(!forced.isEmpty() && !dropped.isEmpty());
        QVERIFY(sync(m_server, m_token));
        QCOMPARE(m_server.mutate({{"action", "move"}, {"ids", QJsonArray{forced, dropped}}})
                     .value("ids")
                     .toArray()
                     .size(),
                 2);

        Run run = cli(QStringList{QStringLiteral("complete"), forced, QStringLiteral("--force")} +
                      server(m_server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(apiGet(m_server.baseUrl(), m_token, "/bookings/" + forced)
                     .object()
                     .value("status")
                     .toString(),
                 QStringLiteral("completed"));

        run = cli(QStringList{QStringLiteral("cancel"), dropped} + server(m_server));
        QCOMPARE(run.exitCode, 2);
        const QRegularExpression number(QStringLiteral(R"(^(\d+)\s+conflict\s+)") + dropped,
                                        QRegularExpression::MultilineOption);
        const QString entry =
            number.match(cli(QStringList{QStringLiteral("outbox")} + server(m_server)).out)
                .captured(1);
        QVERIFY(!entry.isEmpty());
        run = cli(QStringList{QStringLiteral("outbox"), QStringLiteral("discard"), entry} +
                  server(m_server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(
            !cli(QStringList{QStringLiteral("outbox")} + server(m_server)).out.contains(dropped));
        QCOMPARE(apiGet(m_server.baseUrl(), m_token, "/bookings/" + dropped)
                     .object()
                     .value("status")
                     .toString(),
                 QStringLiteral("rescheduled"));
    }

    // The GUI's rules, with the GUI's words: nothing is sent when they say no.
    void refusesWhatTheGuiRefuses()
    {
        const QString upcoming = makeUpcoming();
        const QString ended = makeEnded();
        QVERIFY(sync(m_server, m_token));
        m_server.control("POST", QStringLiteral("/_control/reset-stats"));
        const auto refusal = [](BookingAction action, const QString &status, qint64 startSecs,
                                qint64 minutes) {
            Booking booking;
            booking.status = *BookingStatuses::fromWireName(status);
            booking.startTime = Clock::now().addSecs(startSecs);
            booking.endTime = booking.startTime.addSecs(minutes * 60);
            return BookingRules::check(action, booking, Clock::now()).reason;
        };
        struct Case
        {
            QStringList arguments;
            QString reason;
        };
        const QList<Case> cases{
            {{"no-show", upcoming}, refusal(BookingAction::NoShow, "confirmed", 60 * 86400, 30)},
            {{"complete", upcoming},
             refusal(BookingAction::Completed, "confirmed", 60 * 86400, 30)},
            {{"arrive", upcoming}, refusal(BookingAction::Arrive, "confirmed", 60 * 86400, 30)},
            {{"unarrive", upcoming}, refusal(BookingAction::Unarrive, "confirmed", 60 * 86400, 30)},
            {{"cancel", ended}, refusal(BookingAction::Cancel, "confirmed", -3 * 3600, 60)},
            {{"reschedule", ended, Clock::now().addDays(1).toString(Qt::ISODate)},
             refusal(BookingAction::Reschedule, "confirmed", -3 * 3600, 60)},
            {{"reschedule", upcoming, Clock::now().addSecs(-600).toString(Qt::ISODate)},
             BookingRules::checkNewTime(Clock::now().addSecs(-600), Clock::now(), Clock::now())
                 .reason},
        };
        for (const Case &c : cases) {
            QVERIFY(!c.reason.isEmpty());
            const Run run = cli(c.arguments + server(m_server));
            QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
            QVERIFY2(run.err.contains(QStringLiteral("Not possible: ") + c.reason),
                     qPrintable(run.describe() + "\nexpected: " + c.reason));
        }
        // Nothing was sent; the only requests asked whose token it is (GET /auth/me).
        const QJsonObject byMethod = m_server.stats().value("by_method").toObject();
        QCOMPARE(byMethod.value("PATCH").toInt(), 0);
        QCOMPARE(byMethod.value("DELETE").toInt(), 0);
        QCOMPARE(byMethod.value("GET").toInt(), int(cases.size()));
    }

    // Issue 17: `history` prints a customer's counts as GET /bookings?lead_id gives them,
    // refreshed from the server (a booking made after the last sync is there), and offline.
    void historyMatchesTheServer()
    {
        const QString leadId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject lead{{QStringLiteral("id"), leadId},
                               {QStringLiteral("name"), QStringLiteral("Hanna Historia")},
                               {QStringLiteral("phone"), QStringLiteral("+49 151 2345678")},
                               {QStringLiteral("channel"), QStringLiteral("voice")}};
        const QDateTime now = Clock::now();
        QJsonArray specs;
        const std::pair<QDateTime, const char *> plan[] = {
            {now.addDays(-40), "completed"},
            {now.addDays(-20), "no_show"},
            {now.addDays(-8), "no_show"},
            {now.addDays(-2), "cancelled"},
            {FutureBookings::nextStart(), "confirmed"},
            {FutureBookings::nextStart(), "rescheduled"}};
        for (const auto &[start, status] : plan) {
            QJsonObject spec = FutureBookings::spec(start, 30, QLatin1String(status));
            spec.insert(QStringLiteral("lead"), lead);
            specs.append(spec);
        }
        const QJsonArray made = m_server.createBookings(specs);
        QCOMPARE(made.size(), specs.size());
        const QString first = made.first().toObject().value(QLatin1String("id")).toString();
        QVERIFY(sync(m_server, m_token));
        // One more after the sync: only the lead's own list brings it.
        QJsonObject late = FutureBookings::spec(FutureBookings::nextStart());
        late.insert(QStringLiteral("lead"), lead);
        const QJsonArray later = m_server.createBookings({late});
        QCOMPARE(later.size(), 1);

        const QJsonArray listed = apiGet(m_server.baseUrl(), m_token,
                                         QStringLiteral("/bookings?size=100&lead_id=") + leadId)
                                      .object()
                                      .value(QLatin1String("bookings"))
                                      .toArray();
        QCOMPARE(listed.size(), 7);
        QJsonObject expected{{QStringLiteral("completed"), 0},
                             {QStringLiteral("no_show"), 0},
                             {QStringLiteral("cancelled"), 0},
                             {QStringLiteral("upcoming"), 0}};
        const auto bump = [&](const QString &key) {
            expected.insert(key, expected.value(key).toInt() + 1);
        };
        for (const QJsonValue &value : listed) {
            const QString status = value.toObject().value(QLatin1String("status")).toString();
            if (status == u"completed" || status == u"no_show" || status == u"cancelled")
                bump(status);
            else if (startOf(value) > now)
                bump(QStringLiteral("upcoming"));
        }

        Run run = cli(QStringList{QStringLiteral("history"), first, QStringLiteral("--json")} +
                      server(m_server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QJsonObject answer = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(answer.value(QLatin1String("counts")).toObject(), expected);
        QCOMPARE(idsOf(answer.value(QLatin1String("bookings")).toArray()), idsOf(listed));
        QCOMPARE(answer.value(QLatin1String("lead")).toObject().value(QLatin1String("name")),
                 QJsonValue(QStringLiteral("Hanna Historia")));
        const QJsonArray order = answer.value(QLatin1String("bookings")).toArray();
        QVERIFY(startOf(order.at(0)) > now); // upcoming first
        QVERIFY(startOf(order.at(0)) < startOf(order.at(1)));

        // Offline (the local copy only) and by lead: the same.
        run = cli(QStringList{QStringLiteral("history"), QStringLiteral("--lead"), leadId,
                              QStringLiteral("--offline"), QStringLiteral("--json")} +
                  server(m_server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        answer = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(answer.value(QLatin1String("counts")).toObject(), expected);

        // In words, with the warning.
        run = cli(QStringList{QStringLiteral("history"), first} + server(m_server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(QLatin1String("2 no-shows in the last 12 months")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("Hanna Historia")));
    }

    void changeWhileOfflineIsQueuedAndReplayed()
    {
        DevServerProcess own;
        DevServerProcess::Options options;
        options.database = m_dir->filePath(QStringLiteral("server.sqlite"));
        QVERIFY2(own.start(options), qPrintable(own.errorString()));
        QByteArray token = own.login();
        QVERIFY(sync(own, token));
        const QJsonArray cached =
            QJsonDocument::fromJson(cli({QStringLiteral("list"), QStringLiteral("--json"),
                                         QStringLiteral("--server"), own.baseUrl().toString()},
                                        token)
                                        .out.toUtf8())
                .array();
        const QString id = firstWithStatus(cached, QStringLiteral("confirmed"));
        QVERIFY(!id.isEmpty());
        const quint16 port = own.port();
        own.stop();

        Run run = cli(QStringList{QStringLiteral("cancel"), id, QStringLiteral("--reason"),
                                  QStringLiteral("Kundin krank")} +
                          server(own),
                      token);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(QLatin1String("outbox")), qPrintable(run.out));

        run = cli(QStringList{QStringLiteral("outbox")} + server(own), token);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(id));
        QVERIFY(run.out.contains(QLatin1String("waiting")));

        // Still offline: the sync fails and the change keeps waiting.
        run = cli(QStringList{QStringLiteral("sync")} + server(own), token);
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY(cli(QStringList{QStringLiteral("outbox")} + server(own), token).out.contains(id));

        // The same server again, on the same port, so the local copy is the same one.
        options.extraArgs = {QStringLiteral("--port"), QString::number(port)};
        QVERIFY2(own.start(options), qPrintable(own.errorString()));
        QCOMPARE(own.port(), port);
        token = own.login();
        run = cli(QStringList{QStringLiteral("sync")} + server(own), token);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(QLatin1String("1 sent")), qPrintable(run.out));
        QCOMPARE(
            apiGet(own.baseUrl(), token, "/bookings/" + id).object().value("status").toString(),
            QStringLiteral("cancelled"));
        run = cli(QStringList{QStringLiteral("outbox")} + server(own), token);
        QVERIFY(run.out.contains(QLatin1String("empty")));
    }
};

QTEST_GUILESS_MAIN(TestCliActions)
#include "tst_cliactions.moc"
