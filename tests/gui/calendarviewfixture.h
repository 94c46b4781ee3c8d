#pragma once

#include "bookingtablemodel.h"
#include "calendarview.h"
#include "clock.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <memory>

// tst_calendarview and tst_calendarreschedule: a calendar over a week of bookings in
// Berlin, "now" frozen on its Tuesday.
namespace CalendarWeek {

inline const QTimeZone kBerlin("Europe/Berlin");

inline qint64 berlin(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), kBerlin).toMSecsSinceEpoch();
}

inline QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

inline BookingRow makeRow(const QString &id, qint64 start, int minutes,
                          BookingStatus status = BookingStatus::Confirmed)
{
    BookingRow row;
    row.id = id;
    row.startMs = start;
    row.endMs = start + qint64(minutes) * 60 * 1000;
    row.status = status;
    row.hasLead = true;
    const QString customer = QStringLiteral("Customer ") + id;
    row.setFields({customer, QString(), QString(), QStringLiteral("Haircut"), QString()});
    return row;
}

} // namespace CalendarWeek

class CalendarViewFixture
{
protected:
    std::unique_ptr<BookingTableModel> m_model;
    std::unique_ptr<CalendarView> m_view;

    // init: the week of 2026-12-07 in a German calendar, shown from 08:00.
    void openWeek()
    {
        using namespace CalendarWeek;
        m_model = std::make_unique<BookingTableModel>(nullptr);
        // Now is Tuesday 2026-12-08 12:00 in Berlin; the week shown runs Monday to Sunday.
        m_model->upsertRows({
            makeRow("a", berlin(12, 9, 10), 60),                              // Wed 10:00
            makeRow("b", berlin(12, 10, 14), 30),                             // Thu 14:00
            makeRow("done", berlin(12, 9, 14), 60, BookingStatus::Completed), // Wed 14:00
            makeRow("gone", berlin(12, 11, 10), 60, BookingStatus::Cancelled),
            makeRow("past", berlin(12, 8, 9), 60), // Tue 09:00, already begun
        });
        m_view = std::make_unique<CalendarView>();
        m_view->setLocale(QLocale(QLocale::German, QLocale::Germany));
        m_view->setTimeZone(kBerlin);
        Clock::freeze(QDateTime::fromMSecsSinceEpoch(berlin(12, 8, 12), Qt::UTC));
        m_view->setHourHeight(48);
        m_view->setSnapMinutes(15);
        m_view->setModel(m_model.get());
        m_view->setDate(QDate(2026, 12, 8));
        m_view->resize(900, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->scrollToTime(QTime(8, 0));
    }

    // cleanup: the view and the model gone, the clock real again.
    void closeWeek()
    {
        m_view.reset();
        m_model.reset();
        Clock::reset();
    }
};
