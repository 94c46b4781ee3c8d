#include "todayboard.h"

#include "bookingactioncontroller.h"
#include "bookingactionset.h"
#include "bookingcache.h"
#include "bookingtablemodel.h"
#include "clock.h"
#include "contactactions.h"
#include "timetext.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using Group = TodayBoardModel::Group;

TodayBoard::TodayBoard(BookingTableModel *list, const BookingCache *cache, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_cache(cache)
    , m_model(new TodayBoardModel(this))
    , m_view(new QTreeView(this))
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    setAccessibleName(tr("Today"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Today's summary"));
    m_title->setMargin(6);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Today's bookings by group"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Columns fit their text when the day is loaded (not on every minute's update, which
    // would measure every row again); the notes, last, take what is left.
    m_view->header()->setStretchLastSection(true);
    for (int group = 0; group < TodayBoardModel::kGroupCount; ++group)
        m_view->setFirstColumnSpanned(group, {}, true);
    m_view->installEventFilter(this);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("No bookings today"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);

    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(150);
    connect(&m_reloadDelay, &QTimer::timeout, this, &TodayBoard::reload);
    m_clock.setSingleShot(true);
    m_clock.setTimerType(Qt::PreciseTimer);
    connect(&m_clock, &QTimer::timeout, this, &TodayBoard::tick);

    if (m_list) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_list, signal, this, &TodayBoard::scheduleReload);
        connect(m_list, &QAbstractItemModel::dataChanged, this, &TodayBoard::scheduleReload);
        connect(m_list, &QAbstractItemModel::modelReset, this, &TodayBoard::scheduleReload);
    }
    connect(m_model, &TodayBoardModel::countsChanged, this, [this] {
        updateEmptyState();
        Q_EMIT countsChanged(m_model->count(Group::Waiting), m_model->count(Group::Late));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentBookingChanged(currentBookingId()); });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == TodayBoardModel::NextColumn)
            triggerNext();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QString id = currentBookingId();
        if (!m_actions || id.isEmpty())
            return;
        QMenu menu(this);
        for (QAction *action : m_actions->bookingActions()) {
            if (action)
                menu.addAction(action);
            else
                menu.addSeparator();
        }
        menu.addSeparator();
        if (ContactActions *contact = m_actions->contactActions()) {
            contact->update();
            for (QAction *action : contact->actions()) {
                if (action)
                    menu.addAction(action);
                else
                    menu.addSeparator();
            }
        } else {
            QAction *call = menu.addAction(tr("&Call the customer"));
            const auto booking = m_model->booking(id);
            call->setEnabled(booking && booking->lead && !booking->lead->phone.isEmpty());
            connect(call, &QAction::triggered, this, [this, id] { Q_EMIT callRequested(id); });
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    expandGroups();
    reload();
}

void TodayBoard::setActionController(BookingActionController *controller, BookingActionSet *actions)
{
    m_controller = controller;
    m_actions = actions;
}

void TodayBoard::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    m_model->setTimeZone(m_zone);
    reload();
}

void TodayBoard::setGraceMinutes(int minutes)
{
    m_model->setGraceMinutes(minutes);
}

void TodayBoard::setOffline(bool offline, const QDateTime &cachedAt)
{
    m_offline = offline;
    m_cachedAt = cachedAt;
    updateEmptyState();
}

void TodayBoard::setSynced(bool everSynced)
{
    m_synced = everSynced;
    updateEmptyState();
}

void TodayBoard::expandGroups()
{
    for (int group = 0; group < TodayBoardModel::kGroupCount; ++group)
        m_view->setExpanded(m_model->index(group, 0), Group(group) != Group::Cancelled);
}

void TodayBoard::scheduleReload()
{
    if (!m_reloadDelay.isActive())
        m_reloadDelay.start();
}

void TodayBoard::reload()
{
    m_day = Clock::today(m_zone);
    QList<Booking> bookings;
    if (m_cache && m_cache->isOpen()) {
        BookingQuery query;
        query.from = m_day.startOfDay(m_zone);
        query.to = m_day.addDays(1).startOfDay(m_zone);
        bookings = m_cache->bookings(query);
    }
    m_model->setNow(Clock::now());
    QHash<QString, int> noShows;
    for (const Booking &booking : std::as_const(bookings)) {
        if (const int count = m_list ? m_list->recentNoShows(booking.id) : 0)
            noShows.insert(booking.id, count);
    }
    m_model->setNoShowWarnings(noShows);
    m_model->setBookings(bookings);
    for (int column = 0; column + 1 < TodayBoardModel::ColumnCount; ++column)
        m_view->resizeColumnToContents(column);
    updateEmptyState();
    armClock();
}

void TodayBoard::tick()
{
    if (Clock::today(m_zone) != m_day) {
        reload();
        return;
    }
    m_model->setNow(Clock::now());
    updateEmptyState();
    armClock();
}

void TodayBoard::armClock()
{
    // Just after the next whole minute, when state texts and groups change.
    const qint64 now = Clock::nowMs();
    m_clock.start(int(60000 - now % 60000 + 50));
}

QString TodayBoard::currentBookingId() const
{
    return m_view->currentIndex().data(TodayBoardModel::BookingIdRole).toString();
}

void TodayBoard::setCurrentBookingId(const QString &id)
{
    if (id == currentBookingId())
        return;
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    else
        m_view->selectionModel()->clearCurrentIndex();
}

void TodayBoard::triggerNext()
{
    const QModelIndex current = m_view->currentIndex();
    const int action = current.data(TodayBoardModel::NextActionRole).toInt();
    const QString id = currentBookingId();
    if (!m_controller || id.isEmpty() || action < 0)
        return;
    m_controller->trigger(BookingAction(action), id);
}

bool TodayBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier && !currentBookingId().isEmpty()) {
            triggerNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString TodayBoard::countsText() const
{
    QStringList parts;
    if (const int waiting = m_model->count(Group::Waiting))
        parts.append(tr("%n waiting", nullptr, waiting));
    if (const int late = m_model->count(Group::Late))
        parts.append(tr("%n late", nullptr, late));
    return parts.join(QStringLiteral(" · "));
}

QString TodayBoard::emptyText() const
{
    if (m_model->bookingCount() > 0)
        return {};
    if (!m_synced)
        return tr("Not synced yet: today's bookings appear here after the first sync.");
    if (m_offline) {
        return tr("No bookings today in the cache of %1 (offline).")
            .arg(TimeText::dateTime(m_cachedAt, m_zone));
    }
    return tr("No bookings today.");
}

void TodayBoard::updateEmptyState()
{
    QString title = QLocale().toString(m_day, QLocale::LongFormat);
    if (const QString counts = countsText(); !counts.isEmpty())
        title += QStringLiteral(" · ") + counts;
    if (m_offline) {
        title += QStringLiteral(" · ") +
                 tr("offline, cache of %1").arg(TimeText::dateTime(m_cachedAt, m_zone));
    }
    m_title->setText(title);
    const QString empty = emptyText();
    m_empty->setText(empty);
    m_stack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_view) : m_empty);
}
