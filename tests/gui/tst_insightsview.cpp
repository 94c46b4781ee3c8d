// The Insights view (issue 18) over a cache built here (insightsfixture.h): the figures in
// each chart's accessible table, a preset change recomputed off the GUI thread, a change of
// the bookings counted again, and the empty state. Exports, a customer chosen from the view
// and the German UI are in tst_insightsviewoutput.

#include "bookingcache.h"
#include "bookingtablemodel.h"
#include "clock.h"
#include "insightschartcard.h"
#include "insightsfixture.h"

#include <QAccessible>
#include <QChart>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace InsightsPlan;

class TestInsightsView : public QObject, protected InsightsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startPlan(); }
    void cleanupTestCase() { stopPlan(); }

    void tablesShowTheFigures()
    {
        InsightsView view(nullptr, m_cache.get());
        QVERIFY(showLast4Weeks(view, QSize(1200, 900)));
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
        QVERIFY(showLast4Weeks(view));
        const QDate today = Clock::today(kZone);
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
};

QTEST_MAIN(TestInsightsView)
#include "tst_insightsview.moc"
