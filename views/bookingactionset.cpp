#include "bookingactionset.h"

#include "contactactions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

#include <algorithm>

using Action = BookingActionController::Action;

namespace {

constexpr qsizetype kCheckedSelection = 200;

} // namespace

BookingActionSet::BookingActionSet(BookingActionController *controller, QWidget *window)
    : QObject(window), m_controller(controller), m_window(window)
{
    // Ctrl+R is Refresh on some desktops (QKeySequence::Refresh), hence Ctrl+Shift+R;
    // Ctrl+Shift+D is the date filter, hence Ctrl+Shift+C for completed.
    m_reschedule = makeAction(tr("&Reschedule…"), QStringLiteral("appointment-new"),
                              Qt::CTRL | Qt::SHIFT | Qt::Key_R,
                              tr("Move the booking to another time (Ctrl+Shift+R)"));
    m_noShow = makeAction(tr("Mark as &No-show…"), QStringLiteral("dialog-cancel"),
                          Qt::CTRL | Qt::SHIFT | Qt::Key_N,
                          tr("The customer did not come (possible once the booking has started; "
                             "Ctrl+Shift+N)"));
    m_completed = makeAction(tr("Mark as &Completed…"), QStringLiteral("dialog-ok-apply"),
                             Qt::CTRL | Qt::SHIFT | Qt::Key_C,
                             tr("The appointment took place (possible once it has ended; "
                                "Ctrl+Shift+C)"));
    m_confirmed = makeAction(tr("Set Back to C&onfirmed…"), QStringLiteral("edit-undo"), {},
                             tr("Undo a no-show or completed mark"));
    m_cancel = makeAction(tr("C&ancel Booking…"), QStringLiteral("edit-delete"),
                          QKeySequence(Qt::Key_Delete),
                          tr("Cancel the booking, with an optional reason (Del)"));
    // Del belongs to whatever has focus (text fields, the details): only the list and the
    // calendar answer to it, once their owner adds the action to them.
    m_cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_window->removeAction(m_cancel);
    m_edit = makeAction(tr("Edit &Link and Notes…"), QStringLiteral("document-edit"),
                        QKeySequence(Qt::Key_F2), tr("Edit the meeting link and the notes (F2)"));
    // Ctrl+Shift+I: "checked in" (A is the audit log).
    m_arrived = makeAction(tr("Mark as A&rrived"), QStringLiteral("user-available"),
                           Qt::CTRL | Qt::SHIFT | Qt::Key_I,
                           tr("The customer is at the desk; every desk sees it after its next "
                              "sync (from 2 hours before the start; Ctrl+Shift+I)"));
    m_unarrived = makeAction(tr("Undo Arri&val"), QStringLiteral("user-away"), {},
                             tr("The customer was marked as arrived by mistake"));
    m_undo = makeAction(tr("&Undo"), QStringLiteral("edit-undo"), QKeySequence::Undo,
                        tr("Undo the last reschedule or status change (Ctrl+Z)"));
    m_auditLog =
        makeAction(tr("&Audit Log…"), QStringLiteral("view-history"),
                   Qt::CTRL | Qt::SHIFT | Qt::Key_A, tr("Every action taken on this computer"));
    m_auditLog->setEnabled(true);
    connect(m_auditLog, &QAction::triggered, this, &BookingActionSet::auditLogRequested);

    connect(m_reschedule, &QAction::triggered, this, [this] { trigger(Action::Reschedule); });
    connect(m_noShow, &QAction::triggered, this, [this] { trigger(Action::NoShow); });
    connect(m_completed, &QAction::triggered, this, [this] { trigger(Action::Completed); });
    connect(m_confirmed, &QAction::triggered, this, [this] { trigger(Action::Confirmed); });
    connect(m_cancel, &QAction::triggered, this, [this] { trigger(Action::Cancel); });
    connect(m_edit, &QAction::triggered, this, [this] { trigger(Action::EditDetails); });
    connect(m_arrived, &QAction::triggered, this, [this] { trigger(Action::Arrive); });
    connect(m_unarrived, &QAction::triggered, this, [this] { trigger(Action::Unarrive); });
    connect(m_undo, &QAction::triggered, m_controller, &BookingActionController::undo);
    connect(m_controller, &BookingActionController::undoChanged, this, &BookingActionSet::update);
    connect(m_controller->actions(), &BookingActions::bookingChanged, this,
            &BookingActionSet::update);
    m_clock.setInterval(30000);
    connect(&m_clock, &QTimer::timeout, this, &BookingActionSet::update);
    m_clock.start();
    update();
}

QAction *BookingActionSet::makeAction(const QString &text, const QString &icon,
                                      const QKeySequence &shortcut, const QString &toolTip)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setShortcut(shortcut);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    action->setEnabled(false);
    m_window->addAction(action);
    return action;
}

void BookingActionSet::setSelectionSource(std::function<QString()> current,
                                          std::function<QStringList()> selected)
{
    m_current = std::move(current);
    m_selected = std::move(selected);
    update();
}

QList<QAction *> BookingActionSet::bookingActions() const
{
    return {m_arrived, m_unarrived, nullptr,     m_reschedule, m_edit,  nullptr,
            m_noShow,  m_completed, m_confirmed, nullptr,      m_cancel};
}

void BookingActionSet::fillMenu(QMenu *menu) const
{
    menu->addAction(m_undo);
    menu->addSeparator();
    for (QAction *action : bookingActions()) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    menu->addSeparator();
    menu->addAction(m_auditLog);
}

void BookingActionSet::attachToWindow(QMainWindow *window)
{
    auto *menu = new QMenu(tr("&Booking"), window);
    fillMenu(menu);
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu);
    if (auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        // After refresh, today and a separator; before the list/calendar switch.
        QAction *before = toolBar->actions().value(3);
        QAction *separator = toolBar->insertSeparator(before);
        toolBar->insertActions(separator,
                               {m_arrived, m_reschedule, m_noShow, m_completed, m_cancel, m_undo});
    } else {
        qWarning("BookingActionSet: the window has no toolbar \"mainToolBar\"");
    }
}

void BookingActionSet::setContactActions(ContactActions *contact)
{
    m_contact = contact;
    update();
}

void BookingActionSet::execContextMenu(QWidget *parent, const QPoint &globalPos) const
{
    QMenu context(parent);
    QList<QAction *> actions = bookingActions();
    if (m_contact)
        actions += QList<QAction *>{nullptr} + m_contact->actions();
    for (QAction *action : actions) {
        if (action)
            context.addAction(action);
        else
            context.addSeparator();
    }
    context.exec(globalPos);
}

void BookingActionSet::attachToList(QAbstractItemView *view)
{
    view->addAction(m_cancel);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        execContextMenu(view, view->viewport()->mapToGlobal(pos));
    });
    if (QItemSelectionModel *selection = view->selectionModel()) {
        connect(selection, &QItemSelectionModel::selectionChanged, this, &BookingActionSet::update);
        // currentRowChanged comes after currentChanged, once the owner has followed the
        // current row (the details panel is the selection source of the main window).
        connect(selection, &QItemSelectionModel::currentRowChanged, this,
                &BookingActionSet::update);
    }
}

void BookingActionSet::trigger(Action action)
{
    const QString current = m_current ? m_current() : QString();
    const QStringList selected = m_selected ? m_selected() : QStringList();
    // Bulk: the status changes and cancelling. A move, an edit or an arrival is one booking's.
    const bool several =
        selected.size() > 1 && (action == Action::NoShow || action == Action::Completed ||
                                action == Action::Confirmed || action == Action::Cancel);
    if (several) {
        m_controller->bulk(action, selected);
        return;
    }
    if (!current.isEmpty())
        m_controller->trigger(action, current);
}

void BookingActionSet::update()
{
    const QString current = m_current ? m_current() : QString();
    const QStringList selected = m_selected ? m_selected() : QStringList();
    if (m_contact)
        m_contact->update();
    const auto enable = [&](QAction *qaction, Action action, bool bulk) {
        bool on = m_controller->isAvailable(action, current);
        if (bulk && selected.size() > kCheckedSelection) {
            // Checking each of thousands of rows on every click would stall the window;
            // the bulk preview says which ones do not fit.
            on = true;
        } else if (bulk && selected.size() > 1) {
            on = std::any_of(selected.cbegin(), selected.cend(), [&](const QString &id) {
                return m_controller->isAvailable(action, id);
            });
        }
        qaction->setEnabled(on);
    };
    enable(m_reschedule, Action::Reschedule, false);
    enable(m_edit, Action::EditDetails, false);
    enable(m_arrived, Action::Arrive, false);
    enable(m_unarrived, Action::Unarrive, false);
    enable(m_noShow, Action::NoShow, true);
    enable(m_completed, Action::Completed, true);
    enable(m_confirmed, Action::Confirmed, true);
    enable(m_cancel, Action::Cancel, true);
    m_undo->setEnabled(m_controller->canUndo());
    m_undo->setText(m_controller->canUndo() ? m_controller->undoText() : tr("&Undo"));
}
