#pragma once

#include <QWidget>

class CalendarView;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QSettings;
class QToolButton;

// The bar above the calendar: previous / today / next, a date picker, the shown range as
// text, a note when filters hide bookings, the snapping setting (5, 15, 30 minutes or
// available slots) and the four modes. Follows the view when it changes by other means
// (keyboard).
class CalendarNavigator : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarNavigator(CalendarView *view, QWidget *parent = nullptr);

    // Mode and snapping, under "calendar/".
    void restoreSettings(const QSettings &settings);
    void saveSettings(QSettings &settings) const;
    // Snapping as the settings dialog chose it (minutes is one of 5, 15, 30).
    void setSnap(int minutes, bool toSlots);
    // Says which filters the calendar follows ("Filtered: …"); empty hides the note.
    void setFilterNote(const QString &text);
    QString filterNote() const;

Q_SIGNALS:
    // The desk chose another snapping here.
    void snapChanged(int minutes, bool toSlots);

private:
    void sync();
    void applySnap();

    CalendarView *m_view;
    QDateEdit *m_dateEdit;
    QLabel *m_rangeLabel;
    QLabel *m_filterNote;
    QButtonGroup *m_modes;
    QComboBox *m_snap;
};
