// frontdesk-cli's sync, list and export, its usage errors, its offline use and its sign-in
// (the booking commands, the outbox and history: tst_cliactions).

#include "clifixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestCli : public QObject, protected CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServer(); }
    void init() { makeDataDir(); }
    void cleanup() { checkNoLeaks(); }

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
