#pragma once

#include "todayboardmodel.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class BookingActionController;
class BookingActionSet;
class BookingCache;
class BookingTableModel;
class QLabel;
class QStackedWidget;
class QTreeView;

// View › Today: the day in the display zone at one glance, grouped by what the desk does
// next (TodayBoardModel). Each row offers its next action in one click (the "Next" cell) or
// one key (Enter); the booking menu's actions and shortcuts work on the current row too.
// It follows the clock by itself, minute by minute, and reloads the day's bookings from the
// cache when the list model changes.
class TodayBoard : public QWidget
{
    Q_OBJECT

public:
    TodayBoard(BookingTableModel *list, const BookingCache *cache, QWidget *parent = nullptr);

    TodayBoardModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void setActionController(BookingActionController *controller, BookingActionSet *actions);
    void setTimeZone(const QTimeZone &zone);
    void setGraceMinutes(int minutes);
    // Empty states: offline (showing the cache of `cachedAt`) and never synced.
    void setOffline(bool offline, const QDateTime &cachedAt);
    void setSynced(bool everSynced);

    QString currentBookingId() const;
    void setCurrentBookingId(const QString &id);
    // "3 waiting · 1 late", or empty when nobody waits or is late.
    QString countsText() const;
    QString emptyText() const; // what the empty state says (empty while there are rows)

public Q_SLOTS:
    // Reads today's bookings from the cache again (debounced by the list's changes).
    void reload();
    // The clock's minute: regroup (and a new day reloads).
    void tick();
    // The current row's next action (Enter, or a click on its "Next" cell).
    void triggerNext();

Q_SIGNALS:
    void currentBookingChanged(const QString &id);
    void countsChanged(int waiting, int late);
    void callRequested(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleReload();
    void armClock();
    void updateEmptyState();
    void expandGroups();

    BookingTableModel *m_list;
    const BookingCache *m_cache;
    TodayBoardModel *m_model;
    QTreeView *m_view;
    QLabel *m_title;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    BookingActionController *m_controller = nullptr;
    BookingActionSet *m_actions = nullptr;
    QTimer m_reloadDelay;
    QTimer m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDate m_day;
    bool m_offline = false;
    bool m_synced = true;
    QDateTime m_cachedAt;
};
