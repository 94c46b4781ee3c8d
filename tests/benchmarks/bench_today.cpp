// The Today board and the calendar's day with a busy day's bookings: how long one repaint
// takes (budget: 16 ms, one frame at 60 Hz) and how long the minute's regrouping takes.
// Prints figures; never fails on a slow one.
//
//   bench_today [--bookings 300] [--runs 30]

#include "arrival.h"
#include "benchmeter.h"
#include "bookingrow.h"
#include "bookingtablemodel.h"
#include "calendarview.h"
#include "clock.h"
#include "todayboard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

namespace {

const QTimeZone kZone("Europe/Berlin");

using Series = BenchSeries;

void report(const char *what, const Series &series, double budget)
{
    std::printf("%-44s median %6.2f ms, worst %6.2f ms (budget %.0f ms, %s)\n", what,
                series.median(), series.worst(), budget,
                series.median() <= budget ? "met" : "NOT met");
}

template<typename Work> double timed(Work work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption bookingsOption(QStringLiteral("bookings"),
                                            QStringLiteral("Bookings in the day."),
                                            QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions."),
                                        QStringLiteral("n"), QStringLiteral("30"));
    parser.addOptions({bookingsOption, runsOption});
    parser.process(app);
    const int count = std::max(1, parser.value(bookingsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const QDate day(2026, 12, 8);
    const QDateTime noon(day, QTime(12, 0), kZone);
    Clock::freeze(noon);
    QRandomGenerator random(7);
    QList<Booking> bookings;
    QList<BookingRow> rows;
    for (int i = 0; i < count; ++i) {
        Booking b;
        b.id = QStringLiteral("b%1").arg(i, 5, 10, QLatin1Char('0'));
        b.startTime = QDateTime(day, QTime(7, 0), kZone).addSecs(qint64(random.bounded(144)) * 300);
        b.endTime = b.startTime.addSecs(qint64(15 * (1 + random.bounded(6))) * 60);
        b.status = BookingStatus(random.bounded(5));
        b.lead = Lead{};
        b.lead->name = QStringLiteral("Customer %1").arg(i);
        b.lead->phone = QStringLiteral("+49 151 %1").arg(1000000 + i);
        b.metadata = QJsonObject{{"service", "Haircut"}, {"notes", "Ring twice, then wait"}};
        if (random.bounded(4) == 0)
            b.metadata = Arrival::marked(b.metadata, b.startTime.addSecs(-300), "desk@x");
        bookings.append(b);
        BookingRow row;
        row.id = b.id;
        row.startMs = b.startTime.toMSecsSinceEpoch();
        row.endMs = b.endTime.toMSecsSinceEpoch();
        row.status = b.status;
        row.hasLead = true;
        row.setFields({b.lead->name, b.lead->phone, QString(), b.service(), QString()});
        rows.append(row);
    }
    std::printf("bench_today: %d bookings in one day, %d runs, %s\n", count, runs,
                qPrintable(BenchMeter::machineLoad()));

    TodayBoard board(nullptr, nullptr);
    board.setTimeZone(kZone);
    board.model()->setBookings(bookings);
    board.resize(1280, 800);
    board.show();
    QApplication::processEvents();
    QImage image(board.size(), QImage::Format_ARGB32_Premultiplied);
    Series repaint;
    Series regroup;
    for (int i = 0; i < runs; ++i) {
        // The minute's tick: every booking's group and state text worked out again.
        regroup.add(timed([&] { board.model()->setNow(noon.addSecs(60 * (i + 1))); }));
        repaint.add(timed([&] {
            QPainter painter(&image);
            board.render(&painter);
        }));
    }
    report("Today board: one repaint", repaint, 16);
    report("Today board: the minute's regrouping", regroup, 16);

    BookingTableModel model(nullptr);
    model.upsertRows(rows);
    CalendarView calendar;
    calendar.setTimeZone(kZone);
    calendar.setModel(&model);
    calendar.setMode(CalendarView::Mode::Day);
    calendar.setDate(day);
    calendar.resize(1280, 800);
    calendar.show();
    QApplication::processEvents();
    Series day300;
    for (int i = 0; i < runs; ++i) {
        day300.add(timed([&] {
            QPainter painter(&image);
            calendar.render(&painter);
        }));
    }
    report("Calendar day: one repaint", day300, 16);
    return 0;
}
