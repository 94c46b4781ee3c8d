// Insights over a large cache: every figure of a 12-month range (Insights::load, budget
// 200 ms of CPU at 100,000 cached bookings) and the Insights view after a range change
// (budget 50 ms), against a reference measured in the same run: reading every booking's
// compact list row (BookingCache::rows(), what the list loads at start-up). Prints figures
// and ratios; asserts nothing.
//
//   bench_insights [--bookings 100000] [--runs 7] [--cache FILE]
//
// For profiling (perf record) with --cache: BENCH_LOAD_ONLY=N runs only Insights::load N times;
// BENCH_COMPUTE_RUNS=N repeats the computation from memory N times.
//
// Without --cache it fills a temporary cache; with --cache it uses that file, filling it
// first when it is empty (so that repeated runs can skip the fill).

#include "arrival.h"
#include "benchmeter.h"
#include "bookingcache.h"
#include "bookingjson.h"
#include "clock.h"
#include "insights.h"
#include "insightschartcard.h"
#include "insightsview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <malloc.h>

namespace {

const QTimeZone kZone("Europe/Berlin");
// "Now" for the whole run: the 12-month range ends on this day.
const QDateTime kNow(QDate(2026, 12, 8), QTime(12, 0), kZone);

using Series = BenchSeries;
using BenchData::pick;

void line(const char *what, const Series &series, const char *unit, double budget = -1,
          double reference = -1)
{
    std::printf("  %-52s median %8.1f %s, worst %8.1f %s", what, series.median(), unit,
                series.worst(), unit);
    if (reference > 0)
        std::printf(", %5.2f× the reference", series.median() / reference);
    if (budget > 0)
        std::printf(" (budget %.0f %s: %s)", budget, unit,
                    series.median() <= budget ? "met" : "NOT met");
    std::printf("\n");
}

// A booking shaped like the dev server's: starts over the 13 months before kNow and a
// month after it, every status, services (a few without), channels, created_at 0–120 days
// before the start, 20,000 customers, some marked arrived.
Booking makeBooking(QRandomGenerator &rng, int index)
{
    const QStringList &names = BenchData::names();
    static const QStringList services = {QStringLiteral("Vaccination"),
                                         QStringLiteral("Initial assessment"),
                                         QStringLiteral("Physiotherapy 30 min"),
                                         QStringLiteral("Haircut"),
                                         QStringLiteral("Consultation"),
                                         QStringLiteral("Zahnreinigung"),
                                         QStringLiteral("Massage 60 min"),
                                         QStringLiteral("Follow-up"),
                                         QStringLiteral("Blood test"),
                                         QStringLiteral("X-ray"),
                                         QStringLiteral("Nail care"),
                                         QStringLiteral("Colour")};
    static const QStringList channels = {QStringLiteral("whatsapp"), QStringLiteral("voice"),
                                         QStringLiteral("web"),      QStringLiteral("email"),
                                         QStringLiteral("telegram"), QStringLiteral("fax")};
    static const QDateTime origin = kNow.addMonths(-13).toUTC();
    const QDateTime start = origin.addSecs(
        qint64(rng.bounded(quint32(origin.daysTo(kNow.addMonths(1)) * 24 * 12))) * 300);
    QJsonObject metadata;
    if (rng.bounded(10) != 0)
        metadata.insert(QStringLiteral("service"), pick(rng, services));
    if (rng.bounded(2))
        metadata.insert(QStringLiteral("notes"), QStringLiteral("Bitte klingeln, Hinterhaus"));
    const QString status =
        BookingStatuses::wireName(BookingStatuses::all().at(int(rng.bounded(5))));
    if (status == u"completed" && rng.bounded(2))
        metadata = Arrival::marked(metadata, start.addSecs(-300), QStringLiteral("desk@x"));
    const QString id = QStringLiteral("b%1").arg(index, 6, 10, QLatin1Char('0'));
    const QString lead = QStringLiteral("l%1").arg(rng.bounded(20'000));
    const QJsonObject object{
        {"id", id},
        {"lead_id", lead},
        {"calcom_booking_id", 1'000'000 + index},
        {"calcom_booking_uid", QString("uid" + id)},
        {"start_time", BookingJson::formatDateTime(start)},
        {"end_time", BookingJson::formatDateTime(start.addSecs(1800))},
        {"status", status},
        {"meeting_url", QJsonValue()},
        {"metadata", metadata},
        {"created_at",
         BookingJson::formatDateTime(start.addSecs(-qint64(rng.bounded(120 * 24 * 60)) * 60))},
        {"updated_at", BookingJson::formatDateTime(start.addDays(-1))},
        {"lead", QJsonObject{{"id", lead},
                             {"name", pick(rng, names)},
                             {"email", QString(lead + "@example.de")},
                             {"phone", QStringLiteral("+49 151 %1").arg(1'000'000 + index)},
                             {"channel", pick(rng, channels)},
                             {"status", "booked"}}},
    };
    QString error;
    return *BookingJson::decodeBooking(object, &error);
}

bool fill(BookingCache &cache, int count)
{
    QString error;
    QRandomGenerator rng(20261208);
    const qint64 pass = cache.beginPass(&error);
    for (int done = 0; done < count;) {
        QList<Booking> page;
        for (int i = 0; i < 1000 && done < count; ++i, ++done)
            page.append(makeBooking(rng, done));
        if (!cache.upsert(page, pass, &error)) {
            std::fprintf(stderr, "upsert failed: %s\n", qPrintable(error));
            return false;
        }
    }
    cache.finishPass();
    return true;
}

// Waits for the view's next reportChanged; returns the longest time the GUI thread did not
// come back to its event loop meanwhile (the largest gap between ticks of a 1 ms timer, less
// the interval), in milliseconds.
double waitForReport(InsightsView &view, bool *arrived)
{
    *arrived = false;
    const auto connection = QObject::connect(&view, &InsightsView::reportChanged, &view,
                                             [arrived] { *arrived = true; });
    QElapsedTimer sinceTick;
    sinceTick.start();
    double longest = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &view, [&] {
        longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6 - 1.0);
        sinceTick.restart();
    });
    ticker.start();
    QElapsedTimer deadline;
    deadline.start();
    while (!*arrived && deadline.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    // The tick after the report's handling closes the last gap.
    longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6 - 1.0);
    QObject::disconnect(connection);
    return std::max(0.0, longest);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption bookingsOption(QStringLiteral("bookings"),
                                            QStringLiteral("Cached bookings."), QStringLiteral("n"),
                                            QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
                                         QStringLiteral("Use (and fill when empty) this cache."),
                                         QStringLiteral("file"));
    parser.addOptions({bookingsOption, runsOption, cacheOption});
    parser.process(app);
    const int count = std::max(1, parser.value(bookingsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    Clock::freeze(kNow);
    QTemporaryDir dir;
    const QString path = parser.isSet(cacheOption)
                             ? QFileInfo(parser.value(cacheOption)).absoluteFilePath()
                             : dir.filePath(QStringLiteral("cache.sqlite"));
    BookingCache cache;
    QString error;
    if (!cache.open(path, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    if (cache.count() == 0) {
        QElapsedTimer fillClock;
        fillClock.start();
        if (!fill(cache, count))
            return 1;
        std::printf("filled %s with %d bookings in %.1f s\n", qPrintable(path), count,
                    double(fillClock.elapsed()) / 1000.0);
    }
    const auto [from, to] = Insights::range(Insights::Preset::Last12Months, Clock::today(kZone));
    std::printf("bench_insights: %d cached bookings, range %s to %s (%s), %d runs, %s\n",
                cache.count(), qPrintable(from.toString(Qt::ISODate)),
                qPrintable(to.toString(Qt::ISODate)), kZone.id().constData(), runs,
                qPrintable(BenchMeter::machineLoad()));
    std::fflush(stdout);

    // Diagnosis (perf record): only the computation, this many times.
    if (const int only = qEnvironmentVariableIntValue("BENCH_LOAD_ONLY"); only > 0) {
        for (int i = 0; i < only; ++i) {
            const double cpu = BenchMeter::ownCpuMs();
            const InsightsReport figures = Insights::load(cache, from, to, kZone);
            std::printf("load: %d bookings, %.1f ms CPU\n", figures.all.total,
                        BenchMeter::ownCpuMs() - cpu);
        }
        return 0;
    }

    // The reference: every booking's compact row, as the list reads them at start-up.
    Series referenceCpu;
    Series referenceWall;
    qsizetype referenceRows = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer wall;
        wall.start();
        const double cpu = BenchMeter::ownCpuMs();
        referenceRows = cache.rows().size();
        referenceCpu.add(BenchMeter::ownCpuMs() - cpu);
        referenceWall.add(double(wall.nsecsElapsed()) / 1e6);
    }
    std::printf("reference: BookingCache::rows(), %lld rows\n", qint64(referenceRows));
    line("reference CPU", referenceCpu, "ms");
    line("reference wall", referenceWall, "ms");
    Series countCpu;
    for (int i = 0; i < runs; ++i) {
        const double cpu = BenchMeter::ownCpuMs();
        cache.count();
        countCpu.add(BenchMeter::ownCpuMs() - cpu);
    }
    line("second reference: SELECT COUNT(*), CPU", countCpu, "ms");

    // Every figure of the 12-month range, as the view's worker computes them.
    Series loadCpu;
    Series loadWall;
    InsightsReport report;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer wall;
        wall.start();
        const double cpu = BenchMeter::ownCpuMs();
        report = Insights::load(cache, from, to, kZone);
        loadCpu.add(BenchMeter::ownCpuMs() - cpu);
        loadWall.add(double(wall.nsecsElapsed()) / 1e6);
    }
    std::printf("Insights::load, 12 months: %d bookings in the range, %lld periods, %lld "
                "services, %lld channels, %lld top no-show customers\n",
                report.all.total, qint64(report.periods.size()), qint64(report.byService.size()),
                qint64(report.byChannel.size()), qint64(report.topNoShow.size()));
    // The budget is for 100,000 cached bookings: a smaller cache proves nothing about it.
    line("every figure, CPU", loadCpu, "ms", cache.count() >= 100'000 ? 200 : -1,
         referenceCpu.median());
    line("every figure, wall", loadWall, "ms", -1, referenceWall.median());

    // The figures from records already in memory: what a range change costs the view's
    // worker once its snapshot holds the 12 months (InsightsView).
    {
        const std::size_t heapBefore = mallinfo2().uordblks;
        const QList<InsightRecord> records = Insights::records(cache, from, to, kZone);
        std::printf("  %-52s %8.1f MB for %lld records (the view's snapshot, malloc's count)\n",
                    "12 months of records in memory",
                    double(mallinfo2().uordblks - heapBefore) / 1e6, qint64(records.size()));
        Series computeCpu;
        const int computeRuns = std::max(runs, qEnvironmentVariableIntValue("BENCH_COMPUTE_RUNS"));
        for (int i = 0; i < computeRuns; ++i) {
            const double cpu = BenchMeter::ownCpuMs();
            const InsightsReport computed = Insights::compute(records, from, to, kZone);
            computeCpu.add(BenchMeter::ownCpuMs() - cpu);
            if (computed.all.total != report.all.total)
                std::fprintf(stderr, "compute() and load() disagree\n");
        }
        line("from records in memory (Insights::compute), CPU", computeCpu, "ms", -1,
             referenceCpu.median());
    }

    // The same figures from every booking of the range decoded in full (the way before the
    // column scan): what the scan saves, and a check that both agree.
    {
        QElapsedTimer wall;
        wall.start();
        const double cpu = BenchMeter::ownCpuMs();
        BookingQuery query;
        const auto [fromMs, toMs] = Insights::rangeMs(from, to, kZone);
        query.from = QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc());
        query.to = QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc());
        QList<InsightRecord> records;
        for (const Booking &booking : cache.bookings(query))
            records.append(InsightRecord::from(booking));
        const InsightsReport decoded = Insights::compute(records, from, to, kZone);
        const double decodedCpu = BenchMeter::ownCpuMs() - cpu;
        std::printf("  %-52s %8.1f ms CPU, %8.1f ms wall (one run); figures %s\n",
                    "every booking decoded in full, then computed", decodedCpu,
                    double(wall.nsecsElapsed()) / 1e6,
                    Insights::toJson(decoded) == Insights::toJson(report) &&
                            Insights::toCsv(decoded) == Insights::toCsv(report)
                        ? "identical to Insights::load's"
                        : "DIFFERENT from Insights::load's");
    }

    // The Insights view after a range change (3 months -> 12 months): how long the GUI
    // thread is blocked, and how long until the charts show the new figures and are painted.
    InsightsView view(nullptr, &cache);
    view.setTimeZone(kZone);
    view.setPreset(Insights::Preset::Last3Months);
    view.resize(1280, 900);
    view.show();
    bool arrived = false;
    waitForReport(view, &arrived);
    QApplication::processEvents();
    Series setCall;
    Series longestBlock;
    Series apply;
    Series shown;
    Series guiCpu;
    for (int i = 0; i < runs; ++i) {
        view.setPreset(Insights::Preset::Last3Months);
        waitForReport(view, &arrived);
        QApplication::processEvents();

        QElapsedTimer wall;
        wall.start();
        const double cpu = BenchMeter::threadCpuMs();
        double applyStarted = 0;
        const auto connection = QObject::connect(
            view.card(int(InsightsTableModel::Kind::Periods))->model(),
            &QAbstractItemModel::modelAboutToBeReset, &view, [&applyStarted, &wall] {
                if (applyStarted == 0)
                    applyStarted = double(wall.nsecsElapsed()) / 1e6;
            });
        view.setPreset(Insights::Preset::Last12Months);
        const double setMs = double(wall.nsecsElapsed()) / 1e6;
        const double longest = waitForReport(view, &arrived);
        view.repaint(); // the page with its charts, painted now
        const double shownMs = double(wall.nsecsElapsed()) / 1e6;
        QObject::disconnect(connection);
        if (!arrived || view.report().all.total != report.all.total) {
            std::fprintf(stderr, "the view did not show the 12-month figures\n");
            return 1;
        }
        setCall.add(setMs);
        longestBlock.add(std::max(setMs, longest));
        apply.add(shownMs - applyStarted);
        shown.add(shownMs);
        guiCpu.add(BenchMeter::threadCpuMs() - cpu);
    }
    std::printf("Insights view at 1280×900, range changed from 3 to 12 months:\n");
    line("GUI thread: setPreset() returns", setCall, "ms", 50);
    line("GUI thread: longest single block while computing", longestBlock, "ms", 50);
    line("GUI thread: new figures into charts + repaint", apply, "ms", 50);
    line("GUI thread CPU, range change to painted", guiCpu, "ms");
    line("range change to new charts painted (with compute)", shown, "ms", 50);
    std::printf("  (%.2f× the wall time of Insights::load alone: the worker opens its own cache "
                "connection, and both threads share %d CPUs with the rest of the machine)\n",
                shown.median() / std::max(0.001, loadWall.median()), QThread::idealThreadCount());
    std::printf("%s\n", qPrintable(BenchMeter::machineLoad()));
    return 0;
}
