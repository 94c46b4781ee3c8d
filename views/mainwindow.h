#pragma once

#include "accountlist.h"
#include "appsettings.h"

#include <QDateTime>
#include <QMainWindow>
#include <QSet>

class BookingActionController;
class BookingActionSet;
class BookingActions;
class BookingCache;
class BookingDetailsPanel;
class BookingFilterBar;
class BookingFilterProxy;
class BookingModelFeed;
class BookingTableModel;
class CalendarPane;
class ChangeInbox;
class ContactActions;
class CustomerPanel;
class TodayBoard;
class InsightsView;
class ExportActions;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class SyncEngine;
struct SyncReport;

// Frontdesk's main window: the booking list with its filters and search, the details of the
// selected booking, and the state of the sync. Shows the cache as it is at once; the sync
// engine's results then arrive as row changes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(BookingTableModel *model, const BookingCache *cache, BookingActions *actions,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Passes reach the list through modelFeed(), like the actions given to the constructor.
    void setSyncEngine(SyncEngine *sync);
    BookingModelFeed *modelFeed() const { return m_feed; }
    // Adds the booking actions (reschedule, no-show, cancel, undo, audit log, ...) to the
    // menu bar, the toolbar, the list's context menu and the details panel.
    void setActionController(BookingActionController *controller);
    BookingActionSet *bookingActionSet() const { return m_bookingActions; }
    // The ids of the selected rows (several with Ctrl/Shift-click); the current row is the
    // one the details panel shows.
    QStringList selectedBookingIds() const;
    // The list or the calendar in the window's main area (View > List / Calendar).
    void showCalendar(bool calendar);
    bool isCalendarShown() const;
    CalendarPane *calendarPane() const { return m_calendar; }
    TodayBoard *todayBoard() const { return m_today; }
    // View › Today (Ctrl+3); showCalendar(false) goes back to the list.
    void showToday();
    bool isTodayShown() const;
    // View › Insights (Ctrl+4): the range's bookings as charts.
    InsightsView *insightsView() const { return m_insights; }
    void showInsights();
    bool isInsightsShown() const;
    // The title before the day's counts ("Frontdesk", "Frontdesk – demo").
    void setBaseTitle(const QString &title);
    // A booking chosen in the calendar, on the Today board or by a notification: the list's
    // current row when the filters show it, the details panel's booking either way.
    void chooseBooking(const QString &id);
    // Opens the customer's number as a tel: URI in the system's phone handler; says so in
    // the status bar, or why not.
    void callCustomer(const QString &id);
    // View › Changes (Ctrl+5), also the status bar's badge.
    void showChanges();
    CustomerPanel *customerPanel() const { return m_customer; }
    ChangeInbox *changeInbox() const { return m_inbox; }
    ContactActions *contactActions() const { return m_contact; }
    void setAccountText(const QString &text);
    void setSyncText(const QString &text);
    void setOffline(bool offline, const QDateTime &cachedAt);
    // Whether there is a session to sign out of (the Account menu follows it).
    void setSignedIn(bool signedIn);
    // The accounts this computer knows, for switching between them (each has its own cache).
    void setAccounts(const QList<KnownAccount> &accounts, const KnownAccount &current);

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();
    void switchAccountRequested(const QUrl &server, const QString &email);
    // The settings dialog's choice, saved and applied to the window (display zone, list
    // defaults); the rest (refresh interval, server, calendar) is for whoever owns it.
    void settingsChanged(const AppSettings &settings, const AppSettings &previous);
    // The customer panel shows another customer (the owner refreshes their bookings).
    void customerShown(const QString &leadId);
    // A change of this desk became a conflict (for a desktop notification).
    void conflictAppeared(const QString &text);

public:
    // The settings in effect (loaded from QSettings when the window is made); the calendar
    // reads snapMinutes, snapToSlots and the business hours from here.
    const AppSettings &appSettings() const { return m_settings; }
    // Applies the display zone everywhere the window shows times, and the list defaults when
    // they differ from the previous ones. Does not save.
    void setAppSettings(const AppSettings &settings);
    // Opens the settings dialog; on OK the choice is saved, applied and announced.
    void openSettings();
    ExportActions *exportActions() const { return m_export; }

    // Selects the first booking from now on (in start order) and scrolls to it.
    void goToToday();
    // Loads the cached bookings into the list: the days around today before the next paint,
    // the rest from a thread in chunks, with its progress in the status bar.
    void loadBookings();

    QTableView *tableView() const { return m_view; }
    BookingFilterProxy *proxy() const { return m_proxy; }
    BookingFilterBar *filterBar() const { return m_filters; }
    BookingDetailsPanel *detailsPanel() const { return m_details; }
    QString emptyStateText() const;
    // Marks the bookings with changes in the outbox or on their way to the server. Runs on
    // BookingActions' signals; public for changes made to the outbox without them.
    void refreshSyncMarks();
    bool isShowingEmptyState() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void onCurrentChanged();
    void onFiltersChanged();
    void updateTitle();
    // Actions act on the details panel's booking: it must be one the user can see. When the
    // filters or the search hide it, the list's current row (if any) takes its place, else
    // nothing is current and the booking actions are off.
    void keepCurrentVisible();
    bool isVisibleNow(const QString &id) const;
    QString calendarFilterNote() const;
    void onSyncFinished(const SyncReport &report);
    void updateCounts();
    void updateEmptyState();
    void restoreSettings();
    void saveSettings() const;
    void applyListDefaults();
    QString timeText(const QDateTime &time) const;
    static void announceStatus(QWidget *widget, const QString &text);
    void updateChangesBadge();
    void setUpLoading();

    BookingTableModel *m_model;
    BookingModelFeed *m_feed; // every write elsewhere reaches m_model through it
    const BookingCache *m_cache;
    BookingActions *m_actions;
    QSet<QString> m_sending; // bookings with a request in flight (BookingActions::isPending)
    BookingFilterProxy *m_proxy;
    SyncEngine *m_sync = nullptr;
    BookingFilterBar *m_filters;
    QTableView *m_view;
    QStackedWidget *m_listStack;
    QLabel *m_empty;
    QLabel *m_offlineBanner;
    BookingDetailsPanel *m_details;
    QSplitter *m_splitter;
    QLabel *m_account;
    QLabel *m_syncState;
    QLabel *m_offlineIndicator;
    QLabel *m_counts;
    QAction *m_refresh = nullptr;
    QAction *m_signOut = nullptr;
    QMenu *m_switchMenu = nullptr;
    bool m_offline = false;
    bool m_todayAfterFirstPass = false; // an empty cache filled: go to today after the pass
    QDateTime m_cachedAt;
    AppSettings m_settings;
    bool m_settingsApplied = false;
    bool m_filtersRestored = false; // the filters of the last run were there to restore
    ExportActions *m_export = nullptr;
    BookingActionSet *m_bookingActions = nullptr;
    QStackedWidget *m_viewStack = nullptr; // the list pane or the calendar
    CalendarPane *m_calendar = nullptr;
    BookingActionController *m_controller = nullptr;
    QAction *m_showList = nullptr;
    QAction *m_showCalendar = nullptr;
    QAction *m_showToday = nullptr;
    TodayBoard *m_today = nullptr;
    QAction *m_showInsights = nullptr;
    InsightsView *m_insights = nullptr;
    QString m_baseTitle;
    QSplitter *m_sideSplitter = nullptr;
    CustomerPanel *m_customer = nullptr;
    ContactActions *m_contact = nullptr;
    ChangeInbox *m_inbox = nullptr;
    class QDockWidget *m_inboxDock = nullptr;
    class QToolButton *m_changesBadge = nullptr;
    QLabel *m_loadText = nullptr;
    class QProgressBar *m_loadBar = nullptr;
    QString m_loadAnchor; // the list's top booking while rows load above it
};
