// Insights: the figures of the dev server's seeded bookings (plus a few made to cover what
// the seed may lack: no lead, no service, an unknown channel, an arrival, a booking entered
// after its start, one customer with three no-shows) are computed here independently from
// GET /bookings, with QDateTime conversions and the API's JSON, and compared with
// `frontdesk-cli insights --json` and with the view's table models over the synced cache.
// The pure parts (zone arithmetic across DST, percentiles, top N, CSV): tst_insightscompute.

#include "bookingcache.h"
#include "clock.h"
#include "devserverprocess.h"
#include "insights.h"
#include "insightsreference.h"
#include "insightstablemodel.h"
#include "serverlisting.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace InsightsReference;

namespace {

const QString kZone = QStringLiteral("America/New_York");
const QString kTopLead = QStringLiteral("lead-insights-top");

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

class TestInsights : public QObject
{
    Q_OBJECT

private:
    DevServerProcess m_server;
    QByteArray m_token;
    QTemporaryDir m_dir;
    QTimeZone m_zone{kZone.toUtf8()};
    QDate m_today;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("FRONTDESK_DATA_DIR", m_dir.filePath("data"));
        environment.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
        environment.insert("FRONTDESK_TOKEN", QString::fromLatin1(m_token));
        environment.remove("FRONTDESK_SERVER");
        environment.insert("LC_ALL", "C.UTF-8");
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(FRONTDESK_CLI_PATH),
                      arguments + QStringList{"--server", m_server.baseUrl().toString()});
        Run run;
        if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished(5000);
            return run;
        }
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString cachePath() const
    {
        return BookingCache::databasePath(m_dir.filePath("data"), m_server.baseUrl(),
                                          m_server.email());
    }

    void compareRange(QDate from, QDate to)
    {
        const auto listing = ServerListing::fetch(m_server.baseUrl(), m_token);
        QVERIFY(listing);
        const QJsonObject expected = normalized(expectedFigures(*listing, from, to, m_zone));

        const Run run = cli({"insights", "--from", from.toString(Qt::ISODate), "--to",
                             to.toString(Qt::ISODate), "--json"});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(document.isObject(), qPrintable(error.errorString()));
        const QJsonObject printed = document.object();
        // Most bookings first, as printed.
        for (const char *group : {"by_service", "by_channel"}) {
            const QJsonArray array = printed.value(QLatin1String(group)).toArray();
            for (qsizetype i = 1; i < array.size(); ++i)
                QVERIFY(array.at(i - 1).toObject().value("total").toInt() >=
                        array.at(i).toObject().value("total").toInt());
        }
        const QString cliDifference = firstDifference(normalized(printed), expected, "cli");
        QVERIFY2(cliDifference.isEmpty(), qPrintable(cliDifference));

        // The view's models over the same cache.
        BookingCache cache;
        QString openError;
        QVERIFY2(cache.open(cachePath(), &openError), qPrintable(openError));
        const InsightsReport report = Insights::load(cache, from, to, m_zone);
        const QString modelDifference =
            firstDifference(normalized(Insights::toJson(report)), expected, "report");
        QVERIFY2(modelDifference.isEmpty(), qPrintable(modelDifference));
        checkModels(report, expected);
    }

    static QVariant raw(const InsightsTableModel &model, int row, int column)
    {
        return model.data(model.index(row, column), InsightsTableModel::RawRole);
    }

    void checkModels(const InsightsReport &report, const QJsonObject &expected)
    {
        using Kind = InsightsTableModel::Kind;
        // Weekday: every day, Monday first; columns: label, total, completed, no-show,
        // cancelled, no-show rate, cancellation rate.
        InsightsTableModel weekday(Kind::Weekday);
        weekday.setReport(report);
        QCOMPARE(weekday.rowCount(), 7);
        for (int day = 0; day < 7; ++day) {
            const QJsonObject entry = expected.value("by_weekday").toArray().at(day).toObject();
            QCOMPARE(raw(weekday, day, 1).toInt(), entry.value("total").toInt());
            QCOMPARE(raw(weekday, day, 2).toInt(), entry.value("completed").toInt());
            QCOMPARE(raw(weekday, day, 3).toInt(), entry.value("no_show").toInt());
            QCOMPARE(raw(weekday, day, 4).toInt(), entry.value("cancelled").toInt());
            const int base = entry.value("no_show").toInt() + entry.value("completed").toInt();
            if (base == 0)
                QVERIFY(!raw(weekday, day, 5).isValid());
            else
                QCOMPARE(raw(weekday, day, 5).toDouble(),
                         double(entry.value("no_show").toInt()) / double(base));
        }
        // Hours: the span that has bookings.
        InsightsTableModel hour(Kind::Hour);
        hour.setReport(report);
        int hoursWithBookings = 0;
        for (int row = 0; row < hour.rowCount(); ++row) {
            const int h = hour.data(hour.index(row, 0), InsightsTableModel::KeyRole).toInt();
            const QJsonObject entry = expected.value("by_hour").toArray().at(h).toObject();
            QCOMPARE(raw(hour, row, 1).toInt(), entry.value("total").toInt());
            QCOMPARE(raw(hour, row, 3).toInt(), entry.value("no_show").toInt());
            hoursWithBookings += entry.value("total").toInt() > 0;
        }
        int expectedHours = 0;
        for (const QJsonValue &entry : expected.value("by_hour").toArray())
            expectedHours += entry.toObject().value("total").toInt() > 0;
        QCOMPARE(hoursWithBookings, expectedHours);
        // Services and channels: the top 10 and "Other" summing the rest.
        for (const auto &[kind, key] :
             {std::pair{Kind::Service, "service"}, std::pair{Kind::Channel, "channel"}}) {
            InsightsTableModel model(kind);
            model.setReport(report);
            const QJsonArray entries =
                expected.value(QLatin1String("by_") + QLatin1String(key)).toArray();
            int total = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QString name =
                    model.data(model.index(row, 0), InsightsTableModel::KeyRole).toString();
                if (row < Insights::kTopGroups || model.rowCount() == entries.size()) {
                    const auto found =
                        std::find_if(entries.cbegin(), entries.cend(), [&](const QJsonValue &v) {
                            return v.toObject().value(QLatin1String(key)).toString() == name;
                        });
                    QVERIFY2(found != entries.cend(), qPrintable(name));
                    QCOMPARE(raw(model, row, 1).toInt(), found->toObject().value("total").toInt());
                }
                total += raw(model, row, 1).toInt();
            }
            QCOMPARE(total, expected.value("total").toInt());
            QCOMPARE(model.rowCount(),
                     std::min<int>(int(entries.size()), Insights::kTopGroups + 1));
        }
        // Periods add up to the total; lead-time bins to the bookings with a created_at.
        InsightsTableModel periods(Kind::Periods);
        periods.setReport(report);
        int periodTotal = 0;
        for (int row = 0; row < periods.rowCount(); ++row)
            periodTotal += raw(periods, row, 1).toInt();
        QCOMPARE(periodTotal, expected.value("total").toInt());
        // Top no-shows: the same customers and counts, in order.
        InsightsTableModel customers(Kind::TopNoShow);
        customers.setReport(report);
        const QJsonArray top = expected.value("top_no_show").toArray();
        QCOMPARE(customers.rowCount(), int(top.size()));
        for (int row = 0; row < customers.rowCount(); ++row) {
            QCOMPARE(
                customers.data(customers.index(row, 0), InsightsTableModel::KeyRole).toString(),
                top.at(row).toObject().value("lead_id").toString());
            QCOMPARE(raw(customers, row, 1).toInt(),
                     top.at(row).toObject().value("no_show").toInt());
            QVERIFY(!customers.data(customers.index(row, 0), InsightsTableModel::BookingIdRole)
                         .toString()
                         .isEmpty());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_zone.isValid());
        // The display zone comes from the settings, as the GUI's does.
        QVERIFY(QDir().mkpath(m_dir.filePath("config/Empfio")));
        QFile settings(m_dir.filePath("config/Empfio/Frontdesk.conf"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[display]\ntimeZone=" + kZone.toUtf8() + "\n");
        settings.close();

        DevServerProcess::Options options;
        options.seedBookings = 400;
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
        m_token = m_server.login();
        QVERIFY(!m_token.isEmpty());
        m_today = Clock::today(m_zone);

        // What the seed may lack on a given day, made in the past weeks of the range.
        const QDateTime base(m_today.addDays(-21), QTime(10, 0), m_zone);
        QJsonArray specs;
        for (int i = 0; i < 3; ++i) {
            specs.append(QJsonObject{
                {"start_time", iso(base.addDays(-i).addSecs(3600 * i))},
                {"status", "no_show"},
                {"created_at", iso(base.addDays(-i - 5))},
                {"metadata", QJsonObject{{"service", "Färben & Schneiden"}}},
                {"lead",
                 QJsonObject{{"id", kTopLead}, {"name", "Zoë Ünal"}, {"channel", "telegram"}}}});
        }
        specs.append(QJsonObject{{"start_time", iso(base.addDays(1))},
                                 {"status", "completed"},
                                 {"metadata", QJsonObject{}},
                                 {"lead", QJsonValue()}});
        specs.append(QJsonObject{{"start_time", iso(base.addDays(2))},
                                 {"status", "cancelled"},
                                 {"lead", QJsonObject{{"channel", "carrier-pigeon"}}}});
        specs.append(QJsonObject{
            {"start_time", iso(base.addDays(3))},
            {"status", "completed"},
            {"metadata",
             QJsonObject{
                 {"service", "Haircut"},
                 {"frontdesk", QJsonObject{{"arrived_at", iso(base.addDays(3).addSecs(-300))},
                                           {"arrived_by", "desk@example.com"}}}}}});
        specs.append(QJsonObject{{"start_time", iso(base.addDays(4))},
                                 {"status", "completed"},
                                 {"created_at", iso(base.addDays(4).addSecs(7200))}});
        QCOMPARE(m_server.createBookings(specs).size(), specs.size());

        const Run sync = cli({"sync"});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    }

    void seededRangeMatchesServer() { compareRange(m_today.addDays(-40), m_today.addDays(40)); }

    void fourWeeksByDay()
    {
        const auto [from, to] = Insights::range(Insights::Preset::Last4Weeks, m_today);
        compareRange(from, to);
        BookingCache cache;
        QString error;
        QVERIFY(cache.open(cachePath(), &error));
        const InsightsReport report = Insights::load(cache, from, to, m_zone);
        QVERIFY(report.daily);
        QCOMPARE(report.periods.size(), 28);
        QVERIFY(report.arrived >= 1);
        QVERIFY(report.topNoShow.size() >= 1);
        QCOMPARE(report.topNoShow.first().leadId, kTopLead);
        QCOMPARE(report.topNoShow.first().name, QStringLiteral("Zoë Ünal"));
    }

    void emptyRange()
    {
        compareRange(QDate(2001, 3, 1), QDate(2001, 3, 31));
        const Run run = cli({"insights", "--from", "2001-03-01", "--to", "2001-03-31"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("No bookings in this range."));
    }

    void humanOutputAndUsageErrors()
    {
        const Run run = cli({"insights"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("No-show rate"));
        QVERIFY(run.out.contains("Zoë Ünal"));
        QCOMPARE(cli({"insights", "--from", "2026-13-01"}).exitCode, 1);
        QCOMPARE(cli({"insights", "--from", "2026-03-02", "--to", "2026-03-01"}).exitCode, 1);
        QCOMPARE(cli({"insights", "--from", "yesterday"}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestInsights)
#include "tst_insights.moc"
