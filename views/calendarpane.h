#pragma once

#include <QWidget>

struct AppSettings;
class BookingActionController;
class BookingActionSet;
class BookingTableModel;
class CalendarNavigator;
class CalendarView;
class QSettings;
class SlotProvider;

// The calendar side of the main window: the navigator above the calendar view, the
// booking actions on its blocks (context menu, Del, drops sent through the controller's
// confirmation) and the calendar's part of the settings. The list stays the selection's
// owner: the window connects currentBookingChanged to it and calls showBooking back.
class CalendarPane : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarPane(BookingTableModel *model, QWidget *parent = nullptr);

    CalendarView *view() const { return m_view; }
    CalendarNavigator *navigator() const { return m_navigator; }

    void setBookingActions(BookingActionSet *actions, BookingActionController *controller);
    void setSlotProvider(SlotProvider *provider);
    // The display zone, business hours and snapping chosen in the settings dialog.
    void applySettings(const AppSettings &settings);
    // The list's current booking: shown here too (the calendar goes to its day).
    void showBooking(const QString &id);

    void restoreSettings(const QSettings &settings);
    void saveSettings(QSettings &settings) const;

Q_SIGNALS:
    void currentBookingChanged(const QString &id);
    void bookingActivated(const QString &id);
    // The desk zoomed the calendar (AppSettings::hourHeight).
    void hourHeightChanged(int pixels);

private:
    CalendarView *m_view;
    CalendarNavigator *m_navigator;
};
