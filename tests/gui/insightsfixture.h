#pragma once

// What tst_insightsview and tst_insightsviewoutput share (issue 18): a plan of bookings placed
// relative to Clock::now() in the view's display zone (whatever the date and hour of the
// run), a cache holding them, the figures the plan should give, and the view's tables read
// as a screen reader reads them.
#include "booking.h"
#include "bookingcache.h"
#include "clockguard.h"
#include "insights.h"
#include "insightstablemodel.h"
#include "insightsview.h"

#include <QDate>
#include <QSize>
#include <QString>
#include <QTemporaryDir>
#include <QTimeZone>

#include <array>
#include <map>
#include <memory>
#include <span>

class QAbstractItemModel;
class QComboBox;
class QTableView;

namespace InsightsPlan {

using Kind = InsightsTableModel::Kind;

inline const QTimeZone kZone("Europe/Berlin");

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
extern const std::span<const Planned> kPlan;

// The booking `planned` describes, decoded from its JSON as the cache gets it from a sync.
Booking makeBooking(const Planned &planned);

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

Expected expectedFor(QDate from, QDate to);

// What a screen reader reads from a table: the cell's accessible name.
QString cellText(QTableView *table, int row, int column);
// The row whose KeyRole is `key`, -1 when none.
int rowOfKey(const QAbstractItemModel *model, const QString &key);

// True once the view shows the figures of [from, to].
bool waitForFigures(InsightsView &view, QDate from, QDate to);
QComboBox *presetBox(InsightsView &view);
// Chooses `preset` in the view's box as the user does.
void choosePreset(InsightsView &view, Insights::Preset preset);

// Checks every table of the view against the plan's figures for the view's range.
void checkTables(InsightsView &view);

} // namespace InsightsPlan

// The plan in a cache for the whole test case, with the clock frozen so that no midnight
// passes between the plan and the checks. A test class derives from it and calls
// startPlan() and stopPlan() from its initTestCase() and cleanupTestCase().
class InsightsFixture
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<ClockGuard> m_clock;
    std::unique_ptr<BookingCache> m_cache;

    void startPlan();
    void stopPlan();

    // The view in kZone on the last four weeks, shown (at `size` when one is given): true
    // once it shows their figures.
    static bool showLast4Weeks(InsightsView &view, QSize size = QSize());
};
