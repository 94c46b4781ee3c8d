// The Insights view (issue 18) over a cache built here, with bookings placed relative to
// Clock::now() in the view's display zone (whatever the date and hour of the run): the
// figures in each chart's accessible table, a preset change recomputed off the GUI thread,
// the empty state, PNG/PDF/CSV export, a top no-show customer opening their latest booking
// in the main window, and the German UI with locale-formatted numbers and dates.

#include "bookingcache.h"
#include "bookingjson.h"
#include "bookingtablemodel.h"
#include "clock.h"
#include "clockguard.h"
#include "exportchecks.h"
#include "insights.h"
#include "insightschartcard.h"
#include "insightsview.h"
#include "mainwindow.h"
#include "translationloader.h"

#include <QAccessible>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

namespace {

using Kind = InsightsTableModel::Kind;

const QTimeZone kZone("Europe/Berlin");

// One booking of the plan: `days` from today in kZone, at `hour` o'clock there.
struct Planned
{
    const char *id;
    int days;
    int hour;
    BookingStatus status;
    const char *lead; // "" no lead
    const char *name;
    const char *service; // "" no service
    const char *channel;
    int bookedDaysAhead; // created_at this many days (and 3 hours) before the start
    // How the record's JSON is written (the cache keeps it as the server sent it):
    // 0 plainly; 1 metadata holding a "created_at" of its own before the booking's;
    // 2 created_at twice, the last one counting; 3 the key spelled with an escape;
    // 4 a string value that spells "created_at" with escaped quotes before it.
    int shape;
};

// Five customers over the last four weeks (hours 9–16, far from any clock change), one
// booking in the last three months only, one in the last twelve, one older than that.
const Planned kPlan[] = {
    {"ns1", -1, 10, BookingStatus::NoShow, "l-anna", "Anna Müller", "Haircut", "whatsapp", 2, 0},
    {"ns2", -2, 11, BookingStatus::NoShow, "l-anna", "Anna Müller", "Haircut", "whatsapp", 0, 0},
    {"ns3", -8, 10, BookingStatus::NoShow, "l-anna", "Anna Müller", "Massage", "voice", 14, 0},
    {"c1", -3, 9, BookingStatus::Completed, "l-anna", "Anna Müller", "Haircut", "whatsapp", 1, 0},
    {"ns4", -4, 14, BookingStatus::NoShow, "l-ben", "Ben Öztürk", "Massage", "voice", 30, 0},
    {"c2", -5, 15, BookingStatus::Completed, "l-ben", "Ben Öztürk", "Massage", "voice", 5, 0},
    {"c3", -6, 9, BookingStatus::Completed, "l-carla", "Carla Ruiz", "", "web", 7, 0},
    {"x1", -7, 16, BookingStatus::Cancelled, "l-carla", "Carla Ruiz", "Haircut", "web", 3, 0},
    {"x2", -9, 16, BookingStatus::Cancelled, "l-ben", "Ben Öztürk", "Massage", "email", 90, 0},
    {"r1", -10, 12, BookingStatus::Rescheduled, "l-carla", "Carla Ruiz", "Haircut", "telegram", 60,
     0},
    {"k1", -11, 13, BookingStatus::Confirmed, "l-dora", "Dora Lind", "Haircut", "whatsapp", 10, 0},
    {"k2", -12, 13, BookingStatus::Confirmed, "", "", "Haircut", "", 4, 0},
    {"old60", -60, 10, BookingStatus::Completed, "l-anna", "Anna Müller", "Haircut", "whatsapp", 2,
     0},
    {"old200", -200, 10, BookingStatus::NoShow, "l-ben", "Ben Öztürk", "Massage", "voice", 2, 0},
    {"ancient", -500, 10, BookingStatus::NoShow, "l-anna", "Anna Müller", "Haircut", "whatsapp", 2,
     0},
    {"raw1", -13, 9, BookingStatus::Completed, "l-erik", "Erik Berg", "Haircut", "web", 8, 1},
    {"raw2", -14, 10, BookingStatus::Completed, "l-erik", "Erik Berg", "Haircut", "web", 20, 2},
    {"raw3", -15, 11, BookingStatus::Cancelled, "l-erik", "Erik Berg", "Massage", "web", 40, 3},
    {"raw4", -16, 12, BookingStatus::Confirmed, "l-erik", "Erik Berg", "Massage", "web", 70, 4},
};

QDateTime startOf(const Planned &planned)
{
    return QDateTime(Clock::today(kZone).addDays(planned.days), QTime(planned.hour, 0), kZone);
}

Booking makeBooking(const Planned &planned)
{
    const QDateTime start = startOf(planned);
    QJsonObject metadata;
    if (*planned.service)
        metadata.insert(QStringLiteral("service"), QString::fromUtf8(planned.service));
    QJsonObject object{
        {"id", QString::fromUtf8(planned.id)},
        {"start_time", BookingJson::formatDateTime(start)},
        {"end_time", BookingJson::formatDateTime(start.addSecs(30 * 60))},
        {"status", BookingStatuses::wireName(planned.status)},
        {"metadata", metadata},
        {"created_at",
         BookingJson::formatDateTime(start.addDays(-planned.bookedDaysAhead).addSecs(-3 * 3600))},
        {"updated_at", BookingJson::formatDateTime(start)},
    };
    if (*planned.lead) {
        object.insert(QStringLiteral("lead_id"), QString::fromUtf8(planned.lead));
        QJsonObject lead{{"id", QString::fromUtf8(planned.lead)},
                         {"name", QString::fromUtf8(planned.name)},
                         {"phone", QStringLiteral("+49 151 2345678")},
                         {"status", "booked"}};
        if (*planned.channel)
            lead.insert(QStringLiteral("channel"), QString::fromUtf8(planned.channel));
        object.insert(QStringLiteral("lead"), lead);
    }
    const QString created =
        BookingJson::formatDateTime(start.addDays(-planned.bookedDaysAhead).addSecs(-3 * 3600));
    const QString wrong = QStringLiteral("2000-01-01T00:00:00Z");
    QByteArray json;
    switch (planned.shape) {
    case 1:
        metadata.insert(QStringLiteral("created_at"), wrong);
        object.insert(QStringLiteral("metadata"), metadata);
        object.remove(QStringLiteral("created_at"));
        break;
    case 2:
        object.insert(QStringLiteral("created_at"), wrong);
        break;
    case 3:
        object.remove(QStringLiteral("created_at"));
        break;
    case 4:
        metadata.insert(QStringLiteral("notes"), QString(u"\"created_at\":\"" + wrong));
        object.insert(QStringLiteral("metadata"), metadata);
        break;
    default:
        break;
    }
    json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (planned.shape >= 1 && planned.shape <= 3) {
        // After every other member (QJsonDocument sorts them), where nothing sorts it.
        json.chop(1);
        json += (planned.shape == 3 ? ",\"created\\u005fat\":\"" : ",\"created_at\":\"") +
                created.toUtf8() + "\"}";
    }
    QString error;
    const auto booking = BookingJson::decodeRecord(json, &error);
    if (!booking)
        qFatal("test booking %s does not decode: %s", planned.id, qPrintable(error));
    return *booking;
}

struct Counts
{
    int total = 0, completed = 0, noShow = 0, cancelled = 0;
    void add(BookingStatus status)
    {
        ++total;
        completed += status == BookingStatus::Completed;
        noShow += status == BookingStatus::NoShow;
        cancelled += status == BookingStatus::Cancelled;
    }
};

// The figures the plan should give for [from, to], worked out here from the plan alone.
struct Expected
{
    int total = 0;
    std::array<Counts, 8> byWeekday{}; // ISO weekday 1..7
    std::map<int, Counts> byHour;
    std::map<QString, Counts> byService; // "(none)" when absent
    std::map<QString, Counts> byChannel;
    std::map<QString, int> noShowsByName;
    std::map<QString, QString> latestByLead; // booking id
    std::array<int, 9> leadTimeBins{};
};

Expected expectedFor(QDate from, QDate to)
{
    Expected expected;
    std::map<QString, int> latestDays;
    for (const Planned &planned : kPlan) {
        const QDate day = Clock::today(kZone).addDays(planned.days);
        if (day < from || day > to)
            continue;
        ++expected.total;
        expected.byWeekday[std::size_t(day.dayOfWeek())].add(planned.status);
        expected.byHour[planned.hour].add(planned.status);
        expected
            .byService[*planned.service ? QString::fromUtf8(planned.service)
                                        : QStringLiteral("(none)")]
            .add(planned.status);
        expected
            .byChannel[*planned.channel ? QString::fromUtf8(planned.channel)
                                        : QStringLiteral("(none)")]
            .add(planned.status);
        if (planned.status == BookingStatus::NoShow && *planned.lead)
            ++expected.noShowsByName[QString::fromUtf8(planned.name)];
        const QString lead = QString::fromUtf8(planned.lead);
        if (*planned.lead && (!latestDays.count(lead) || latestDays[lead] < planned.days)) {
            latestDays[lead] = planned.days;
            expected.latestByLead[lead] = QString::fromUtf8(planned.id);
        }
        // Bins by whole days: 0, 1, 2, 3–6, 7–13, 14–29, 30–59, 60–89, 90+.
        const int ahead = planned.bookedDaysAhead; // and 3 hours: the same whole days
        const int bin = ahead >= 90   ? 8
                        : ahead >= 60 ? 7
                        : ahead >= 30 ? 6
                        : ahead >= 14 ? 5
                        : ahead >= 7  ? 4
                        : ahead >= 3  ? 3
                                      : ahead;
        ++expected.leadTimeBins[std::size_t(bin)];
    }
    return expected;
}

// Forgets the table's accessible interface and its cells. With a screen reader attached
// (QAccessible::isActive()) a model reset updates Qt's cached cells; the offscreen platform
// has no bridge, so a test that reads the table again after new figures asks afresh.
void forgetAccessible(QTableView *table)
{
    if (QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(table))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(interface));
}

// What a screen reader reads from a table: the cell's accessible name.
QString cellText(QTableView *table, int row, int column)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(table);
    if (!interface || !interface->tableInterface())
        return QStringLiteral("<no accessible table>");
    QAccessibleInterface *cell = interface->tableInterface()->cellAt(row, column);
    return cell ? cell->text(QAccessible::Name) : QStringLiteral("<no cell>");
}

int columnOf(const QAbstractItemModel *model, const QString &header)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == header)
            return column;
    }
    return -1;
}

QString percent(int part, int whole)
{
    return whole == 0 ? QStringLiteral("–")
                      : QLocale().toString(100.0 * part / whole, 'f', 1) + QStringLiteral(" %");
}

// The row whose KeyRole is `key`, -1 when none.
int rowOfKey(const QAbstractItemModel *model, const QString &key)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(InsightsTableModel::KeyRole).toString() == key)
            return row;
    }
    return -1;
}

bool waitForFigures(InsightsView &view, QDate from, QDate to)
{
    return QTest::qWaitFor(
        [&] { return !view.isComputing() && view.report().from == from && view.report().to == to; },
        20000);
}

QComboBox *presetBox(InsightsView &view)
{
    return view.findChild<QComboBox *>();
}

void choosePreset(InsightsView &view, Insights::Preset preset)
{
    QComboBox *box = presetBox(view);
    const int index = box->findData(int(preset));
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index); // as a choice by the user (mouse or keyboard) does
}

} // namespace

class TestInsightsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClockGuard> m_clock;
    std::unique_ptr<BookingCache> m_cache;

    // Checks every table of the view against the plan's figures for the view's range.
    void checkTables(InsightsView &view)
    {
        const QLocale locale;
        const Expected expected = expectedFor(view.from(), view.to());
        QCOMPARE(view.report().all.total, expected.total);
        for (InsightsChartCard *card : view.cards())
            forgetAccessible(card->tableView());

        // Weekdays, Monday first: label, bookings, no-shows, rates as the screen reader reads.
        QTableView *weekdays = view.card(int(Kind::Weekday))->tableView();
        const QAbstractItemModel *model = weekdays->model();
        QCOMPARE(model->rowCount(), 7);
        const int total = columnOf(model, InsightsTableModel::tr("Bookings"));
        const int noShow = columnOf(model, BookingStatuses::label(BookingStatus::NoShow));
        const int cancelled = columnOf(model, BookingStatuses::label(BookingStatus::Cancelled));
        const int noShowRate = columnOf(model, InsightsTableModel::tr("No-show rate"));
        const int cancelRate = columnOf(model, InsightsTableModel::tr("Cancellation rate"));
        QVERIFY(total > 0 && noShow > 0 && cancelled > 0 && noShowRate > 0 && cancelRate > 0);
        for (int day = 1; day <= 7; ++day) {
            const Counts &counts = expected.byWeekday[std::size_t(day)];
            QCOMPARE(cellText(weekdays, day - 1, 0), locale.dayName(day));
            QCOMPARE(cellText(weekdays, day - 1, total), locale.toString(counts.total));
            QCOMPARE(cellText(weekdays, day - 1, noShow), locale.toString(counts.noShow));
            QCOMPARE(cellText(weekdays, day - 1, cancelled), locale.toString(counts.cancelled));
            QCOMPARE(cellText(weekdays, day - 1, noShowRate),
                     percent(counts.noShow, counts.noShow + counts.completed));
            QCOMPARE(cellText(weekdays, day - 1, cancelRate),
                     percent(counts.cancelled, counts.total));
        }

        // Hours: from the first to the last hour with bookings.
        QTableView *hours = view.card(int(Kind::Hour))->tableView();
        QCOMPARE(hours->model()->rowCount(),
                 expected.byHour.rbegin()->first - expected.byHour.begin()->first + 1);
        for (const auto &[hour, counts] : expected.byHour) {
            const int row = rowOfKey(hours->model(), QString::number(hour));
            QVERIFY2(row >= 0, qPrintable(QString::number(hour)));
            QCOMPARE(cellText(hours, row, 0),
                     locale.toString(QTime(hour, 0), QLocale::ShortFormat));
            QCOMPARE(cellText(hours, row, total), locale.toString(counts.total));
            QCOMPARE(cellText(hours, row, noShow), locale.toString(counts.noShow));
        }

        // Services and channels (the API's keys; channels shown by their labels).
        for (const auto &[kind, groups] : {std::pair{Kind::Service, &expected.byService},
                                           std::pair{Kind::Channel, &expected.byChannel}}) {
            QTableView *table = view.card(int(kind))->tableView();
            QCOMPARE(table->model()->rowCount(), int(groups->size()));
            for (const auto &[key, counts] : *groups) {
                const int row = rowOfKey(table->model(), key);
                QVERIFY2(row >= 0, qPrintable(key));
                const QString label =
                    kind == Kind::Channel
                        ? Insights::channelLabel(key == u"(none)" ? QString() : key)
                        : (key == u"(none)" ? Insights::noneLabel() : key);
                QCOMPARE(cellText(table, row, 0), label);
                QCOMPARE(cellText(table, row, total), locale.toString(counts.total));
                QCOMPARE(cellText(table, row, noShow), locale.toString(counts.noShow));
                QCOMPARE(cellText(table, row, cancelled), locale.toString(counts.cancelled));
            }
        }

        // Lead time: the bookings in each bin.
        QTableView *leadTime = view.card(int(Kind::LeadTime))->tableView();
        QCOMPARE(leadTime->model()->rowCount(), 9);
        for (int bin = 0; bin < 9; ++bin) {
            QCOMPARE(cellText(leadTime, bin, 0), Insights::leadTimeBinLabel(bin));
            QCOMPARE(cellText(leadTime, bin, 1),
                     locale.toString(expected.leadTimeBins[std::size_t(bin)]));
        }

        // The customers with most no-shows, most first.
        QTableView *customers = view.card(int(Kind::TopNoShow))->tableView();
        QCOMPARE(customers->model()->rowCount(), int(expected.noShowsByName.size()));
        int previous = std::numeric_limits<int>::max();
        for (int row = 0; row < customers->model()->rowCount(); ++row) {
            const QString name = cellText(customers, row, 0);
            QVERIFY2(expected.noShowsByName.count(name), qPrintable(name));
            const int noShows = expected.noShowsByName.at(name);
            QCOMPARE(cellText(customers, row, 1), locale.toString(noShows));
            QVERIFY(noShows <= previous);
            previous = noShows;
        }

        // Periods: every booking of the range in one of them, stacked by status.
        QTableView *periods = view.card(int(Kind::Periods))->tableView();
        int sum = 0;
        for (int row = 0; row < periods->model()->rowCount(); ++row)
            sum += periods->model()->index(row, 1).data(InsightsTableModel::RawRole).toInt();
        QCOMPARE(sum, expected.total);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        TranslationLoader::install(QCoreApplication::instance(), QLocale());
        QVERIFY(m_dir.isValid());
        // One instant for the whole test, so that no midnight passes between the plan and
        // the checks.
        m_clock = std::make_unique<ClockGuard>(Clock::now(), ClockGuard::Mode::Frozen);
        m_cache = std::make_unique<BookingCache>();
        QString error;
        QVERIFY2(m_cache->open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error),
                 qPrintable(error));
        QList<Booking> bookings;
        for (const Planned &planned : kPlan)
            bookings.append(makeBooking(planned));
        QVERIFY2(m_cache->upsert(bookings, m_cache->beginPass(&error), &error), qPrintable(error));
        m_cache->finishPass();
    }

    void cleanupTestCase()
    {
        m_cache.reset();
        m_clock.reset();
        QLocale::setDefault(QLocale::system());
    }

    void tablesShowTheFigures()
    {
        InsightsView view(nullptr, m_cache.get());
        view.setTimeZone(kZone);
        view.setPreset(Insights::Preset::Last4Weeks);
        view.resize(1200, 900);
        view.show();
        const QDate today = Clock::today(kZone);
        QVERIFY(waitForFigures(view, today.addDays(-27), today));
        QVERIFY(!view.isShowingEmptyState());
        QCOMPARE(view.report().all.total, 16);
        QVERIFY(view.report().daily);
        QCOMPARE(view.card(int(Kind::Periods))->tableView()->model()->rowCount(), 28);
        checkTables(view);

        // Each table can be read by a screen reader: a named table of named cells.
        for (InsightsChartCard *card : view.cards()) {
            QAccessibleInterface *table = QAccessible::queryAccessibleInterface(card->tableView());
            QVERIFY(table && table->tableInterface());
            QCOMPARE(table->role(), QAccessible::Table);
            QVERIFY(table->text(QAccessible::Name).startsWith(card->title()));
            QCOMPARE(table->tableInterface()->columnCount(), card->model()->columnCount());
            QCOMPARE(table->tableInterface()->rowCount(), card->model()->rowCount());
            // ...and the chart draws the table's numbers: one category per row.
            QVERIFY(!card->chart()->series().isEmpty());
        }
    }

    void presetChangeRecomputesWithoutBlocking()
    {
        InsightsView view(nullptr, m_cache.get());
        view.setTimeZone(kZone);
        view.setPreset(Insights::Preset::Last4Weeks);
        view.show();
        const QDate today = Clock::today(kZone);
        QVERIFY(waitForFigures(view, today.addDays(-27), today));
        QSignalSpy changed(&view, &InsightsView::reportChanged);

        for (const auto preset : {Insights::Preset::Last3Months, Insights::Preset::Last12Months}) {
            const InsightsReport before = view.report();
            choosePreset(view, preset);
            // The figures come back through the event loop, from a worker thread: nothing
            // has changed on screen when the choice returns.
            QCOMPARE(view.report().from, before.from);
            QCOMPARE(view.report().all.total, before.all.total);
            const auto [from, to] = Insights::range(preset, today);
            QCOMPARE(view.from(), from);
            QVERIFY(waitForFigures(view, from, to));
            QVERIFY(!view.report().daily);
            checkTables(view);
        }
        QCOMPARE(view.report().all.total, 18); // with old60 and old200; never "ancient"
        QCOMPARE(changed.count(), 2);
    }

    // A range change within the last 12 months computes from the records read once; a change
    // of the bookings drops them, and the figures count the new booking.
    void changedBookingsAreCountedAgain()
    {
        BookingCache cache;
        QString error;
        QVERIFY2(cache.open(m_dir.filePath(QStringLiteral("changes.sqlite")), &error),
                 qPrintable(error));
        QList<Booking> bookings;
        for (const Planned &planned : kPlan)
            bookings.append(makeBooking(planned));
        QVERIFY2(cache.upsert(bookings, cache.beginPass(&error), &error), qPrintable(error));
        cache.finishPass();
        BookingTableModel list(&cache);
        list.reload();
        InsightsView view(&list, &cache);
        view.setTimeZone(kZone);
        view.setPreset(Insights::Preset::Last12Months);
        view.show();
        const QDate today = Clock::today(kZone);
        const auto [yearFrom, yearTo] = Insights::range(Insights::Preset::Last12Months, today);
        QVERIFY(waitForFigures(view, yearFrom, yearTo));
        QCOMPARE(view.report().all.total, 18);
        choosePreset(view, Insights::Preset::Last4Weeks);
        QVERIFY(waitForFigures(view, today.addDays(-27), today));
        QCOMPARE(view.report().all.total, 16);

        const Planned extra{
            "new1", -1, 12, BookingStatus::Completed, "l-new", "Neu Kunde", "Haircut", "web", 3, 0};
        QVERIFY2(cache.upsert({makeBooking(extra)}, cache.beginPass(&error), &error),
                 qPrintable(error));
        cache.finishPass();
        list.reload();
        QTRY_COMPARE(view.report().all.total, 17);
        choosePreset(view, Insights::Preset::Last12Months);
        QVERIFY(waitForFigures(view, yearFrom, yearTo));
        QCOMPARE(view.report().all.total, 19);
    }

    void emptyRangeShowsEmptyState()
    {
        InsightsView view(nullptr, m_cache.get());
        view.setTimeZone(kZone);
        view.resize(1000, 700);
        view.show();
        const QDate today = Clock::today(kZone);
        QVERIFY(waitForFigures(view, today.addYears(-1).addDays(1), today));
        QVERIFY(!view.isShowingEmptyState());
        QVERIFY(view.card(int(Kind::Periods))->isVisible());

        const QDate from = today.addDays(-450);
        const QDate to = today.addDays(-420);
        view.setRange(from, to);
        QCOMPARE(view.preset(), Insights::Preset::Custom);
        QVERIFY(waitForFigures(view, from, to));
        QVERIFY(view.report().isEmpty());
        QVERIFY(view.isShowingEmptyState());
        // A sentence instead of the charts: no empty axes on screen.
        for (InsightsChartCard *card : view.cards())
            QVERIFY(!card->isVisible());
        QLabel *shown = nullptr;
        for (QLabel *label : view.findChildren<QLabel *>()) {
            if (label->isVisible() && label->text() == view.emptyText())
                shown = label;
        }
        QVERIFY(shown);
        QVERIFY(view.emptyText().contains(QLocale().toString(from, QLocale::LongFormat)));
        QVERIFY(view.emptyText().contains(QLocale().toString(to, QLocale::LongFormat)));

        // Back to a range with bookings: the charts again.
        choosePreset(view, Insights::Preset::Last4Weeks);
        QVERIFY(waitForFigures(view, today.addDays(-27), today));
        QVERIFY(!view.isShowingEmptyState());
        QVERIFY(view.card(int(Kind::Periods))->isVisible());
    }

    void exportsPngPdfAndCsv()
    {
        InsightsView view(nullptr, m_cache.get());
        view.setTimeZone(kZone);
        view.setPreset(Insights::Preset::Last4Weeks);
        view.resize(1200, 900);
        view.show();
        const QDate today = Clock::today(kZone);
        QVERIFY(waitForFigures(view, today.addDays(-27), today));
        QTemporaryDir out;
        QVERIFY(out.isValid());

        // One PNG per chart, each a real picture (more than one colour).
        QVERIFY(view.exportPngs(out.path()));
        const QStringList pngs =
            QDir(out.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(pngs.size(), view.cards().size());
        for (const QString &name : pngs) {
            const QImage image(QDir(out.path()).filePath(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
            QVERIFY(image.width() >= 800 && image.height() >= 500);
            QSet<QRgb> colours;
            for (int y = 0; y < image.height() && colours.size() < 3; y += 7)
                for (int x = 0; x < image.width() && colours.size() < 3; x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() >= 3, qPrintable(name));
        }

        const QString pdf = out.filePath(QStringLiteral("insights.pdf"));
        QVERIFY(view.exportPdf(pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QVERIFY(pdfFile.size() > 10'000); // seven charts drawn, not just a title

        // The CSV's numbers are the model's.
        const QString csv = out.filePath(QStringLiteral("insights.csv"));
        QVERIFY(view.exportCsv(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const auto table = ExportChecks::parseCsv(QString::fromUtf8(csvFile.readAll()));
        QVERIFY(table);
        QVERIFY(table->size() > 1);
        const QStringList header = table->first();
        const auto cell = [&header](const QStringList &row, const char *name) {
            const qsizetype column = header.indexOf(QLatin1String(name));
            return column >= 0 && column < row.size() ? row.at(column) : QStringLiteral("?");
        };
        const Expected expected = expectedFor(view.from(), view.to());
        const InsightsTableModel *weekdays = view.card(int(Kind::Weekday))->model();
        const InsightsTableModel *services = view.card(int(Kind::Service))->model();
        const InsightsTableModel *customers = view.card(int(Kind::TopNoShow))->model();
        int weekdayRows = 0, serviceRows = 0, customerRows = 0, allRows = 0;
        for (const QStringList &row : *table) {
            const QString chart = row.value(0);
            if (chart == u"all") {
                ++allRows;
                QCOMPARE(cell(row, "total").toInt(), view.report().all.total);
                QCOMPARE(cell(row, "no_show").toInt(),
                         view.report().all.count(BookingStatus::NoShow));
            } else if (chart == u"weekday") {
                const int day = row.value(1).toInt();
                QVERIFY(day >= 1 && day <= 7);
                const QModelIndex index = weekdays->index(day - 1, 1);
                QCOMPARE(cell(row, "total").toInt(),
                         weekdays->data(index, InsightsTableModel::RawRole).toInt());
                QCOMPARE(cell(row, "total").toInt(), expected.byWeekday[std::size_t(day)].total);
                QCOMPARE(cell(row, "no_show").toInt(), expected.byWeekday[std::size_t(day)].noShow);
                ++weekdayRows;
            } else if (chart == u"service") {
                const int modelRow = rowOfKey(services, row.value(1));
                QVERIFY2(modelRow >= 0, qPrintable(row.value(1)));
                QCOMPARE(cell(row, "total").toInt(),
                         services->data(services->index(modelRow, 1), InsightsTableModel::RawRole)
                             .toInt());
                const auto rate = services->rows().at(modelRow).counts.noShowRate();
                QCOMPARE(cell(row, "no_show_rate"),
                         rate ? QString::number(*rate, 'g', 17) : QString());
                ++serviceRows;
            } else if (chart == u"top_no_show") {
                const int modelRow = rowOfKey(customers, row.value(1));
                QVERIFY2(modelRow >= 0, qPrintable(row.value(1)));
                QCOMPARE(row.value(2), customers->rows().at(modelRow).label);
                QCOMPARE(cell(row, "no_show").toInt(),
                         customers->data(customers->index(modelRow, 1), InsightsTableModel::RawRole)
                             .toInt());
                ++customerRows;
            }
        }
        QCOMPARE(allRows, 1);
        QCOMPARE(weekdayRows, 7);
        QCOMPARE(serviceRows, services->rowCount());
        QCOMPARE(customerRows, customers->rowCount());
    }

    void topNoShowCustomerOpensLatestBooking()
    {
        QSettings().clear();
        BookingTableModel list(m_cache.get());
        list.reload();
        MainWindow window(&list, m_cache.get(), nullptr);
        InsightsView *view = window.insightsView();
        view->setTimeZone(kZone);
        view->setPreset(Insights::Preset::Last4Weeks);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showInsights();
        QVERIFY(window.isInsightsShown());
        const QDate today = Clock::today(kZone);
        QVERIFY(waitForFigures(*view, today.addDays(-27), today));
        QSignalSpy customers(view, &InsightsView::customerChosen);
        QSignalSpy bookings(view, &InsightsView::bookingChosen);

        // Enter on the first row of the table: Anna, three no-shows; her latest booking in
        // the range is ns1 (yesterday).
        InsightsChartCard *card = view->card(int(Kind::TopNoShow));
        card->tabs()->setCurrentWidget(card->tableView());
        QTableView *table = card->tableView();
        QCOMPARE(cellText(table, 0, 0), QStringLiteral("Anna Müller"));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(customers.count(), 1);
        QCOMPARE(customers.first().first().toString(), QStringLiteral("l-anna"));
        QCOMPARE(bookings.count(), 1);
        QCOMPARE(bookings.first().first().toString(), QStringLiteral("ns1"));
        // The window leaves Insights and selects that booking in the list.
        QVERIFY(!window.isInsightsShown());
        QTRY_COMPARE(window.selectedBookingIds(), QStringList{QStringLiteral("ns1")});

        // A click on Ben's bar in the chart: his latest booking in the range, ns4.
        window.showInsights();
        card->tabs()->setCurrentWidget(card->chartView());
        QTRY_VERIFY(card->chartView()->isVisible());
        QChart *chart = card->chart();
        QVERIFY(!chart->series().isEmpty());
        auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
        QVERIFY(series);
        // Horizontal bars list the first row on top: row 1 is category count - 2.
        const int rows = card->model()->rowCount();
        QCOMPARE(rows, 2);
        QCOMPARE(card->model()->rows().at(1).key, QStringLiteral("l-ben"));
        const qreal value = series->barSets().first()->at(rows - 2);
        const QPointF inChart = chart->mapToPosition(QPointF(value / 2, rows - 2), series);
        const QPoint inView = card->chartView()->mapFromScene(chart->mapToScene(inChart));
        QTest::mouseClick(card->chartView()->viewport(), Qt::LeftButton, {}, inView);
        QTRY_COMPARE(bookings.count(), 2);
        QCOMPARE(bookings.last().first().toString(), QStringLiteral("ns4"));
        QTRY_COMPARE(window.selectedBookingIds(), QStringList{QStringLiteral("ns4")});
    }

    void germanLabelsAndLocaleFormats()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(TranslationLoader::install(QCoreApplication::instance(), QLocale()));
        const auto restore = qScopeGuard([] {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            TranslationLoader::install(QCoreApplication::instance(), QLocale());
        });
        InsightsView view(nullptr, m_cache.get());
        view.setTimeZone(kZone);
        view.setPreset(Insights::Preset::Last4Weeks);
        view.resize(1200, 900);
        view.show();
        const QDate today = Clock::today(kZone);
        QVERIFY(waitForFigures(view, today.addDays(-27), today));

        // German labels.
        QComboBox *box = presetBox(view);
        QCOMPARE(box->itemText(box->findData(int(Insights::Preset::Last4Weeks))),
                 QStringLiteral("Letzte 4 Wochen"));
        QCOMPARE(box->itemText(box->findData(int(Insights::Preset::Last12Months))),
                 QStringLiteral("Letzte 12 Monate"));
        QCOMPARE(view.card(int(Kind::Periods))->title(), QStringLiteral("Termine nach Status"));
        QTableView *weekdays = view.card(int(Kind::Weekday))->tableView();
        QCOMPARE(weekdays->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Wochentag"));
        QCOMPARE(weekdays->model()->headerData(1, Qt::Horizontal).toString(),
                 QStringLiteral("Termine"));
        QCOMPARE(cellText(weekdays, 0, 0), QStringLiteral("Montag"));
        QCOMPARE(cellText(weekdays, 6, 0), QStringLiteral("Sonntag"));
        QCOMPARE(BookingStatuses::label(BookingStatus::NoShow), QStringLiteral("Nicht erschienen"));
        for (const QString &english :
             {QStringLiteral("Bookings"), QStringLiteral("Weekday"), QStringLiteral("Week")}) {
            for (InsightsChartCard *card : view.cards()) {
                for (int column = 0; column < card->model()->columnCount(); ++column)
                    QVERIFY(card->model()->headerData(column, Qt::Horizontal).toString() !=
                            english);
            }
        }
        // Everything in checkTables() is formatted with the German locale (decimal comma).
        checkTables(view);
        bool comma = false;
        for (int row = 0; row < 7; ++row)
            comma =
                comma || cellText(weekdays, row, 5).contains(QRegularExpression("^\\d+,\\d %$"));
        QVERIFY(comma);
        // Dates: the days of a daily range in German's short format; the summary and the
        // empty state too.
        QTableView *periods = view.card(int(Kind::Periods))->tableView();
        QCOMPARE(cellText(periods, 0, 0),
                 QLocale().toString(today.addDays(-27), QLocale::ShortFormat));
        QVERIFY(cellText(periods, 0, 0).contains(u'.'));
        QVERIFY(view.summaryText().contains(QLocale().toString(today, QLocale::ShortFormat)));
        QVERIFY(view.summaryText().contains(QStringLiteral("Nicht erschienen")));
        const QString note = view.card(int(Kind::LeadTime))->note();
        QVERIFY2(note.contains(QLocale().toString(*view.report().leadTimeMedian, 'f', 1)),
                 qPrintable(note));
        QVERIFY2(!note.contains(QStringLiteral("Days from")), qPrintable(note));

        view.setRange(today.addDays(-450), today.addDays(-420));
        QVERIFY(waitForFigures(view, today.addDays(-450), today.addDays(-420)));
        QVERIFY(view.isShowingEmptyState());
        QVERIFY(view.emptyText().contains(
            QLocale().toString(today.addDays(-450), QLocale::LongFormat)));
        QVERIFY2(!view.emptyText().contains(QStringLiteral("No bookings")),
                 qPrintable(view.emptyText()));
    }
};

QTEST_MAIN(TestInsightsView)
#include "tst_insightsview.moc"
