#pragma once

#include <QWidget>

class CalendarView;
class QButtonGroup;
class QDateEdit;
class QLabel;

// The bar above the calendar: previous / today / next, a date picker, the shown range as
// text, and the four modes. Follows the view when it changes by other means (keyboard).
class CalendarNavigator : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarNavigator(CalendarView *view, QWidget *parent = nullptr);

private:
    void sync();

    CalendarView *m_view;
    QDateEdit *m_dateEdit;
    QLabel *m_rangeLabel;
    QButtonGroup *m_modes;
};
