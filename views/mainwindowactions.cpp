#include "apierror.h"
#include "auditlogdialog.h"
#include "bookingactioncontroller.h"
#include "bookingactions.h"
#include "bookingactionset.h"
#include "bookingcache.h"
#include "bookingdetailspanel.h"
#include "bookingfilterbar.h"
#include "bookingfilterproxy.h"
#include "bookingtablemodel.h"
#include "calendarnavigator.h"
#include "calendarpane.h"
#include "calendarview.h"
#include "changeinbox.h"
#include "clock.h"
#include "contactactions.h"
#include "customerpanel.h"
#include "exportactions.h"
#include "insightsview.h"
#include "mainwindow.h"
#include "phonenumber.h"
#include "syncengine.h"
#include "timetext.h"
#include "todayboard.h"

#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

// MainWindow, continued: its actions, menus and toolbars, and switching between its views.

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *accountMenu = menuBar()->addMenu(tr("&Account"));
    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);

    m_refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Fetch the latest bookings from the server (F5)"));
    m_refresh->setEnabled(false);
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_sync)
            m_sync->refreshNow();
    });

    auto *today =
        new QAction(QIcon::fromTheme(QStringLiteral("go-jump-today")), tr("&Today"), this);
    today->setShortcut(Qt::CTRL | Qt::Key_T);
    today->setToolTip(tr("Go to the next booking from now (Ctrl+T)"));
    connect(today, &QAction::triggered, this, [this] {
        if (isCalendarShown())
            m_calendar->view()->showToday();
        else
            goToToday();
    });

    m_showList =
        new QAction(QIcon::fromTheme(QStringLiteral("view-list-details")), tr("&List"), this);
    m_showList->setShortcut(Qt::CTRL | Qt::Key_1);
    m_showList->setToolTip(tr("Show the bookings as a list (Ctrl+1)"));
    m_showCalendar =
        new QAction(QIcon::fromTheme(QStringLiteral("view-calendar-week")), tr("&Calendar"), this);
    m_showCalendar->setShortcut(Qt::CTRL | Qt::Key_2);
    m_showCalendar->setToolTip(tr("Show the bookings in a calendar (Ctrl+2)"));
    auto *viewGroup = new QActionGroup(this);
    for (QAction *action : {m_showList, m_showCalendar}) {
        action->setCheckable(true);
        viewGroup->addAction(action);
    }
    m_showList->setChecked(true);
    m_showToday =
        new QAction(QIcon::fromTheme(QStringLiteral("view-calendar-day")), tr("T&oday"), this);
    m_showToday->setShortcut(Qt::CTRL | Qt::Key_3);
    m_showToday->setToolTip(tr("Show today's bookings by what happens next (Ctrl+3)"));
    m_showToday->setCheckable(true);
    viewGroup->addAction(m_showToday);
    // Ctrl+2 / Ctrl+1 put the keyboard on the grid / the list (issue 20), Ctrl+3 on the board.
    connect(m_showCalendar, &QAction::triggered, this, [this] {
        showCalendar(true);
        m_calendar->view()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_showList, &QAction::triggered, this, [this] {
        showCalendar(false);
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_showToday, &QAction::triggered, this, &MainWindow::showToday);
    m_showInsights =
        new QAction(QIcon::fromTheme(QStringLiteral("office-chart-bar")), tr("&Insights"), this);
    m_showInsights->setShortcut(Qt::CTRL | Qt::Key_4);
    m_showInsights->setToolTip(
        tr("Show charts of the bookings: no-shows, cancellations, lead time (Ctrl+4)"));
    m_showInsights->setCheckable(true);
    viewGroup->addAction(m_showInsights);
    connect(m_showInsights, &QAction::triggered, this, &MainWindow::showInsights);

    auto *find = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchField()->selectAll();
    });

    auto *statusFilter = new QAction(tr("&Status filter…"), this);
    statusFilter->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    connect(statusFilter, &QAction::triggered, m_filters->statusButton(), &QToolButton::showMenu);

    auto *dateFilter = new QAction(tr("&Date filter"), this);
    dateFilter->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    connect(dateFilter, &QAction::triggered, this, [this] {
        m_filters->dateCombo()->setFocus(Qt::ShortcutFocusReason);
        m_filters->dateCombo()->showPopup();
    });

    auto *quit =
        new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *signIn = new QAction(tr("Sign &in…"), this);
    signIn->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    signIn->setToolTip(tr("Sign in again, or to another account or server"));
    connect(signIn, &QAction::triggered, this, &MainWindow::signInRequested);
    m_signOut = new QAction(tr("Sign &out"), this);
    m_signOut->setToolTip(tr("End the session on this computer; cached bookings can be kept"));
    m_signOut->setEnabled(false);
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    auto *settings =
        new QAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Settings…"), this);
    // The platform's key where it has one (Ctrl+, on most desktops, not all).
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!settingsKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        settingsKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setShortcuts(settingsKeys);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    m_export = new ExportActions(m_proxy, m_cache, this, [this] { return m_details->bookingId(); });
    connect(m_export, &ExportActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });

    m_switchMenu = new QMenu(tr("S&witch To"), this);
    m_switchMenu->setEnabled(false);
    accountMenu->addAction(signIn);
    accountMenu->addMenu(m_switchMenu);
    accountMenu->addSeparator();
    accountMenu->addAction(m_signOut);

    fileMenu->addAction(m_refresh);
    fileMenu->addSeparator();
    fileMenu->addAction(m_export->exportListAction());
    fileMenu->addAction(m_export->printDaySheetAction());
    fileMenu->addAction(m_export->exportDaySheetPdfAction());
    fileMenu->addSeparator();
    fileMenu->addAction(settings);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);
    viewMenu->addAction(m_showList);
    viewMenu->addAction(m_showCalendar);
    viewMenu->addAction(m_showToday);
    viewMenu->addAction(m_showInsights);
    viewMenu->addSeparator();
    QAction *changes = m_inboxDock->toggleViewAction();
    changes->setText(tr("C&hanges"));
    changes->setShortcut(Qt::CTRL | Qt::Key_5);
    changes->setToolTip(tr("Changes the server does not have yet, and conflicts to resolve "
                           "(Ctrl+5)"));
    // Shown by its key, the inbox takes the keyboard, as the status bar's badge does.
    connect(changes, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            showChanges();
    });
    viewMenu->addAction(changes);
    viewMenu->addSeparator();
    viewMenu->addAction(today);
    viewMenu->addAction(find);
    viewMenu->addAction(statusFilter);
    viewMenu->addAction(dateFilter);
    toolBar->addAction(m_refresh);
    toolBar->addAction(today);
    toolBar->addSeparator();
    toolBar->addAction(m_showList); // the booking actions go before the view switch
    toolBar->addAction(m_showCalendar);
    toolBar->addAction(m_showToday);
    toolBar->addAction(m_showInsights);
    // The filters get a row of their own: beside the actions they would not fit a laptop.
    addToolBarBreak();
    QToolBar *filterBar = addToolBar(tr("Filters"));
    filterBar->setObjectName(QStringLiteral("filterToolBar"));
    filterBar->setMovable(false);
    filterBar->addWidget(m_filters);
}

void MainWindow::goToToday()
{
    if (m_proxy->sortColumn() != BookingTableModel::StartColumn ||
        m_proxy->sortOrder() != Qt::AscendingOrder)
        m_view->sortByColumn(BookingTableModel::StartColumn, Qt::AscendingOrder);
    const qint64 now = Clock::nowMs();
    // Rows are in start order now: the first one from now on by binary search.
    int low = 0;
    int high = m_proxy->rowCount();
    while (low < high) {
        const int middle = (low + high) / 2;
        const int source = m_proxy->mapToSource(m_proxy->index(middle, 0)).row();
        if (m_model->row(source).endMs <= now)
            low = middle + 1;
        else
            high = middle;
    }
    if (m_proxy->rowCount() == 0)
        return;
    const QModelIndex target = m_proxy->index(qMin(low, m_proxy->rowCount() - 1), 0);
    m_view->setCurrentIndex(target);
    m_view->scrollTo(target, QAbstractItemView::PositionAtTop);
}

void MainWindow::showToday()
{
    m_viewStack->setCurrentWidget(m_today);
    m_showToday->setChecked(true);
    keepCurrentVisible();
    m_today->setCurrentBookingId(m_details->bookingId());
    m_today->view()->setFocus(Qt::OtherFocusReason);
    if (m_bookingActions)
        m_bookingActions->update();
}

void MainWindow::showInsights()
{
    m_viewStack->setCurrentWidget(m_insights);
    m_showInsights->setChecked(true);
    m_insights->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::isInsightsShown() const
{
    return m_viewStack->currentWidget() == m_insights;
}

bool MainWindow::isTodayShown() const
{
    return m_viewStack->currentWidget() == m_today;
}

void MainWindow::showChanges()
{
    m_inboxDock->show();
    m_inboxDock->raise();
    m_inbox->view()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateChangesBadge()
{
    const ChangeInboxModel *model = m_inbox->model();
    const int all = model->count();
    const int conflicts = model->count(ChangeInboxModel::State::Conflict);
    const int refused = model->count(ChangeInboxModel::State::Refused);
    m_changesBadge->setVisible(all > 0);
    QString text = tr("%n change(s) not sent", nullptr, all);
    if (conflicts + refused > 0)
        text = tr("⚠ %1, %2 to resolve").arg(text).arg(conflicts + refused);
    m_changesBadge->setText(text);
    m_changesBadge->setToolTip(tr("Open View › Changes (Ctrl+5)"));
    m_changesBadge->setAccessibleName(text);
    // Conflicts and refusals need the receptionist; the words say so, the colour helps.
    m_changesBadge->setStyleSheet(
        conflicts + refused > 0 ? QStringLiteral("color: #842029; font-weight: bold;") : QString());
}

void MainWindow::showCalendar(bool calendar)
{
    m_viewStack->setCurrentWidget(calendar ? static_cast<QWidget *>(m_calendar)
                                           : m_viewStack->widget(0));
    (calendar ? m_showCalendar : m_showList)->setChecked(true);
    keepCurrentVisible();
    if (calendar && !m_details->bookingId().isEmpty())
        m_calendar->showBooking(m_details->bookingId());
    if (calendar && m_sync)
        m_calendar->view()->refreshSlots();
    if (m_bookingActions)
        m_bookingActions->update();
}

bool MainWindow::isCalendarShown() const
{
    return m_viewStack->currentWidget() == m_calendar;
}
