#pragma once

#include "bookingactioncontroller.h"

#include <QObject>
#include <QTimer>

#include <functional>

class ContactActions;
class QAbstractItemView;
class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

// The booking actions as QActions, shared by the menu bar, the toolbar, the list's (and
// later the calendar's) context menu and the details panel: one set, so each shortcut
// exists once and every place shows the same enabled state. Acts on the current booking,
// or on all selected ones for the actions that work in bulk.
class BookingActionSet : public QObject
{
    Q_OBJECT

public:
    BookingActionSet(BookingActionController *controller, QWidget *window);

    // Where the current booking and the selection come from (the list, the calendar).
    void setSelectionSource(std::function<QString()> current,
                            std::function<QStringList()> selected);

    QAction *reschedule() const { return m_reschedule; }
    QAction *noShow() const { return m_noShow; }
    QAction *completed() const { return m_completed; }
    QAction *confirmed() const { return m_confirmed; }
    QAction *cancel() const { return m_cancel; }
    QAction *editDetails() const { return m_edit; }
    QAction *arrived() const { return m_arrived; }
    QAction *unarrived() const { return m_unarrived; }
    QAction *undo() const { return m_undo; }
    QAction *auditLog() const { return m_auditLog; }
    // The actions on one booking, in menu order (separators as nullptr).
    QList<QAction *> bookingActions() const;

    void fillMenu(QMenu *menu) const;
    // Call, email, join and copy: added to every context menu, enabled with the others.
    void setContactActions(ContactActions *contact);
    ContactActions *contactActions() const { return m_contact; }
    // A "Booking" menu before the window's last menu, and the main actions in its toolbar
    // "mainToolBar" after its first separator, before the list/calendar switch.
    void attachToWindow(QMainWindow *window);
    // A view of bookings (list, calendar): Del cancels while it has focus, its context menu
    // offers the actions, and its selection changes enable them.
    void attachToList(QAbstractItemView *view);
    // The actions as a context menu at `globalPos` (the list's, the calendar's).
    void execContextMenu(QWidget *parent, const QPoint &globalPos) const;

public Q_SLOTS:
    // Enables each action by the state of the current (or selected) bookings.
    void update();

Q_SIGNALS:
    void auditLogRequested();

private:
    QAction *makeAction(const QString &text, const QString &icon, const QKeySequence &shortcut,
                        const QString &toolTip);
    void trigger(BookingActionController::Action action);

    BookingActionController *m_controller;
    QWidget *m_window;
    std::function<QString()> m_current;
    std::function<QStringList()> m_selected;
    QAction *m_reschedule;
    QAction *m_noShow;
    QAction *m_completed;
    QAction *m_confirmed;
    QAction *m_cancel;
    QAction *m_edit;
    QAction *m_arrived;
    QAction *m_unarrived;
    QAction *m_undo;
    QAction *m_auditLog;
    ContactActions *m_contact = nullptr;
    QTimer m_clock; // no-show and completed become possible as time passes
};
