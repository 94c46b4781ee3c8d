#include "mainwindow.h"

#include "apierror.h"
#include "auditlogdialog.h"
#include "bookingactioncontroller.h"
#include "bookingactions.h"
#include "bookingactionset.h"
#include "bookingcache.h"
#include "bookingdetailspanel.h"
#include "bookingfilterbar.h"
#include "bookingfilterproxy.h"
#include "bookingmodelfeed.h"
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

MainWindow::MainWindow(BookingTableModel *model, const BookingCache *cache, BookingActions *actions,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_feed(new BookingModelFeed(model, this))
    , m_cache(cache)
    , m_actions(actions)
    , m_proxy(new BookingFilterProxy(this))
    , m_filters(new BookingFilterBar(m_proxy, this))
    , m_view(new QTableView(this))
    , m_listStack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_offlineBanner(new QLabel(this))
    , m_details(new BookingDetailsPanel(cache, actions, this))
    , m_splitter(new QSplitter(this))
    , m_account(new QLabel(this))
    , m_syncState(new QLabel(this))
    , m_offlineIndicator(new QLabel(tr("Offline"), this))
    , m_counts(new QLabel(this))
{
    m_baseTitle = tr("Frontdesk");
    setWindowTitle(m_baseTitle);
    m_proxy->setBookingModel(model);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Bookings"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BookingTableModel::StartColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Tab leaves the list (issue 20); the arrow keys move inside it.
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view then never measures 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    const int widths[] = {150, 70, 180, 140, 200, 90, 160, 110, 80, 200};
    static_assert(std::size(widths) == BookingTableModel::ColumnCount);
    for (int column = 0; column < BookingTableModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, widths[column]);
    // Down in the search field goes on to the results, the first row current (issue 20).
    auto *toResults = new QAction(m_filters->searchField());
    toResults->setShortcut(Qt::Key_Down);
    toResults->setShortcutContext(Qt::WidgetShortcut);
    m_filters->searchField()->addAction(toResults);
    connect(toResults, &QAction::triggered, this, [this] {
        if (m_proxy->rowCount() == 0)
            return;
        m_view->setCurrentIndex(m_proxy->index(0, 0));
        m_view->setFocus(Qt::ShortcutFocusReason);
    });

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("Empty list"));
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setMargin(6);
    m_offlineBanner->setStyleSheet(QStringLiteral("background: #fff3cd; color: #664d03;"));
    m_offlineBanner->setVisible(false);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_offlineBanner);
    listLayout->addWidget(m_listStack, 1);
    m_calendar = new CalendarPane(model, this);
    // The calendar shows what the list's status filter and search let through (it has its
    // own dates), so both views show the same bookings.
    m_calendar->view()->setRowFilter(
        [this](int row) { return m_proxy->acceptsStatusAndSearch(row); });
    m_viewStack = new QStackedWidget(this);
    m_today = new TodayBoard(model, cache, this);
    m_viewStack->addWidget(listPane);
    m_viewStack->addWidget(m_calendar);
    m_viewStack->addWidget(m_today);
    m_insights = new InsightsView(model, cache, this);
    m_insights->setTimeZone(model->displayTimeZone());
    m_viewStack->addWidget(m_insights);
    // A top no-show customer: their latest booking, in the list.
    connect(m_insights, &InsightsView::bookingChosen, this, [this](const QString &id) {
        showCalendar(false);
        chooseBooking(id);
    });
    m_splitter->addWidget(m_viewStack);
    // The booking's details above, its customer below.
    m_customer = new CustomerPanel(cache, this);
    m_sideSplitter = new QSplitter(Qt::Vertical, this);
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    m_sideSplitter->addWidget(m_details);
    m_sideSplitter->addWidget(m_customer);
    m_sideSplitter->setStretchFactor(0, 1);
    m_sideSplitter->setStretchFactor(1, 1);
    m_splitter->addWidget(m_sideSplitter);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);

    m_account->setAccessibleName(tr("Signed-in user"));
    m_syncState->setAccessibleName(tr("Sync state"));
    m_offlineIndicator->setAccessibleName(tr("Offline indicator"));
    m_offlineIndicator->setStyleSheet(QStringLiteral("color: #b02a37; font-weight: bold;"));
    m_offlineIndicator->setVisible(false);
    m_counts->setAccessibleName(tr("Bookings shown"));
    statusBar()->addWidget(m_account);
    statusBar()->addWidget(m_syncState, 1);
    statusBar()->addPermanentWidget(m_offlineIndicator);
    m_changesBadge = new QToolButton(this);
    m_changesBadge->setObjectName(QStringLiteral("changesBadge"));
    m_changesBadge->setAutoRaise(true);
    m_changesBadge->setVisible(false);
    connect(m_changesBadge, &QToolButton::clicked, this, &MainWindow::showChanges);
    statusBar()->addPermanentWidget(m_changesBadge);
    statusBar()->addPermanentWidget(m_counts);
    setUpLoading();

    m_inbox = new ChangeInbox(cache, actions, this);
    m_inboxDock = new QDockWidget(tr("Changes"), this);
    m_inboxDock->setObjectName(QStringLiteral("changesDock"));
    m_inboxDock->setWidget(m_inbox);
    m_inboxDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_inboxDock);
    m_inboxDock->hide();
    createActions();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentChanged);
    // The list owns the selection; a booking chosen in the calendar becomes the list's current
    // row when the filters show it, and the details panel's booking either way.
    connect(m_calendar, &CalendarPane::currentBookingChanged, this, &MainWindow::chooseBooking);
    connect(m_today, &TodayBoard::currentBookingChanged, this, [this](const QString &id) {
        if (isTodayShown())
            chooseBooking(id);
    });
    connect(m_today, &TodayBoard::countsChanged, this, &MainWindow::updateTitle);
    connect(m_today, &TodayBoard::callRequested, this, &MainWindow::callCustomer);
    m_contact = new ContactActions(cache, this);
    m_contact->setCurrent([this] { return m_details->bookingId(); });
    // Issue 20: status bar messages are announced to screen readers.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            announceStatus(statusBar(), text);
    });
    connect(m_contact, &ContactActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_details, &BookingDetailsPanel::currentChanged, this, [this](const QString &id) {
        m_customer->showBooking(id);
        m_contact->update();
    });
    connect(m_customer, &CustomerPanel::bookingChosen, this, &MainWindow::chooseBooking);
    connect(m_customer, &CustomerPanel::leadShown, this, &MainWindow::customerShown);
    // Customers with repeated no-shows are pointed out in the list (and, through the same
    // model, in the calendar and on the Today board).
    model->setWarningIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));

    connect(m_inbox, &ChangeInbox::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_inbox, &ChangeInbox::bookingChosen, this, &MainWindow::chooseBooking);
    connect(m_inbox->model(), &ChangeInboxModel::countsChanged, this,
            &MainWindow::updateChangesBadge);
    connect(m_inbox->model(), &ChangeInboxModel::conflictAppeared, this,
            [this](qint64 outboxId, const QString &, const QString &text) {
                statusBar()->showMessage(text, 30000);
                m_inbox->selectEntry(outboxId);
                Q_EMIT conflictAppeared(text);
            });
    connect(m_calendar->navigator(), &CalendarNavigator::snapChanged, this,
            [this](int minutes, bool toSlots) {
                m_settings.snapMinutes = minutes;
                m_settings.snapToSlots = toSlots;
                QSettings settings;
                m_calendar->saveSettings(settings);
            });
    connect(m_calendar, &CalendarPane::hourHeightChanged, this, [this](int pixels) {
        m_settings.hourHeight = pixels; // so the settings dialog's OK keeps the zoom
        QSettings settings;
        m_calendar->saveSettings(settings);
    });
    connect(m_calendar, &CalendarPane::bookingActivated, this, [this](const QString &id) {
        m_details->showBooking(id);
        if (m_splitter->sizes().value(1) == 0)
            m_splitter->setSizes({3 * width() / 4, width() / 4});
        m_details->setFocus(Qt::OtherFocusReason);
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &MainWindow::updateCounts);
        connect(model, signal, this, &MainWindow::updateCounts);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_model->rowOf(m_details->bookingId());
                if (row >= topLeft.row() && row <= bottomRight.row())
                    m_details->refresh();
            });
    connect(m_filters, &BookingFilterBar::filtersChanged, this, &MainWindow::onFiltersChanged);
    // A first start has an empty cache: scroll to now when the first sync brings rows.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0 && !m_view->currentIndex().isValid()) {
            goToToday();
            m_todayAfterFirstPass = true;
        }
    });

    if (actions) {
        m_feed->watch(actions); // the row follows the cache first
        connect(actions, &BookingActions::bookingChanged, this, [this](const QString &id) {
            if (m_actions->isPending(id))
                m_sending.insert(id);
            else
                m_sending.remove(id);
            refreshSyncMarks();
        });
        connect(actions, &BookingActions::outboxChanged, this, &MainWindow::refreshSyncMarks);
    }
    refreshSyncMarks();
    updateChangesBadge();

    resize(1280, 760);
    restoreSettings();
    setAppSettings(AppSettings::load(QSettings()));
    m_calendar->view()->invalidateFilter();
    m_calendar->navigator()->setFilterNote(calendarFilterNote());
    updateCounts();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::setSignedIn(bool signedIn)
{
    m_signOut->setEnabled(signedIn);
}

void MainWindow::setAccounts(const QList<KnownAccount> &accounts, const KnownAccount &current)
{
    m_switchMenu->clear();
    for (const KnownAccount &account : accounts) {
        const QString where =
            account.organizationName.isEmpty() ? account.server.host() : account.organizationName;
        QAction *action = m_switchMenu->addAction(tr("%1 (%2)").arg(account.email, where));
        action->setToolTip(account.server.toDisplayString());
        action->setCheckable(true);
        action->setChecked(account.sameAccount(current.server, current.email));
        connect(action, &QAction::triggered, this,
                [this, account] { Q_EMIT switchAccountRequested(account.server, account.email); });
    }
    m_switchMenu->setEnabled(accounts.size() > 1);
}

void MainWindow::setSyncEngine(SyncEngine *sync)
{
    m_sync = sync;
    m_refresh->setEnabled(sync != nullptr);
    if (!sync)
        return;
    m_feed->watch(sync);
    connect(sync, &SyncEngine::syncStarted, this, [this] { setSyncText(tr("Syncing…")); });
    connect(sync, &SyncEngine::syncFinished, this, &MainWindow::onSyncFinished);
    connect(sync, &SyncEngine::offlineChanged, this,
            [this](bool offline) { setOffline(offline, m_sync->lastSync()); });
}

void MainWindow::onSyncFinished(const SyncReport &report)
{
    // A pass stopped on purpose (sign-in needed, account switch) is no news for the desk;
    // whoever stopped it says why.
    if (report.error && report.error->kind == ApiError::Kind::Cancelled)
        return;
    // The first page's rows were sorted in around the row chosen then: choose again with
    // all of them, once.
    if (std::exchange(m_todayAfterFirstPass, false) && report.ok())
        goToToday();
    // Slots change with the bookings, and the first ask may have come before the server was
    // known.
    if (report.ok() && isCalendarShown())
        m_calendar->view()->refreshSlots();
    if (report.ok()) {
        m_today->setSynced(true);
        setSyncText(tr("Synced at %1").arg(timeText(report.finishedAt)));
    } else if (m_sync && m_sync->isOffline()) {
        setSyncText(tr("Last synced %1").arg(timeText(m_sync->lastSync())));
    } else if (report.error) {
        setSyncText(report.error->userMessage());
    } else {
        setSyncText(tr("The local cache could not be written: %1").arg(report.cacheError));
    }
    if (m_sync)
        setOffline(m_sync->isOffline(), m_sync->lastSync());
}

void MainWindow::setAccountText(const QString &text)
{
    m_account->setText(text);
}

// Issue 20: a status text that changes is said by screen readers (Qt 6.4 has no
// QAccessibleAnnouncementEvent): the widget's accessible name follows the text and a
// NameChanged event tells the assistive technology.
void MainWindow::announceStatus(QWidget *widget, const QString &text)
{
    widget->setAccessibleName(text);
    QAccessibleEvent event(widget, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void MainWindow::setSyncText(const QString &text)
{
    m_syncState->setText(text);
    announceStatus(m_syncState, text);
}

void MainWindow::setOffline(bool offline, const QDateTime &cachedAt)
{
    m_offline = offline;
    m_cachedAt = cachedAt;
    m_offlineIndicator->setVisible(offline);
    m_offlineBanner->setText(
        tr("Offline: showing bookings cached at %1. Reconnecting…").arg(timeText(cachedAt)));
    m_offlineBanner->setVisible(offline);
    if (offline)
        announceStatus(m_offlineBanner, m_offlineBanner->text());
    m_today->setOffline(offline, cachedAt);
    updateEmptyState();
}

void MainWindow::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id =
        current.isValid() ? current.data(BookingTableModel::BookingIdRole).toString() : QString();
    m_details->showBooking(id);
    if (!id.isEmpty())
        m_calendar->showBooking(id);
}

void MainWindow::onFiltersChanged()
{
    m_calendar->view()->invalidateFilter();
    m_calendar->navigator()->setFilterNote(calendarFilterNote());
    keepCurrentVisible();
    updateCounts();
}

bool MainWindow::isVisibleNow(const QString &id) const
{
    const int source = m_model->rowOf(id);
    if (source < 0)
        return false;
    if (isCalendarShown())
        return m_calendar->view()->isShownRow(source);
    if (isTodayShown())
        return m_today->model()->indexOf(id).isValid();
    return m_proxy->mapFromSource(m_model->index(source, 0)).isValid();
}

void MainWindow::keepCurrentVisible()
{
    const QString id = m_details->bookingId();
    if (id.isEmpty() || isVisibleNow(id))
        return;
    const QModelIndex current = m_view->currentIndex();
    const QString listed =
        current.isValid() ? current.data(BookingTableModel::BookingIdRole).toString() : QString();
    if (!isCalendarShown() && !listed.isEmpty() && listed != id) {
        onCurrentChanged(); // the list's current row is visible: it is the current booking
    } else {
        m_view->selectionModel()->clearCurrentIndex();
        m_details->showBooking({});
        m_calendar->showBooking({});
    }
    if (m_bookingActions)
        m_bookingActions->update();
}

QString MainWindow::calendarFilterNote() const
{
    QStringList parts;
    const QString search = m_proxy->searchText().trimmed();
    if (!search.isEmpty())
        parts.append(tr("search “%1”").arg(search));
    const qsizetype statuses = m_proxy->statuses().size();
    const qsizetype all = BookingStatuses::all().size();
    if (statuses != all)
        parts.append(tr("%1 of %2 statuses").arg(statuses).arg(all));
    return parts.isEmpty() ? QString()
                           : tr("Filtered like the list: %1").arg(parts.join(QStringLiteral(", ")));
}

void MainWindow::refreshSyncMarks()
{
    m_model->setSyncState(m_cache ? m_cache->outbox() : QList<OutboxEntry>(), m_sending);
}

void MainWindow::updateCounts()
{
    m_counts->setText(
        tr("%1 of %n booking(s) shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    updateEmptyState();
}

QString MainWindow::emptyStateText() const
{
    QString text;
    const QString search = m_proxy->searchText().trimmed();
    if (m_model->isLoading())
        text = tr("Loading the cached bookings…");
    else if (m_model->rowCount() == 0)
        text = tr("No bookings cached yet: they appear here after the first sync.");
    else if (!search.isEmpty())
        text = tr("No booking matches “%1”.").arg(search);
    else if (m_proxy->statuses().isEmpty())
        text = tr("No status selected: choose statuses in the Status filter.");
    else
        text = DatePreset::emptyText(m_filters->datePreset());
    if (m_offline) {
        text += u'\n' + tr("Offline: showing bookings cached at %1.").arg(timeText(m_cachedAt));
    }
    return text;
}

bool MainWindow::isShowingEmptyState() const
{
    return m_listStack->currentWidget() == m_empty;
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (empty)
        m_empty->setText(emptyStateText());
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
}

void MainWindow::chooseBooking(const QString &id)
{
    const QModelIndex row = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    if (row.isValid() && !id.isEmpty())
        m_view->setCurrentIndex(row);
    else
        m_details->showBooking(id);
    if (m_bookingActions)
        m_bookingActions->update();
}

void MainWindow::callCustomer(const QString &id)
{
    m_contact->callBooking(id);
}

void MainWindow::setBaseTitle(const QString &title)
{
    m_baseTitle = title;
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString counts = m_today->countsText();
    setWindowTitle(counts.isEmpty() ? m_baseTitle : tr("%1 — %2").arg(m_baseTitle, counts));
}

QString MainWindow::timeText(const QDateTime &time) const
{
    return time.isValid() ? TimeText::dateTime(time, m_model->displayTimeZone()) : tr("never");
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

QStringList MainWindow::selectedBookingIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids.append(row.data(BookingTableModel::BookingIdRole).toString());
    return ids;
}

void MainWindow::setActionController(BookingActionController *controller)
{
    if (m_bookingActions || !controller)
        return;
    m_bookingActions = new BookingActionSet(controller, this);
    m_controller = controller;
    m_controller->setTimeZone(m_settings.timeZone());
    // The calendar and the Today board select one booking at a time; the list several.
    m_bookingActions->setSelectionSource([this] { return m_details->bookingId(); },
                                         [this] {
                                             return isCalendarShown() || isTodayShown()
                                                        ? QStringList{m_details->bookingId()}
                                                        : selectedBookingIds();
                                         });
    m_calendar->setBookingActions(m_bookingActions, controller);
    m_today->setActionController(controller, m_bookingActions);
    m_bookingActions->attachToWindow(this);
    m_bookingActions->attachToList(m_view);
    m_details->setActions(
        {m_bookingActions->arrived(), m_bookingActions->unarrived(), m_bookingActions->reschedule(),
         m_bookingActions->editDetails(), m_bookingActions->noShow(), m_bookingActions->completed(),
         m_bookingActions->confirmed(), m_bookingActions->cancel(), nullptr, m_contact->call(),
         m_contact->actions().at(1), m_contact->actions().at(2)});
    m_bookingActions->setContactActions(m_contact);
    // Qt's "»" button of a toolbar too narrow for its buttons has no name: a screen reader
    // would say only "button".
    for (QToolBar *bar : findChildren<QToolBar *>()) {
        if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
            more->setAccessibleName(tr("More: %1").arg(bar->windowTitle()));
    }
    connect(m_model, &QAbstractItemModel::dataChanged, m_bookingActions, &BookingActionSet::update);
    connect(controller, &BookingActionController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_bookingActions, &BookingActionSet::auditLogRequested, this, [this] {
        auto *dialog = new AuditLogDialog(m_cache, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}
