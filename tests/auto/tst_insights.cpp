// Insights: the figures of the dev server's seeded bookings (plus a few made to cover what
// the seed may lack: no lead, no service, an unknown channel, an arrival, a booking entered
// after its start, one customer with three no-shows) are computed here independently from
// GET /bookings, with QDateTime conversions and the API's JSON, and compared with
// `frontdesk-cli insights --json` and with the view's table models over the synced cache.
// The pure parts (zone arithmetic across DST, percentiles, top N, CSV) are checked apart.

#include "bookingcache.h"
#include "clock.h"
#include "devserverprocess.h"
#include "insights.h"
#include "insightstablemodel.h"
#include "serverlisting.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

const QString kZone = QStringLiteral("America/New_York");
const QString kTopLead = QStringLiteral("lead-insights-top");

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<double> percentileOf(QList<double> values, double q)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double position = q * double(values.size() - 1);
    const qsizetype low = qsizetype(position);
    const qsizetype high = std::min(low + 1, values.size() - 1);
    return values[low] + (values[high] - values[low]) * (position - double(low));
}

// The figures as `frontdesk-cli insights --json` prints them, from the server's records
// alone: nothing of the client's code.
QJsonObject expectedFigures(const ServerListing::Records &records, QDate from, QDate to,
                            const QTimeZone &zone)
{
    struct Counts
    {
        int total = 0, noShow = 0, completed = 0, cancelled = 0;
        void add(const QString &status)
        {
            ++total;
            noShow += status == u"no_show";
            completed += status == u"completed";
            cancelled += status == u"cancelled";
        }
        QJsonObject json() const
        {
            return {{"total", total},
                    {"no_show", noShow},
                    {"completed", completed},
                    {"cancelled", cancelled}};
        }
    };
    QMap<QString, int> byStatus{
        {"confirmed", 0}, {"cancelled", 0}, {"rescheduled", 0}, {"no_show", 0}, {"completed", 0}};
    Counts total;
    int arrived = 0;
    std::array<Counts, 7> weekdays{};
    std::array<Counts, 24> hours{};
    std::map<QString, Counts> services;
    std::map<QString, Counts> channels;
    QList<double> leadDays;
    std::map<QString, int> noShows;
    std::map<QString, std::pair<QDateTime, QString>> names; // latest booking in range

    for (const QJsonObject &record : records) {
        const QDateTime start =
            QDateTime::fromString(record.value("start_time").toString(), Qt::ISODateWithMs);
        const QDateTime local = start.toTimeZone(zone);
        if (local.date() < from || local.date() > to)
            continue;
        const QString status = record.value("status").toString();
        ++byStatus[status];
        total.add(status);
        weekdays[std::size_t(local.date().dayOfWeek() - 1)].add(status);
        hours[std::size_t(local.time().hour())].add(status);
        const QJsonObject metadata = record.value("metadata").toObject();
        const QJsonValue service = metadata.value("service");
        services[service.isString() ? service.toString() : QStringLiteral("(none)")].add(status);
        const QJsonObject lead = record.value("lead").toObject();
        const QJsonValue channel = lead.value("channel");
        channels[channel.isString() ? channel.toString() : QStringLiteral("(none)")].add(status);
        const QJsonValue arrivedAt = metadata.value("frontdesk").toObject().value("arrived_at");
        if (QDateTime::fromString(arrivedAt.toString(), Qt::ISODateWithMs).isValid())
            ++arrived;
        const QDateTime created =
            QDateTime::fromString(record.value("created_at").toString(), Qt::ISODateWithMs);
        if (created.isValid())
            leadDays.append(double(created.msecsTo(start)) / 86'400'000.0);
        const QString leadId = record.value("lead_id").toString(lead.value("id").toString());
        if (!leadId.isEmpty()) {
            auto &latest = names[leadId];
            if (!latest.first.isValid() || start > latest.first)
                latest = {start, lead.value("name").toString()};
            if (status == u"no_show")
                ++noShows[leadId];
        }
    }

    QJsonObject statuses;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        statuses.insert(it.key(), it.value());
    QJsonArray weekdayArray;
    for (int day = 0; day < 7; ++day) {
        QJsonObject entry = weekdays[std::size_t(day)].json();
        entry.insert("weekday", day + 1);
        weekdayArray.append(entry);
    }
    QJsonArray hourArray;
    for (int hour = 0; hour < 24; ++hour) {
        QJsonObject entry = hours[std::size_t(hour)].json();
        entry.insert("hour", hour);
        hourArray.append(entry);
    }
    const auto groups = [](const std::map<QString, Counts> &map, const char *name) {
        QList<std::pair<QString, Counts>> list(map.cbegin(), map.cend());
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.second.total > b.second.total;
        });
        QJsonArray array;
        for (const auto &[key, counts] : list) {
            QJsonObject entry = counts.json();
            entry.insert(QLatin1String(name), key);
            array.append(entry);
        }
        return array;
    };
    QList<std::pair<QString, int>> customers(noShows.cbegin(), noShows.cend());
    std::stable_sort(customers.begin(), customers.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QJsonArray top;
    for (const auto &[leadId, count] : customers.mid(0, 10))
        top.append(
            QJsonObject{{"lead_id", leadId}, {"name", names[leadId].second}, {"no_show", count}});
    const auto number = [](std::optional<double> value) {
        return value ? QJsonValue(*value) : QJsonValue();
    };
    return {{"from", from.toString(Qt::ISODate)},
            {"to", to.toString(Qt::ISODate)},
            {"zone", QString::fromUtf8(zone.id())},
            {"total", total.total},
            {"arrived", arrived},
            {"by_status", statuses},
            {"by_weekday", weekdayArray},
            {"by_hour", hourArray},
            {"by_service", groups(services, "service")},
            {"by_channel", groups(channels, "channel")},
            {"lead_time_days", QJsonObject{{"median", number(percentileOf(leadDays, 0.5))},
                                           {"p90", number(percentileOf(leadDays, 0.9))}}},
            {"top_no_show", top}};
}

// Groups of equal totals may come in any order in the expectation (std::map order, then a
// stable sort); the contract is: most bookings first, ties by name.
QJsonArray tiesByName(QJsonArray array, const char *name)
{
    QList<QJsonObject> list;
    for (const QJsonValue &value : array)
        list.append(value.toObject());
    std::stable_sort(list.begin(), list.end(), [name](const QJsonObject &a, const QJsonObject &b) {
        const int ta = a.value("total").toInt();
        const int tb = b.value("total").toInt();
        if (ta != tb)
            return ta > tb;
        return a.value(QLatin1String(name)).toString() < b.value(QLatin1String(name)).toString();
    });
    QJsonArray result;
    for (const QJsonObject &object : list)
        result.append(object);
    return result;
}

QString firstDifference(const QJsonValue &actual, const QJsonValue &expected, const QString &path)
{
    if (actual.isDouble() && expected.isDouble()) {
        const double a = actual.toDouble();
        const double e = expected.toDouble();
        // The client keeps milliseconds of the server's microseconds: a day is 86,400,000 ms.
        return a == e || std::abs(a - e) <= 2.0 / 86'400'000.0
                   ? QString()
                   : QStringLiteral("%1: %2 instead of %3")
                         .arg(path)
                         .arg(a, 0, 'g', 17)
                         .arg(e, 0, 'g', 17);
    }
    if (actual.type() != expected.type())
        return QStringLiteral("%1: %2 instead of %3")
            .arg(
                path,
                QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(
                    QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)));
    if (actual.isObject()) {
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        QStringList keys = a.keys() + e.keys();
        keys.removeDuplicates();
        for (const QString &key : keys) {
            if (!a.contains(key) || !e.contains(key))
                return QStringLiteral("%1.%2: %3")
                    .arg(path, key, a.contains(key) ? "unexpected" : "missing");
            const QString difference =
                firstDifference(a.value(key), e.value(key), path + u'.' + key);
            if (!difference.isEmpty())
                return difference;
        }
        return {};
    }
    if (actual.isArray()) {
        const QJsonArray a = actual.toArray();
        const QJsonArray e = expected.toArray();
        if (a.size() != e.size())
            return QStringLiteral("%1: %2 entries instead of %3")
                .arg(path)
                .arg(a.size())
                .arg(e.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString difference =
                firstDifference(a.at(i), e.at(i), path + QStringLiteral("[%1]").arg(i));
            if (!difference.isEmpty())
                return difference;
        }
        return {};
    }
    return actual == expected
               ? QString()
               : QStringLiteral("%1: %2 instead of %3")
                     .arg(path, actual.toVariant().toString(), expected.toVariant().toString());
}

QJsonObject normalized(QJsonObject figures)
{
    figures.insert("by_service", tiesByName(figures.value("by_service").toArray(), "service"));
    figures.insert("by_channel", tiesByName(figures.value("by_channel").toArray(), "channel"));
    return figures;
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

    // The zone's arithmetic (transitions instead of a QDateTime per booking) against
    // QDateTime, for instants all over two years in zones with and without DST.
    void weekdayAndHourAcrossClockChanges_data()
    {
        QTest::addColumn<QString>("zone");
        for (const char *zone :
             {"Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"})
            QTest::newRow(zone) << QString::fromLatin1(zone);
    }

    void weekdayAndHourAcrossClockChanges()
    {
        QFETCH(QString, zone);
        const QTimeZone tz(zone.toUtf8());
        QVERIFY(tz.isValid());
        const QDate from(2025, 1, 1);
        const QDate to(2026, 12, 31);
        const auto [fromMs, toMs] = Insights::rangeMs(from, to, tz);
        QRandomGenerator random(42);
        for (int i = 0; i < 400; ++i) {
            InsightRecord record;
            record.id = QString::number(i);
            record.startMs = fromMs + qint64(random.bounded(quint64(toMs - fromMs)));
            if (i < 40) // right at the changes: the first seconds on either side
                record.startMs = fromMs;
            const InsightsReport report = Insights::compute({record}, from, to, tz);
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(record.startMs, tz);
            QCOMPARE(report.all.total, 1);
            QCOMPARE(report.byWeekday[std::size_t(local.date().dayOfWeek() - 1)].total, 1);
            QCOMPARE(report.byHour[std::size_t(local.time().hour())].total, 1);
        }
        for (const QTimeZone::OffsetData &change :
             tz.transitions(from.startOfDay(tz), to.startOfDay(tz))) {
            for (qint64 delta : {-1, 0, 1}) {
                InsightRecord record;
                record.startMs = change.atUtc.toMSecsSinceEpoch() + delta;
                const InsightsReport report = Insights::compute({record}, from, to, tz);
                const QDateTime local = QDateTime::fromMSecsSinceEpoch(record.startMs, tz);
                QCOMPARE(report.byHour[std::size_t(local.time().hour())].total, 1);
                QCOMPARE(report.byWeekday[std::size_t(local.date().dayOfWeek() - 1)].total, 1);
            }
        }
    }

    void rangeBoundsAndPeriods()
    {
        const QTimeZone berlin("Europe/Berlin");
        // A spring-forward day: the range's end is the start of the day after, 23 hours on.
        const QDate day(2026, 3, 29);
        const auto [fromMs, toMs] = Insights::rangeMs(day, day, berlin);
        QCOMPARE(toMs - fromMs, qint64(23) * 3600 * 1000);
        InsightRecord first;
        first.startMs = fromMs;
        InsightRecord last;
        last.startMs = toMs - 1;
        InsightRecord after;
        after.startMs = toMs;
        QCOMPARE(Insights::compute({first, last, after}, day, day, berlin).all.total, 2);
        // Weeks: Monday to Sunday, the partial first and last weeks included.
        const InsightsReport weeks =
            Insights::compute({first}, QDate(2026, 3, 4), QDate(2026, 4, 15), berlin);
        QVERIFY(!weeks.daily);
        QCOMPARE(weeks.periods.first().start, QDate(2026, 3, 2));
        QCOMPARE(weeks.periods.last().start, QDate(2026, 4, 13));
        const auto week = std::find_if(weeks.periods.cbegin(), weeks.periods.cend(),
                                       [](const InsightPeriod &p) { return p.counts.total > 0; });
        QVERIFY(week != weeks.periods.cend());
        QCOMPARE(week->start, QDate(2026, 3, 23));
        QVERIFY(
            Insights::compute(QList<InsightRecord>{}, QDate(2026, 3, 1), QDate(2026, 3, 31), berlin)
                .daily);
        QVERIFY(
            !Insights::compute(QList<InsightRecord>{}, QDate(2026, 3, 1), QDate(2026, 4, 1), berlin)
                 .daily);
    }

    void percentilesAndRates()
    {
        QCOMPARE(*Insights::percentile({1, 2, 3, 4}, 0.5), 2.5);
        QCOMPARE(*Insights::percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.9), 9.1);
        QCOMPARE(*Insights::percentile({7}, 0.9), 7.0);
        QVERIFY(!Insights::percentile({}, 0.5));
        // Values in any order, as compute() collects them, against sorting them all.
        QCOMPARE(*Insights::percentile({10, 3, 8, 1, 7, 2, 9, 4, 6, 5}, 0.9), 9.1);
        QRandomGenerator rng(1204);
        for (int round = 0; round < 200; ++round) {
            QList<double> values;
            const int size = 1 + int(rng.bounded(40));
            for (int i = 0; i < size; ++i)
                values.append(double(rng.bounded(12)) + (rng.bounded(2) ? 0.5 : 0.0));
            for (double q : {0.0, 0.25, 0.5, 0.9, 1.0})
                QCOMPARE(*Insights::percentile(values, q), *percentileOf(values, q));
        }
        InsightCounts counts;
        QVERIFY(!counts.noShowRate());
        QVERIFY(!counts.cancellationRate());
        counts.add(BookingStatus::Confirmed);
        QVERIFY(!counts.noShowRate()); // nothing took place yet
        QCOMPARE(*counts.cancellationRate(), 0.0);
        counts.add(BookingStatus::NoShow);
        counts.add(BookingStatus::Completed);
        counts.add(BookingStatus::Completed);
        counts.add(BookingStatus::Cancelled);
        QCOMPARE(*counts.noShowRate(), 1.0 / 3.0);
        QCOMPARE(*counts.cancellationRate(), 1.0 / 5.0);
    }

    void topTenAndOther()
    {
        QList<InsightNamedCounts> entries;
        for (int i = 0; i < 13; ++i) {
            InsightNamedCounts entry;
            entry.key = QString::number(i);
            for (int n = 0; n < 20 - i; ++n)
                entry.counts.add(n % 3 ? BookingStatus::Completed : BookingStatus::NoShow);
            entries.append(entry);
        }
        const QList<InsightNamedCounts> top = InsightsReport::top(entries, 10);
        QCOMPARE(top.size(), 11);
        QVERIFY(top.last().other);
        QCOMPARE(top.last().counts.total, 10 + 9 + 8);
        // Eleven groups need no "Other": the eleventh is shown by name.
        QCOMPARE(InsightsReport::top(entries.mid(0, 11), 10), entries.mid(0, 11));
    }

    void csvHasEveryChartsNumbers()
    {
        InsightRecord record;
        record.id = "b1";
        record.leadId = "l1";
        record.leadName = "=cmd|' /C calc'!A0";
        record.service = "Massage, 60 min";
        record.channel = "voice";
        record.status = BookingStatus::NoShow;
        record.startMs =
            QDateTime(QDate(2026, 5, 4), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        record.createdMs = record.startMs - 3 * 86'400'000LL;
        const InsightsReport report =
            Insights::compute({record}, QDate(2026, 5, 1), QDate(2026, 5, 31), QTimeZone::utc());
        const QString csv = QString::fromUtf8(Insights::toCsv(report));
        QVERIFY(Insights::toCsv(report).startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("\r\nday,2026-05-04,,1,0,0,0,1,0,1,0\r\n"));
        QVERIFY(csv.contains("\r\nweekday,1,,1,0,0,0,1,0,1,0\r\n"));
        QVERIFY(csv.contains("\r\nservice,\"Massage, 60 min\",,1,"));
        QVERIFY(csv.contains("\r\nchannel,voice,,1,"));
        QVERIFY(csv.contains("\r\nlead_time_days,median,,3,"));
        QVERIFY(csv.contains("\r\ntop_no_show,l1,'=cmd|' /C calc'!A0,,,,,1,,,\r\n"));
        QCOMPARE(
            Insights::toJson(report).value("lead_time_days").toObject().value("p90").toDouble(),
            3.0);
    }
};

QTEST_GUILESS_MAIN(TestInsights)
#include "tst_insights.moc"
