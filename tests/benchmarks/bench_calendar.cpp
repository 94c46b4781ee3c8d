// The calendar's paint budget: a week with 2,000 bookings, a month with 10,000, and one
// frame of a drag (a mouse move during the drag until it is painted), each as median and
// maximum over repeated runs against a budget of 16 ms. Prints figures; asserts nothing.
//
//   bench_calendar [--week N] [--month N] [--runs N] [--save PREFIX] [--week-of DATE]
//
// --save writes PREFIX-week.png and PREFIX-month.png (with a drag ghost in the week), for
// looking at what was measured. --show SECONDS measures nothing: it shows the week with the
// navigator bar in a window for that long (for /work/shared/tools/screenshot).

#include "benchmeter.h"
#include "bookingtablemodel.h"
#include "calendarnavigator.h"
#include "calendarview.h"
#include "clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>

namespace {

const QTimeZone kZone("Europe/Berlin");
constexpr double kBudgetMs = 16;

QList<BookingRow> makeRows(int count, QDate first, int days, QRandomGenerator &rng, int idBase)
{
    static const QStringList names = {
        QStringLiteral("Jürgen Weiß"),  QStringLiteral("Zoë Ångström"),
        QStringLiteral("José Núñez"),   QStringLiteral("Мария Иванова"),
        QStringLiteral("山田 太郎"),    QStringLiteral("Anna Schmidt"),
        QStringLiteral("Chloé Dubois"), QStringLiteral("Ayşe Yılmaz")};
    static const QStringList services = {QStringLiteral("Vaccination"),
                                         QStringLiteral("Initial assessment"),
                                         QStringLiteral("Haircut"), QStringLiteral("Consultation")};
    const QList<BookingStatus> statuses = BookingStatuses::all();
    QList<BookingRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QDate day = first.addDays(rng.bounded(days));
        // Mostly within business hours, on a five-minute grid.
        const QTime time(7 + rng.bounded(12), 5 * rng.bounded(12));
        BookingRow row;
        row.id = QStringLiteral("b%1").arg(idBase + i);
        row.startMs = QDateTime(day, time, kZone).toMSecsSinceEpoch();
        row.endMs = row.startMs + qint64(15 + 15 * rng.bounded(6)) * 60 * 1000;
        row.status = statuses.at(rng.bounded(int(statuses.size())));
        row.hasLead = true;
        row.setFields({names.at(rng.bounded(int(names.size()))), QStringLiteral("+49 151 2345678"),
                       QStringLiteral("someone@example.com"),
                       services.at(rng.bounded(int(services.size()))), QString()});
        rows.append(row);
    }
    return rows;
}

// Wall time and this process's CPU time of each run: on a loaded machine the wall-clock
// maximum mostly measures the scheduler, the CPU time what the frame costs.
struct Series
{
    QList<double> wall;
    QList<double> cpu;
};

class Stopwatch
{
public:
    Stopwatch() : m_cpu(BenchMeter::cpuMs()) { m_wall.start(); }
    void addTo(Series &series) const
    {
        series.wall.append(double(m_wall.nsecsElapsed()) / 1e6);
        series.cpu.append(BenchMeter::cpuMs() - m_cpu);
    }

private:
    QElapsedTimer m_wall;
    double m_cpu;
};

std::pair<double, double> medianAndMax(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples.at(samples.size() / 2), samples.last()};
}

void report(const char *what, const Series &series)
{
    const auto [wallMedian, wallMax] = medianAndMax(series.wall);
    const auto [cpuMedian, cpuMax] = medianAndMax(series.cpu);
    std::printf("%-38s wall median %6.2f max %6.2f | cpu median %6.2f max %6.2f ms "
                "(budget %2.0f) %s\n",
                what, wallMedian, wallMax, cpuMedian, cpuMax, kBudgetMs,
                wallMax <= kBudgetMs  ? "ok"
                : cpuMax <= kBudgetMs ? "cpu ok (wall includes waiting for a CPU)"
                                      : "OVER");
}

void render(CalendarView &view, QImage &image, Series *series = nullptr)
{
    const Stopwatch watch;
    view.render(&image);
    if (series)
        watch.addTo(*series);
}

void sendMouse(QWidget *target, QEvent::Type type, const QPoint &pos)
{
    QMouseEvent event(type, QPointF(pos), target->mapToGlobal(QPointF(pos)), Qt::LeftButton,
                      type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption weekOption("week", "Bookings in the week.", "N", "2000");
    const QCommandLineOption monthOption("month", "Bookings in the month.", "N", "10000");
    const QCommandLineOption runsOption("runs", "Repetitions.", "N", "30");
    const QCommandLineOption saveOption("save", "Write PREFIX-week.png and PREFIX-month.png.",
                                        "PREFIX");
    const QCommandLineOption weekOfOption("week-of", "The Monday of the measured week.", "DATE",
                                          "2027-03-01");
    const QCommandLineOption showOption("show", "Show the week for SECONDS; measure nothing.",
                                        "SECONDS");
    parser.addOptions({weekOption, monthOption, runsOption, saveOption, weekOfOption, showOption});
    parser.process(app);
    const int weekCount = parser.value(weekOption).toInt();
    const int monthCount = parser.value(monthOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    // The week of 2027-03-01 (Monday) and the month of April 2027, apart from each other;
    // "now" is Wednesday of that week at 10:00, so later bookings can be dragged.
    const QDate week = QDate::fromString(parser.value(weekOfOption), Qt::ISODate);
    if (!week.isValid() || week.dayOfWeek() != Qt::Monday) {
        std::fprintf(stderr, "--week-of needs a Monday as YYYY-MM-DD\n");
        return 2;
    }
    const QDate month(2027, 4, 1);
    QRandomGenerator rng(42);
    BookingTableModel model(nullptr);
    model.upsertRows(makeRows(weekCount, week, 7, rng, 0));
    model.upsertRows(makeRows(monthCount, month.addDays(-5), 42, rng, weekCount));

    CalendarView view;
    view.setLocale(QLocale(QLocale::German, QLocale::Germany));
    view.setTimeZone(kZone);
    Clock::freeze(QDateTime(week.addDays(2), QTime(10, 0), kZone));
    view.setModel(&model);
    QList<TimeSlot> free;
    for (int day = 0; day < 7; ++day) {
        for (int hour : {9, 11, 15}) {
            const QDateTime start(week.addDays(day), QTime(hour, 0), kZone);
            free.append({start.toUTC(), start.addSecs(3600).toUTC()});
        }
    }
    view.setAvailableSlots(free);
    if (parser.isSet(showOption)) {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(new CalendarNavigator(&view, &window));
        layout->addWidget(&view);
        view.setDate(week);
        view.setCurrentBookingId(model.row(0).id);
        window.resize(1280, 800);
        window.show();
        view.scrollToTime(QTime(7, 30));
        QTimer::singleShot(parser.value(showOption).toInt() * 1000, &app, &QApplication::quit);
        const int result = QApplication::exec();
        layout->removeWidget(&view);
        view.setParent(nullptr);
        return result;
    }
    view.resize(1280, 800);
    view.show();
    QApplication::processEvents();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);

    std::printf("bench_calendar: %d bookings in the week, %d in the month, %d runs, %s\n",
                weekCount, monthCount, runs, qPrintable(BenchMeter::machineLoad()));

    // A week: the first paint after navigating there (index search + layout + paint), and
    // a repaint of the laid-out week (a scroll, a hover).
    Series cold;
    Series warm;
    view.setMode(CalendarView::Mode::Week);
    view.scrollToTime(QTime(7, 30));
    for (int i = 0; i < runs; ++i) {
        view.setDate(week.addDays(14));
        render(view, image);
        view.setDate(week);
        render(view, image, &cold);
        render(view, image, &warm);
    }
    report("week: first paint after navigation", cold);
    report("week: repaint", warm);

    // One drag frame: a mouse move during a drag, until it is painted.
    QString dragged;
    for (int row = 0; row < model.rowCount() && dragged.isEmpty(); ++row) {
        const QString id = model.row(row).id;
        const QRect rect = view.blockRect(id);
        if (view.isDraggable(id) && rect.height() > 20 && rect.width() > 2 && rect.top() > 60 &&
            rect.bottom() < view.viewport()->height() - 100)
            dragged = id;
    }
    Series drag;
    if (dragged.isEmpty()) {
        std::printf("drag frame: no draggable block in view\n");
    } else {
        QWidget *viewport = view.viewport();
        const QPoint from = view.blockRect(dragged).center();
        sendMouse(viewport, QEvent::MouseButtonPress, from);
        sendMouse(viewport, QEvent::MouseMove, from + QPoint(0, 20));
        for (int i = 0; i < runs; ++i) {
            const QPoint to = from + QPoint((i % 3) * 40, 20 + (i % 5) * 7);
            const Stopwatch watch;
            sendMouse(viewport, QEvent::MouseMove, to);
            // The view repaints what changed (old and new ghost) through the backing store.
            QApplication::processEvents();
            watch.addTo(drag);
        }
        report("drag: mouse move until painted", drag);
        Series full;
        for (int i = 0; i < runs; ++i) {
            sendMouse(viewport, QEvent::MouseMove, from + QPoint((i % 3) * 40, 30 + (i % 5) * 7));
            render(view, image, &full);
        }
        report("drag: move + whole-view render", full);
        if (parser.isSet(saveOption))
            image.save(parser.value(saveOption) + QStringLiteral("-week.png"));
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        QApplication::sendEvent(&view, &escape);
    }

    // A month with 10,000 bookings.
    cold = {};
    warm = {};
    view.setMode(CalendarView::Mode::Month);
    for (int i = 0; i < runs; ++i) {
        view.setDate(month.addMonths(3));
        render(view, image);
        view.setDate(month);
        render(view, image, &cold);
        render(view, image, &warm);
    }
    report("month: first paint after navigation", cold);
    report("month: repaint", warm);
    if (parser.isSet(saveOption))
        image.save(parser.value(saveOption) + QStringLiteral("-month.png"));
    return 0;
}
