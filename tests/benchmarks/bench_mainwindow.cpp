// The main window with a large cache: process start to the first painted list, sorting by
// each column, one filter keystroke and memory per booking, each printed against its
// budget. Prints figures; asserts nothing.
//
//   bench_mainwindow [--rows N] [--cache FILE]
//
// Without --cache it fills a temporary cache with N generated bookings (BookingCache::upsert
// in pages, as a sync does), then runs itself again on that file, so that the measured
// process starts cold, as the app does.
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
    std::printf("%-34s %9.1f %-3s (budget %6.0f %s) %s\n", what, value, unit, budget, unit,
                value <= budget ? "ok" : "OVER");
}

int measure(QApplication &app, const QString &path)
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
    model.reload();
    const double reloadedMs = g_sinceStart.nsecsElapsed() / 1e6;
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
    const double rssAfter = residentMb();
    const int count = model.rowCount();

    std::printf("bench_mainwindow: %d bookings, %s\n", count,
                qPrintable(BenchMeter::machineLoad()));
    line("process start to first paint", firstPaintMs, "ms", 500);
    std::printf("  (cache opened %.0f, window built %.0f, rows loaded %.0f, proxy sorted %.0f)\n",
                openedMs, windowMs - openedMs, reloadedMs - windowMs, proxiedMs - reloadedMs);
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
    const QCommandLineOption cacheFile(
        QStringLiteral("cache"), QStringLiteral("measure this cache file"), QStringLiteral("file"));
    parser.addOptions({rows, cacheFile});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(cacheFile))
        return measure(app, parser.value(cacheFile));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    QElapsedTimer clock;
    clock.start();
    if (const int result = fill(path, parser.value(rows).toInt()))
        return result;
    std::printf("filled %s with %s bookings in %.1f s\n", qPrintable(path),
                qPrintable(parser.value(rows)), clock.elapsed() / 1000.0);
    std::fflush(stdout);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--cache"), path});
    child.waitForFinished(-1);
    return child.exitCode();
}
