// Insights' pure parts: the zone's arithmetic across clock changes, range bounds and
// periods, percentiles and rates, the top ten and "Other", the CSV. (The figures of the dev
// server's bookings against the CLI and the view's models: tst_insights.)

#include "insights.h"
#include "insightsreference.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace InsightsReference;

class TestInsightsCompute : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

QTEST_GUILESS_MAIN(TestInsightsCompute)
#include "tst_insightscompute.moc"
