#include "bookingjson.h"
#include "bookingrules.h"
#include "clock.h"
#include "devserverprocess.h"
#include "futurebookings.h"
#include "translationloader.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;

    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
    }
};

// GET on the dev server's API with a token, for comparing the CLI with what the server says.
QJsonDocument apiGet(const QUrl &base, const QByteArray &token, const QString &path)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v1") + path.section(u'?', 0, 0));
    url.setQuery(path.section(u'?', 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return document;
}

QJsonArray serverBookings(const QUrl &base, const QByteArray &token)
{
    QJsonArray all;
    for (int page = 1; page < 100; ++page) {
        const QJsonObject body =
            apiGet(base, token, QStringLiteral("/bookings?page=%1&size=100").arg(page)).object();
        const QJsonArray rows = body.value(QLatin1String("bookings")).toArray();
        for (const QJsonValue &row : rows)
            all.append(row);
        if (rows.isEmpty() || all.size() >= body.value(QLatin1String("total")).toInt())
            break;
    }
    return all;
}

QSet<QString> idsOf(const QJsonArray &bookings)
{
    QSet<QString> ids;
    for (const QJsonValue &booking : bookings)
        ids.insert(booking.toObject().value(QLatin1String("id")).toString());
    return ids;
}

QJsonArray withStatus(const QJsonArray &bookings, const QString &status)
{
    QJsonArray result;
    for (const QJsonValue &booking : bookings) {
        if (booking.toObject().value(QLatin1String("status")).toString() == status)
            result.append(booking);
    }
    return result;
}

QString firstWithStatus(const QJsonArray &bookings, const QString &status, int skip = 0)
{
    const QJsonArray matching = withStatus(bookings, status);
    return matching.size() > skip
               ? matching.at(skip).toObject().value(QLatin1String("id")).toString()
               : QString();
}

QDateTime startOf(const QJsonValue &booking)
{
    return QDateTime::fromString(booking.toObject().value(QLatin1String("start_time")).toString(),
                                 Qt::ISODateWithMs);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    DevServerProcess m_server;

    // A confirmed booking made on the server for the test (sync to see it in the cache).
    QString makeBooking(const QDateTime &start, int minutes = 30)
    {
        const QJsonArray made = m_server.createBookings({FutureBookings::spec(start, minutes)});
        return made.isEmpty() ? QString() : made.first().toObject().value("id").toString();
    }
    QString makeEnded() { return makeBooking(Clock::now().addSecs(-3 * 3600), 60); }
    QString makeUpcoming() { return makeBooking(FutureBookings::nextStart()); }
    QByteArray m_token;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_leaks;

    // Runs frontdesk-cli with this test's data and settings folders. `token` goes into
    // FRONTDESK_TOKEN unless empty.
    Run cli(const QStringList &arguments, const QByteArray &token, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FRONTDESK_DATA_DIR"), m_dir->filePath("data"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath("config"));
        environment.remove(QStringLiteral("FRONTDESK_SERVER"));
        environment.remove(QStringLiteral("FRONTDESK_TOKEN"));
        if (!token.isEmpty())
            environment.insert(QStringLiteral("FRONTDESK_TOKEN"), QString::fromLatin1(token));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(FRONTDESK_CLI_PATH), arguments);
        Run run;
        if (!process.waitForStarted(10000))
            return run;
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished(5000);
            return run;
        }
        run.finished = process.exitStatus() == QProcess::NormalExit;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        for (const QByteArray &secret : {m_token, token}) {
            if (!secret.isEmpty() && (run.out.contains(QString::fromLatin1(secret)) ||
                                      run.err.contains(QString::fromLatin1(secret))))
                m_leaks.append(arguments.join(u' '));
        }
        return run;
    }

    Run cli(const QStringList &arguments) { return cli(arguments, m_token); }

    QStringList server(const DevServerProcess &server) const
    {
        return {QStringLiteral("--server"), server.baseUrl().toString()};
    }

    QJsonArray listJson(const QStringList &extra = {})
    {
        const Run run = cli(QStringList{QStringLiteral("list"), QStringLiteral("--json")} +
                            server(m_server) + extra);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    bool sync(const DevServerProcess &on, const QByteArray &token)
    {
        const Run run = cli(QStringList{QStringLiteral("sync")} + server(on), token);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return run.finished && run.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The CLI runs under C.UTF-8: English, with the English catalogue's plural forms.
        TranslationLoader::install(QCoreApplication::instance(), QLocale(QLocale::English));
        DevServerProcess::Options options;
        options.seedBookings = 130; // two pages of 100
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
        m_token = m_server.login();
        QVERIFY(!m_token.isEmpty());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        QVERIFY2(m_leaks.isEmpty(), qPrintable(QStringLiteral("token printed by: ") +
                                               m_leaks.join(QStringLiteral("; "))));
    }

    void helpDocumentsTheEnvironment()
    {
        const Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("FRONTDESK_TOKEN")));
        QVERIFY(run.out.contains(QLatin1String("FRONTDESK_DATA_DIR")));
        QVERIFY(run.out.contains(QLatin1String("export")));
    }

    void syncPrintsCounts()
    {
        const int total = m_server.stats().value(QLatin1String("bookings")).toInt();
        QVERIFY(total >= 130);
        const QRegularExpression counts(QStringLiteral(
            R"(Fetched (\d+) bookings? in (\d+) pages?(?:\(s\))?: (\d+) inserted, (\d+) changed, )"
            R"((\d+) removed, (\d+) skipped \((\d+) ms\))"));

        Run run = cli(QStringList{QStringLiteral("sync")} + server(m_server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QRegularExpressionMatch match = counts.match(run.out);
        QVERIFY2(match.hasMatch(), qPrintable(run.out));
        QCOMPARE(match.captured(1).toInt(), total);
        QCOMPARE(match.captured(2).toInt(), (total + 99) / 100);
        QCOMPARE(match.captured(3).toInt(), total);
        QCOMPARE(match.captured(5).toInt(), 0);

        run = cli(QStringList{QStringLiteral("sync")} + server(m_server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        match = counts.match(run.out);
        QVERIFY2(match.hasMatch(), qPrintable(run.out));
        QCOMPARE(match.captured(3).toInt(), 0);
        QCOMPARE(match.captured(4).toInt(), 0);
    }

    void listShowsEveryBookingOrderedByStart()
    {
        QVERIFY(sync(m_server, m_token));
        const QJsonArray onServer = serverBookings(m_server.baseUrl(), m_token);
        QVERIFY(!withStatus(onServer, QStringLiteral("cancelled")).isEmpty());

        const QJsonArray listed = listJson();
        QCOMPARE(listed.size(), onServer.size());
        QCOMPARE(idsOf(listed), idsOf(onServer));
        for (qsizetype i = 1; i < listed.size(); ++i)
            QVERIFY(startOf(listed.at(i - 1)) <= startOf(listed.at(i)));
        for (const QJsonValue &booking : listed) {
            QVERIFY(
                booking.toObject().value(QLatin1String("start_time")).toString().endsWith(u'Z'));
            QVERIFY(booking.toObject().contains(QLatin1String("lead")));
        }

        const Run table = cli(QStringList{QStringLiteral("list")} + server(m_server));
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QLatin1String("Cancelled")));
        QVERIFY(table.out.contains(QStringLiteral("%1 bookings").arg(onServer.size())));
        QVERIFY(table.out.contains(firstWithStatus(onServer, QStringLiteral("cancelled"))));
    }

    void listFilters()
    {
        QVERIFY(sync(m_server, m_token));
        const QJsonArray onServer = serverBookings(m_server.baseUrl(), m_token);

        const QJsonArray cancelled =
            listJson({QStringLiteral("--status"), QStringLiteral("cancelled")});
        QCOMPARE(idsOf(cancelled), idsOf(withStatus(onServer, QStringLiteral("cancelled"))));

        const QJsonArray ended =
            listJson({QStringLiteral("--status"), QStringLiteral("no-show,completed")});
        QCOMPARE(ended.size(), withStatus(onServer, QStringLiteral("no_show")).size() +
                                   withStatus(onServer, QStringLiteral("completed")).size());

        // One local day, both bounds inclusive.
        const QDate day = startOf(onServer.at(0)).toLocalTime().date();
        QSet<QString> expected;
        for (const QJsonValue &booking : onServer) {
            if (startOf(booking).toLocalTime().date() == day)
                expected.insert(booking.toObject().value(QLatin1String("id")).toString());
        }
        const QString dayText = day.toString(Qt::ISODate);
        QCOMPARE(
            idsOf(listJson({QStringLiteral("--from"), dayText, QStringLiteral("--to"), dayText})),
            expected);

        // A date-time bound is exact.
        const QDateTime start = startOf(onServer.at(0));
        const QString startText = start.toString(Qt::ISODateWithMs);
        const QJsonArray fromStart = listJson({QStringLiteral("--from"), startText});
        for (const QJsonValue &booking : fromStart)
            QVERIFY(startOf(booking) >= start);
        QVERIFY(idsOf(fromStart).contains(onServer.at(0).toObject().value("id").toString()));

        // Search by a customer's surname.
        QString name;
        QString id;
        for (const QJsonValue &booking : onServer) {
            name = booking.toObject().value("lead").toObject().value("name").toString();
            id = booking.toObject().value("id").toString();
            if (name.split(u' ').size() >= 2)
                break;
        }
        const QJsonArray found = listJson({QStringLiteral("--search"), name.split(u' ').last()});
        QVERIFY2(idsOf(found).contains(id), qPrintable(name));
        QVERIFY(found.size() < onServer.size());
    }

    void badInputExitsOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList{"frobnicate"};
        QTest::newRow("unknown option") << QStringList{"list", "--colour"};
        QTest::newRow("unknown status") << QStringList{"list", "--status", "maybe"};
        QTest::newRow("bad date") << QStringList{"list", "--from", "2026-13-01"};
        QTest::newRow("reversed range")
            << QStringList{"list", "--from", "2026-03-10", "--to", "2026-03-01"};
        QTest::newRow("unknown id")
            << QStringList{"cancel", "00000000-0000-0000-0000-000000000000"};
        QTest::newRow("missing id") << QStringList{"complete"};
        QTest::newRow("bad start") << QStringList{"reschedule", "abcd", "tomorrow"};
        QTest::newRow("end before start")
            << QStringList{"reschedule", "ID", "2026-03-20T10:00Z", "2026-03-20T09:00Z"};
        QTest::newRow("outbox number") << QStringList{"outbox", "discard", "abc"};
        QTest::newRow("outbox unknown") << QStringList{"outbox", "apply", "999"};
        QTest::newRow("export format") << QStringList{"export", "--format", "pdf"};
        QTest::newRow("export unwritable")
            << QStringList{"export", "--format", "csv", "--output", "/nonexistent/dir/x.csv"};
        QTest::newRow("insecure server")
            << QStringList{"list", "--server", "http://bookings.example.com"};
    }

    void badInputExitsOne()
    {
        QFETCH(QStringList, arguments);
        QVERIFY(sync(m_server, m_token));
        const QString someId = listJson().at(0).toObject().value("id").toString();
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^ID$")), someId);
        if (!arguments.contains(QStringLiteral("--server")))
            arguments += server(m_server);
        const Run run = cli(arguments);
        QVERIFY2(run.finished, "crashed or hung");
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY(!run.err.trimmed().isEmpty());
    }

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

    // FRONTDESK_TOKEN as any server issues it: its account comes from GET /auth/me when the
    // token does not say, and a token without an end lasts until the server says 401.
    void anyTokenTheServerIssues_data()
    {
        QTest::addColumn<QString>("style");
        QTest::newRow("jwt without email") << QStringLiteral("jwt");
        QTest::newRow("opaque") << QStringLiteral("opaque");
        QTest::newRow("jwt without exp") << QStringLiteral("jwt-no-exp");
    }
    void anyTokenTheServerIssues()
    {
        QFETCH(QString, style);
        DevServerProcess server;
        DevServerProcess::Options options;
        options.seedBookings = 20;
        options.extraArgs = {QStringLiteral("--token-style"), style};
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        const QByteArray token = server.login();
        QVERIFY(!token.isEmpty());
        QCOMPARE(token.contains("email"), false);
        Run run = cli(QStringList{QStringLiteral("sync")} + this->server(server), token);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = cli(QStringList{QStringLiteral("whoami")} + this->server(server), token);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(server.email()), qPrintable(run.describe()));
        // The account the server named is remembered for this token: offline it still knows.
        QCOMPARE(cli(QStringList{QStringLiteral("list"), QStringLiteral("--json")} +
                         this->server(server),
                     token)
                     .exitCode,
                 0);
        const QUrl address = server.baseUrl();
        server.stop();
        run =
            cli(QStringList{QStringLiteral("list"), QStringLiteral("--server"), address.toString()},
                token);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(!run.out.trimmed().isEmpty());
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

    void exportsToFiles()
    {
        QVERIFY(sync(m_server, m_token));
        const QJsonArray cached = listJson();
        const QString csvPath = m_dir->filePath("bookings.csv");
        Run run = cli(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                  QStringLiteral("csv"), QStringLiteral("--output"), csvPath} +
                      server(m_server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray csvData = csv.readAll();
        QVERIFY(csvData.startsWith("\xEF\xBB\xBF"
                                   "id,start,end,"));
        for (const QJsonValue &booking : cached)
            QVERIFY(csvData.contains(booking.toObject().value("id").toString().toLatin1()));

        const QString icsPath = m_dir->filePath("bookings.ics");
        run = cli(QStringList{QStringLiteral("export"), QStringLiteral("--output"), icsPath} +
                  server(m_server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QFile ics(icsPath);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QByteArray icsData = ics.readAll();
        QVERIFY(icsData.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(icsData.count("BEGIN:VEVENT\r\n"), cached.size());

        run = cli(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                              QStringLiteral("ics"), QStringLiteral("--status"),
                              QStringLiteral("cancelled")} +
                  server(m_server));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QLatin1String("BEGIN:VEVENT")),
                 withStatus(cached, QStringLiteral("cancelled")).size());
        QVERIFY(run.out.contains(QLatin1String("STATUS:CANCELLED")));
        QVERIFY(!run.out.contains(QLatin1String("STATUS:CONFIRMED")));
    }

    void offlineListAndFailedSyncKeepTheCache()
    {
        DevServerProcess own;
        QVERIFY2(own.start(), qPrintable(own.errorString()));
        const QByteArray token = own.login();
        QVERIFY(sync(own, token));
        const QStringList list{QStringLiteral("list"), QStringLiteral("--json")};
        const int count = int(
            QJsonDocument::fromJson(cli(list + server(own), token).out.toUtf8()).array().size());
        QCOMPARE(count, 50);
        own.stop();

        Run run = cli(list + server(own), token);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), count);

        run = cli(QStringList{QStringLiteral("sync")} + server(own), token);
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QLatin1String("cannot be reached")), qPrintable(run.err));

        run = cli(list + server(own), token);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), count);
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

    void loginKeepsTheSessionInTheKeychain()
    {
        if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session bus: run the suite under tools/with-test-session.");
        const QStringList at = server(m_server);
        const QByteArray none;
        const QStringList login =
            QStringList{QStringLiteral("login"), QStringLiteral("--email"), m_server.email()} + at;

        Run run = cli(login, none, "not the password\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("not correct")));
        QVERIFY(!run.err.contains(QLatin1String("not the password")));

        run = cli(login, none, m_server.password().toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains(m_server.email()));
        QVERIFY(!run.out.contains(m_server.password()) || m_server.password().size() < 6);

        // Server and account are remembered; the token comes from the keychain.
        run = cli({QStringLiteral("whoami")}, none);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains(m_server.email()));
        QVERIFY(run.out.contains(QLatin1String("system keychain")));
        QVERIFY(run.out.contains(QLatin1String("Organization:")));

        QVERIFY(cli({QStringLiteral("sync")}, none).exitCode == 0);

        run = cli({QStringLiteral("logout")}, none);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = cli({QStringLiteral("whoami")}, none);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("not signed in")), qPrintable(run.err));
        // The local copy stays usable after signing out.
        QCOMPARE(cli({QStringLiteral("list")}, none).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
