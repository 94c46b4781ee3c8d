// The main window with a large cache: process start to the first painted list (at 1,000
// and at N bookings, and their ratio), the rest of the load from its thread with the
// longest time the GUI thread did not answer meanwhile, sorting by each column, one filter
// keystroke and memory per booking, each printed against its budget. Prints figures;
// asserts nothing.
//
//   bench_mainwindow [--rows N] [--rounds R] [--cache FILE [--first-paint-only]]
//                    [--fill FILE]
//
// Without --cache it fills two temporary caches, of 1,000 and of N generated bookings
// (BookingCache::upsert in pages, as a sync does), then runs itself again on each file R
// times, alternating, so that every measured process starts cold, as the app does.
//
// For profiling (perf record) with --cache: BENCH_ROWS_ONLY=1 times only the row query,
// BENCH_KEYS_ONLY=N repeats only the keystrokes N times.

#include "benchmeter.h"
#include "bookingcache.h"
#include "bookingfilterbar.h"
#include "bookingfilterproxy.h"
#include "bookingjson.h"
#include "bookingtablemodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <unistd.h>

namespace {

QElapsedTimer g_sinceStart;

double residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? double(fields.at(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) /
                                   (1024.0 * 1024.0)
                             : 0;
}

using BenchData::pick;

QString alnum(QRandomGenerator &rng, int length)
{
    static const QString chars = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    QString result;
    for (int i = 0; i < length; ++i)
        result.append(chars.at(int(rng.bounded(quint32(chars.size())))));
    return result;
}

// Shaped like the dev server's records: names in several scripts, notes on half of them.
Booking makeBooking(QRandomGenerator &rng)
{
    const QStringList &names = BenchData::names();
    static const QStringList services = {
        QStringLiteral("Vaccination"),          QStringLiteral("Initial assessment"),
        QStringLiteral("Physiotherapy 30 min"), QStringLiteral("Haircut"),
        QStringLiteral("Consultation"),         QStringLiteral("Zahnreinigung")};
    static const QStringList notes = {QStringLiteral("Bitte klingeln, Hinterhaus 2. OG"),
                                      QStringLiteral("Rollstuhl – braucht Rampe am Eingang"),
                                      QStringLiteral("Prefers WhatsApp reminders the day before"),
                                      QStringLiteral("Première visite, parle peu anglais")};
    static const QDateTime origin(QDate(2026, 1, 5), QTime(7, 0), Qt::UTC);
    const QDateTime start = origin.addSecs(qint64(rng.bounded(365 * 24 * 12)) * 300);
    QJsonObject metadata{{QStringLiteral("service"), pick(rng, services)}};
    if (rng.bounded(2))
        metadata.insert(QStringLiteral("notes"), pick(rng, notes));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject object{
        {"id", id},
        {"lead_id", QString("l-" + id)},
        {"calcom_booking_id", 1'000'000 + int(rng.bounded(900'000))},
        {"calcom_booking_uid", alnum(rng, 22)},
        {"start_time", BookingJson::formatDateTime(start)},
        {"end_time",
         BookingJson::formatDateTime(start.addSecs(60 * (15 + 15 * qint64(rng.bounded(4)))))},
        {"status", BookingStatuses::wireName(BookingStatuses::all().at(int(rng.bounded(5))))},
        {"meeting_url", rng.bounded(4) == 0
                            ? QJsonValue(QString("https://meet.example.com/" + alnum(rng, 10)))
                            : QJsonValue()},
        {"metadata", metadata},
        {"created_at", BookingJson::formatDateTime(start.addDays(-3))},
        {"updated_at", BookingJson::formatDateTime(start.addDays(-2))},
        {"lead", QJsonObject{{"id", QString("l-" + id)},
                             {"name", pick(rng, names)},
                             {"email", QString(alnum(rng, 8) + "@example.de")},
                             {"phone", QStringLiteral("+49 15%1 %2")
                                           .arg(rng.bounded(10))
                                           .arg(rng.bounded(1'000'000, 9'999'999))},
                             {"channel", "whatsapp"},
                             {"status", "booked"}}},
    };
    QString error;
    return *BookingJson::decodeBooking(object, &error);
}

int fill(const QString &path, int rows)
{
    BookingCache cache;
    QString error;
    if (!cache.open(path, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    QRandomGenerator rng(20260105);
    const qint64 pass = cache.beginPass(&error);
    for (int done = 0; done < rows;) {
        QList<Booking> page;
        for (int i = 0; i < 1000 && done < rows; ++i, ++done)
            page.append(makeBooking(rng));
        if (!cache.upsert(page, pass, &error)) {
            std::fprintf(stderr, "upsert failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}

void line(const char *what, double value, const char *unit, double budget)
{
    std::printf("%-34s %9.1f %-3s (budget %6g %s) %s\n", what, value, unit, budget, unit,
                value <= budget ? "ok" : "OVER");
}

int measure(QApplication &app, const QString &path, bool firstPaintOnly)
{
    QStandardPaths::setTestModeEnabled(true); // no user settings (filters, header) apply
    const double rssBefore = residentMb();
    BookingCache cache;
    QString error;
    if (!cache.open(path, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    const double openedMs = g_sinceStart.nsecsElapsed() / 1e6;
    if (qEnvironmentVariableIsSet("BENCH_ROWS_ONLY")) { // diagnosis: the row query alone
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer clock;
            clock.start();
            const qsizetype n = cache.rows().size();
            std::printf("rows(): %lld in %.1f ms\n", qint64(n), clock.nsecsElapsed() / 1e6);
        }
        return 0;
    }
    BookingTableModel model(&cache);
    MainWindow window(&model, &cache, nullptr);
    // Every booking shown, so that sorting and searching work on all of them.
    window.filterBar()->setStatusVisible(BookingStatus::Cancelled, true);
    const double windowMs = g_sinceStart.nsecsElapsed() / 1e6;
    // What the app does (main.cpp): the days around today now, the rest from a thread.
    window.loadBookings();
    const double reloadedMs = g_sinceStart.nsecsElapsed() / 1e6;
    const int firstRows = model.rowCount();
    // The GUI thread's longest silence while the rest loads: a timer that should fire every
    // 2 ms notes the longest gap between two of its shots.
    double loadedMs = model.isLoading() ? 0 : reloadedMs;
    QObject::connect(&model, &BookingTableModel::loadFinished, &app,
                     [&] { loadedMs = g_sinceStart.nsecsElapsed() / 1e6; });
    double longestGapMs = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        if (model.isLoading())
            longestGapMs = qMax(longestGapMs, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.restart();
    });
    sinceTick.start();
    ticker.start();
    window.proxy()->rowCount(); // the proxy's first filter and sort
    const double proxiedMs = g_sinceStart.nsecsElapsed() / 1e6;
    double firstPaintMs = 0;
    struct PaintWatch : QObject
    {
        double *out;
        const BookingFilterProxy *proxy;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && *out == 0 && proxy->rowCount() > 0) {
                // Stamped when the event loop is back, i.e. once this paint is done.
                QTimer::singleShot(0, qApp, [this] { *out = g_sinceStart.nsecsElapsed() / 1e6; });
                *out = -1;
            }
            return false;
        }
    } watch;
    watch.out = &firstPaintMs;
    watch.proxy = window.proxy();
    window.tableView()->viewport()->installEventFilter(&watch);
    window.show();
    window.goToToday();
    while (firstPaintMs <= 0)
        app.processEvents(QEventLoop::WaitForMoreEvents);
    window.tableView()->viewport()->removeEventFilter(&watch);
    const double paintedMs = g_sinceStart.nsecsElapsed() / 1e6;
    while (model.isLoading())
        app.processEvents(QEventLoop::WaitForMoreEvents);
    ticker.stop();
    const double rssAfter = residentMb();
    const int count = model.rowCount();

    std::printf("bench_mainwindow: %d bookings, %s\n", count,
                qPrintable(BenchMeter::machineLoad()));
    line("process start to first paint", firstPaintMs, "ms", 500);
    std::printf("  (cache opened %.0f, window built %.0f, first %d rows read %.0f, proxy sorted "
                "%.0f)\n",
                openedMs, windowMs - openedMs, firstRows, reloadedMs - windowMs,
                proxiedMs - reloadedMs);
    std::printf("  all rows loaded %.0f ms after the first paint (%.0f after start)\n",
                qMax(0.0, loadedMs - paintedMs), loadedMs);
    line("longest GUI stall while loading", longestGapMs, "ms", 50);
    std::printf("  resident memory grew %.2f MB\n", rssAfter - rssBefore);
    if (firstPaintOnly)
        return 0;
    // Everything the process gained, the window's own share included.
    line("memory per booking", (rssAfter - rssBefore) * 1024 * 1024 / qMax(1, count), "B", 1024);

    QTableView *view = window.tableView();
    // Diagnosis (perf): only the keystrokes, this many rounds.
    const int keyRounds = qEnvironmentVariableIntValue("BENCH_KEYS_ONLY");
    for (int column = 0; keyRounds == 0 && column < BookingTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer clock;
            clock.start();
            view->sortByColumn(column, order);
            app.processEvents();
            const QByteArray what = "sort by " +
                                    model.headerData(column, Qt::Horizontal).toString().toUtf8() +
                                    (order == Qt::AscendingOrder ? " ↑" : " ↓");
            line(what.constData(), clock.nsecsElapsed() / 1e6, "ms", 150);
        }
    }
    view->sortByColumn(BookingTableModel::StartColumn, Qt::AscendingOrder);
    QLineEdit *search = window.filterBar()->searchField();
    for (int round = 0; round < qMax(1, keyRounds); ++round)
        for (const QString &text :
             {QStringLiteral("s"), QStringLiteral("sc"), QStringLiteral("sch"),
              QStringLiteral("sc"), QStringLiteral("0151 2"), QStringLiteral("")}) {
            QElapsedTimer clock;
            clock.start();
            search->setText(text);
            window.filterBar()->applySearchNow(); // the filtering, without the typing delay
            app.processEvents();
            const QByteArray what = "keystroke → \"" + text.toUtf8() + "\" (" +
                                    QByteArray::number(window.proxy()->rowCount()) + " rows)";
            line(what.constData(), clock.nsecsElapsed() / 1e6, "ms", 50);
        }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("bookings"),
                                  QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("cold starts of each size"), QStringLiteral("n"),
                                    QStringLiteral("3"));
    const QCommandLineOption cacheFile(
        QStringLiteral("cache"), QStringLiteral("measure this cache file"), QStringLiteral("file"));
    const QCommandLineOption firstPaintOnly(QStringLiteral("first-paint-only"),
                                            QStringLiteral("with --cache: up to the loaded list"));
    const QCommandLineOption fillOnly(QStringLiteral("fill"),
                                      QStringLiteral("only fill this cache file with --rows "
                                                     "bookings (for --cache and profiling)"),
                                      QStringLiteral("file"));
    parser.addOptions({rows, rounds, cacheFile, firstPaintOnly, fillOnly});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(fillOnly))
        return fill(parser.value(fillOnly), parser.value(rows).toInt());
    if (parser.isSet(cacheFile))
        return measure(app, parser.value(cacheFile), parser.isSet(firstPaintOnly));

    QTemporaryDir dir;
    const int small = 1000;
    const int large = parser.value(rows).toInt();
    const QString smallPath = dir.filePath(QStringLiteral("small.sqlite"));
    const QString largePath = dir.filePath(QStringLiteral("large.sqlite"));
    for (const auto &[path, size] : {std::pair(smallPath, small), std::pair(largePath, large)}) {
        QElapsedTimer clock;
        clock.start();
        if (const int result = fill(path, size))
            return result;
        std::printf("filled %s with %d bookings in %.1f s\n", qPrintable(path), size,
                    clock.elapsed() / 1000.0);
    }
    std::fflush(stdout);
    // Cold starts, alternating the sizes; the last one of the large cache measures the rest.
    const int roundCount = qMax(1, parser.value(rounds).toInt());
    BenchSeries smallPaint;
    BenchSeries largePaint;
    BenchSeries smallMemory;
    BenchSeries largeMemory;
    static const QRegularExpression firstPaint(
        QStringLiteral("process start to first paint\\s+([0-9.]+)"));
    static const QRegularExpression memoryGrew(QStringLiteral("resident memory grew ([0-9.]+)"));
    for (int round = 0; round < roundCount; ++round) {
        for (const bool isLarge : {false, true}) {
            QStringList arguments = {QStringLiteral("--cache"), isLarge ? largePath : smallPath};
            if (!isLarge || round + 1 < roundCount)
                arguments.append(QStringLiteral("--first-paint-only"));
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(), arguments);
            child.waitForFinished(-1);
            const QByteArray output = child.readAllStandardOutput();
            std::printf("-- round %d, %d bookings:\n%s", round + 1, isLarge ? large : small,
                        output.constData());
            std::fflush(stdout);
            const auto match = firstPaint.match(QString::fromUtf8(output));
            if (child.exitCode() != 0 || !match.hasMatch())
                return 1;
            (isLarge ? largePaint : smallPaint).add(match.captured(1).toDouble());
            const auto memory = memoryGrew.match(QString::fromUtf8(output));
            if (memory.hasMatch())
                (isLarge ? largeMemory : smallMemory).add(memory.captured(1).toDouble());
        }
    }
    std::printf("\nfirst paint, median of %d cold starts: %.0f ms at %d bookings, %.0f ms at %d "
                "(worst %.0f and %.0f), %s\n",
                roundCount, smallPaint.median(), small, largePaint.median(), large,
                smallPaint.worst(), largePaint.worst(), qPrintable(BenchMeter::machineLoad()));
    line("first paint ratio, large to small", largePaint.median() / smallPaint.median(), "x", 1.3);
    // What one more booking costs, without the window's fixed share: the growth between the
    // two sizes (medians of the cold starts) over the bookings between them.
    std::printf("resident memory grew %.1f MB at %d bookings, %.1f MB at %d (medians)\n",
                smallMemory.median(), small, largeMemory.median(), large);
    line("memory per booking beyond the first 1,000",
         (largeMemory.median() - smallMemory.median()) * 1024 * 1024 / qMax(1, large - small), "B",
         1024);
    return 0;
}
