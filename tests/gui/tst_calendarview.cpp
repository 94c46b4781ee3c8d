// CalendarView's layout: the week, where blocks sit, zoom, the ruler, the navigator, the
// month's cells, tooltips, selection, and the index following the model. (Moving bookings
// by drag and by key: tst_calendarreschedule.)

#include "calendarindex.h"
#include "calendarnavigator.h"
#include "calendarviewfixture.h"
#include "timetext.h"

#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

using namespace CalendarWeek;

class TestCalendarView : public QObject, protected CalendarViewFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { openWeek(); }
    void cleanup() { closeWeek(); }

    void weekStartsOnTheLocalesFirstDay()
    {
        QCOMPARE(m_view->visibleDays().first(), QDate(2026, 12, 7)); // Monday in Germany
        QCOMPARE(m_view->visibleDays().size(), 7);
        QSignalSpy range(m_view.get(), &CalendarView::visibleRangeChanged);
        m_view->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(m_view->visibleDays().first(), QDate(2026, 12, 6)); // Sunday in the US
        QCOMPARE(range.count(), 1);
        m_view->setDate(QDate(2026, 12, 9)); // the same week
        QCOMPARE(range.count(), 1);
        m_view->setMode(CalendarView::Mode::WorkWeek);
        QCOMPARE(m_view->visibleDays().size(), 5);
        QCOMPARE(m_view->visibleDays().first(), QDate(2026, 12, 7));
        m_view->setMode(CalendarView::Mode::Month);
        QCOMPARE(m_view->visibleDays().size(), 42);
        QVERIFY(m_view->visibleDays().first() <= QDate(2026, 12, 1));
    }

    void blocksSitAtTheirTimes()
    {
        const QRect a = m_view->blockRect("a");
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.top(), m_view->pointAt(utc(berlin(12, 9, 10))).y());
        QCOMPARE(a.height(), 48);
        QCOMPARE(m_view->bookingAt(a.center()), QStringLiteral("a"));
        QVERIFY(!m_view->blockRect("gone").isEmpty()); // cancelled: drawn faded
        // A row filter (the main window passes the list's statuses and search) hides it.
        m_view->setCurrentBookingId("gone");
        m_view->setRowFilter(
            [this](int row) { return m_model->row(row).status != BookingStatus::Cancelled; });
        QVERIFY(m_view->blockRect("gone").isEmpty());
        QVERIFY(m_view->currentBookingId().isEmpty()); // never a hidden current booking
        QVERIFY(!m_view->blockRect("a").isEmpty());
        m_view->setRowFilter({});
        QVERIFY(!m_view->blockRect("gone").isEmpty());
    }

    void zoomChangesTheHourHeight()
    {
        QSignalSpy zoomed(m_view.get(), &CalendarView::hourHeightChanged);
        m_view->setFocus();
        QCOMPARE(m_view->blockRect("a").height(), 48);
        QTest::keyClick(m_view.get(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(m_view->hourHeight(), 64);
        QCOMPARE(zoomed.count(), 1);
        QCOMPARE(zoomed.last().first().toInt(), 64);
        QCOMPARE(m_view->blockRect("a").height(), 64);
        QTest::keyClick(m_view.get(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(m_view.get(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(m_view->hourHeight(), 40);
        QTest::keyClick(m_view.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_view->hourHeight(), 48);
        // Ctrl+wheel: a notch a step, the time under the pointer stays put.
        const QPoint at = m_view->blockRect("a").topLeft() + QPoint(5, 0);
        const auto wheel = [&](int delta) {
            QWheelEvent event(at, m_view->viewport()->mapToGlobal(at), {}, {0, delta}, Qt::NoButton,
                              Qt::ControlModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(m_view->viewport(), &event);
        };
        wheel(120);
        QCOMPARE(m_view->hourHeight(), 64);
        QVERIFY(qAbs(m_view->blockRect("a").top() - at.y()) <= 1);
        for (int i = 0; i < 20; ++i)
            wheel(120);
        QCOMPARE(m_view->hourHeight(), CalendarView::kMaxHourHeight);
        for (int i = 0; i < 40; ++i)
            wheel(-60); // half notches add up
        QCOMPARE(m_view->hourHeight(), CalendarView::kMinHourHeight);
        m_view->setHourHeight(1000);
        QCOMPARE(m_view->hourHeight(), CalendarView::kMaxHourHeight);
        m_view->setHourHeight(1);
        QCOMPARE(m_view->blockRect("a").height(), CalendarView::kMinHourHeight);
    }

    // The ruler fits its widest label in the widget's font (a 12-hour clock's "10:00 PM").
    void rulerFitsItsLabels()
    {
        m_model->upsertRows({makeRow("monday", berlin(12, 7, 10), 60)});
        for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                      QLocale(QLocale::German, QLocale::Germany)}) {
            m_view->setLocale(locale);
            QFont big = m_view->font();
            big.setPointSizeF(big.pointSizeF() * 1.5);
            m_view->setFont(big);
            const int gridLeft = m_view->blockRect("monday").left() - 2;
            QVERIFY(gridLeft > 0);
            for (int hour = 0; hour < 24; ++hour) {
                const QString label = TimeText::clock(QTime(hour, 0), locale);
                QVERIFY2(m_view->fontMetrics().horizontalAdvance(label) + 6 <= gridLeft,
                         qPrintable(label));
            }
        }
    }

    void navigatorDrivesTheView()
    {
        QStandardPaths::setTestModeEnabled(true);
        CalendarNavigator navigator(m_view.get());
        const QList<QToolButton *> buttons = navigator.findChildren<QToolButton *>();
        auto byName = [&](const QString &name) -> QToolButton * {
            for (QToolButton *button : buttons) {
                if (button->accessibleName() == name)
                    return button;
            }
            return nullptr;
        };
        QVERIFY(byName("Next") && byName("Previous") && byName("Month"));
        byName("Next")->click();
        QCOMPARE(m_view->visibleDays().first(), QDate(2026, 12, 14));
        byName("Previous")->click();
        QCOMPARE(m_view->visibleDays().first(), QDate(2026, 12, 7));
        byName("Month")->click();
        QCOMPARE(m_view->mode(), CalendarView::Mode::Month);
        auto *snap = navigator.findChild<QComboBox *>();
        snap->setCurrentIndex(snap->findData(0));
        QVERIFY(m_view->snapToSlots());
        snap->setCurrentIndex(snap->findData(30));
        QVERIFY(!m_view->snapToSlots());
        QCOMPARE(m_view->snapMinutes(), 30);

        QSettings settings;
        navigator.saveSettings(settings);
        CalendarView other;
        CalendarNavigator restored(&other);
        restored.restoreSettings(settings);
        QCOMPARE(other.mode(), CalendarView::Mode::Month);
        QCOMPARE(other.snapMinutes(), 30);
        settings.clear();
    }

    void monthCellsSayHowManyMore()
    {
        QList<BookingRow> rows;
        for (int i = 0; i < 30; ++i)
            rows.append(
                makeRow(QStringLiteral("m%1").arg(i), berlin(12, 16, 8) + i * 600000LL, 10));
        m_model->upsertRows(rows);
        m_view->setMode(CalendarView::Mode::Month);
        // The first bookings of the day are listed, the rest counted.
        QVERIFY(!m_view->blockRect("m0").isEmpty());
        QVERIFY(m_view->blockRect("m29").isEmpty());
        int listed = 0;
        for (int i = 0; i < 30; ++i)
            listed += m_view->blockRect(QStringLiteral("m%1").arg(i)).isEmpty() ? 0 : 1;
        QVERIFY(listed > 0 && listed < 30);
        // A click on "+N more" opens the day.
        const QRect last = m_view->blockRect(QStringLiteral("m%1").arg(listed - 1));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          QPoint(last.left() + 10, last.bottom() + last.height() / 2 + 1));
        QCOMPARE(m_view->mode(), CalendarView::Mode::Day);
        QCOMPARE(m_view->date(), QDate(2026, 12, 16));
    }

    void tooltipNamesTheBooking()
    {
        const QPoint at = m_view->blockRect("a").center();
        QHelpEvent help(QEvent::ToolTip, at, m_view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(m_view->viewport(), &help);
        QVERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QLatin1String("Customer a")));
        QVERIFY(QToolTip::text().contains(QLatin1String("Haircut")));
    }

    void doubleClickActivates()
    {
        QSignalSpy activated(m_view.get(), &CalendarView::bookingActivated);
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, m_view->blockRect("b").center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("b"));
    }

    void selectionFromTheListNavigates()
    {
        m_model->upsertRows({makeRow("later", berlin(12, 22, 9), 60)});
        QVERIFY(m_view->blockRect("later").isEmpty());
        m_view->setCurrentBookingId("later");
        QCOMPARE(m_view->visibleDays().first(), QDate(2026, 12, 21));
        QVERIFY(!m_view->blockRect("later").isEmpty());
    }

    void modelChangesMoveBlocks()
    {
        const QRect before = m_view->blockRect("b");
        BookingRow moved = makeRow("b", berlin(12, 10, 15), 30);
        m_model->upsertRows({moved});
        QCOMPARE(m_view->blockRect("b").top(), before.top() + 48);
        m_model->applyRemoved({"a"});
        QVERIFY(m_view->blockRect("a").isEmpty());
        QCOMPARE(m_view->blockRect("b").top(), before.top() + 48);
    }

    void indexFollowsALargeSync()
    {
        CalendarIndex index;
        index.setModel(m_model.get());
        QList<BookingRow> rows;
        for (int i = 0; i < 500; ++i)
            rows.append(
                makeRow(QStringLiteral("n%1").arg(i), berlin(12, 1, 8) + i * 3600000LL, 30));
        m_model->upsertRows(rows);
        QCOMPARE(index.size(), 505);
        QCOMPARE(index.rowsOverlapping(berlin(12, 1, 8), berlin(12, 1, 10)).size(), 2);
        QCOMPARE(index.rowsOverlapping(berlin(12, 9, 0), berlin(12, 10, 0)).size(), 2 + 24);
    }

    void indexFollowsTheModel()
    {
        CalendarIndex index;
        index.setModel(m_model.get());
        QCOMPARE(index.rowsOverlapping(berlin(12, 9, 0), berlin(12, 10, 0)).size(), 2);
        m_model->upsertRows({makeRow("x", berlin(12, 9, 23, 30), 120)}); // into Thursday
        QCOMPARE(index.rowsOverlapping(berlin(12, 10, 0), berlin(12, 10, 1)).size(), 1);
        m_model->applyRemoved({"a", "done"});
        QCOMPARE(index.rowsOverlapping(berlin(12, 9, 0), berlin(12, 10, 0)).size(), 1);
        const QList<int> rows = index.rowsOverlapping(berlin(12, 1, 0), berlin(12, 31, 0));
        QCOMPARE(rows.size(), 4);
        QStringList ids;
        for (const int row : rows)
            ids << m_model->row(row).id;
        QCOMPARE(ids, QStringList({"past", "x", "b", "gone"}));
    }
};

QTEST_MAIN(TestCalendarView)
#include "tst_calendarview.moc"
