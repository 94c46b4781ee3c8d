// What leaves the Insights view (issue 18) over a cache built here (insightsfixture.h):
// PNG/PDF/CSV export, a top no-show customer opening their latest booking in the main
// window, and the German UI with locale-formatted numbers and dates. The figures and ranges
// are in tst_insightsview.

#include "bookingcache.h"
#include "bookingtablemodel.h"
#include "clock.h"
#include "exportchecks.h"
#include "insightschartcard.h"
#include "insightsfixture.h"
#include "mainwindow.h"
#include "translationloader.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace InsightsPlan;

class TestInsightsViewOutput : public QObject, protected InsightsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startPlan(); }
    void cleanupTestCase() { stopPlan(); }

    void exportsPngPdfAndCsv()
    {
        InsightsView view(nullptr, m_cache.get());
        QVERIFY(showLast4Weeks(view, QSize(1200, 900)));
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
        QVERIFY(showLast4Weeks(view, QSize(1200, 900)));
        const QDate today = Clock::today(kZone);

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

QTEST_MAIN(TestInsightsViewOutput)
#include "tst_insightsviewoutput.moc"
