// The shared part of the Insights view tests (insightsfixture.h).

#include "insightsfixture.h"

#include "bookingjson.h"
#include "clock.h"
#include "insightschartcard.h"
#include "translationloader.h"

#include <QAccessible>
#include <QComboBox>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <limits>

namespace InsightsPlan {

namespace {

const Planned kPlanned[] = {
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

} // namespace

const std::span<const Planned> kPlan(kPlanned);

namespace {

QDateTime startOf(const Planned &planned)
{
    return QDateTime(Clock::today(kZone).addDays(planned.days), QTime(planned.hour, 0), kZone);
}

// Forgets the table's accessible interface and its cells. With a screen reader attached
// (QAccessible::isActive()) a model reset updates Qt's cached cells; the offscreen platform
// has no bridge, so a test that reads the table again after new figures asks afresh.
void forgetAccessible(QTableView *table)
{
    if (QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(table))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(interface));
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

} // namespace

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

QString cellText(QTableView *table, int row, int column)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(table);
    if (!interface || !interface->tableInterface())
        return QStringLiteral("<no accessible table>");
    QAccessibleInterface *cell = interface->tableInterface()->cellAt(row, column);
    return cell ? cell->text(QAccessible::Name) : QStringLiteral("<no cell>");
}

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
        QCOMPARE(cellText(weekdays, day - 1, cancelRate), percent(counts.cancelled, counts.total));
    }

    // Hours: from the first to the last hour with bookings.
    QTableView *hours = view.card(int(Kind::Hour))->tableView();
    QCOMPARE(hours->model()->rowCount(),
             expected.byHour.rbegin()->first - expected.byHour.begin()->first + 1);
    for (const auto &[hour, counts] : expected.byHour) {
        const int row = rowOfKey(hours->model(), QString::number(hour));
        QVERIFY2(row >= 0, qPrintable(QString::number(hour)));
        QCOMPARE(cellText(hours, row, 0), locale.toString(QTime(hour, 0), QLocale::ShortFormat));
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
            const QString label = kind == Kind::Channel
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

} // namespace InsightsPlan

using namespace InsightsPlan;

void InsightsFixture::startPlan()
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

void InsightsFixture::stopPlan()
{
    m_cache.reset();
    m_clock.reset();
    QLocale::setDefault(QLocale::system());
}

bool InsightsFixture::showLast4Weeks(InsightsView &view, QSize size)
{
    view.setTimeZone(kZone);
    view.setPreset(Insights::Preset::Last4Weeks);
    if (size.isValid())
        view.resize(size);
    view.show();
    const QDate today = Clock::today(kZone);
    return waitForFigures(view, today.addDays(-27), today);
}
