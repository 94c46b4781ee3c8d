// MainWindow: the first load of the booking list. Today's bookings and the next ones come
// first, read at once, so that the window paints them whatever the size of the cache; the
// rest arrives from a thread in chunks (BookingTableModel::load) while the status bar
// counts them in.

#include "bookingcache.h"
#include "bookingfilterproxy.h"
#include "bookingtablemodel.h"
#include "clock.h"
#include "mainwindow.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QTableView>

#include <limits>

namespace {

// Read before the first paint: today (the calendar's day, the Today board) and at least this
// many bookings from today on (the list's first screens, which start at today). Each costs
// a random read of the table: 4,000 took 28 ms of SQLite alone.
constexpr int kFirstBookings = 200;

} // namespace

void MainWindow::setUpLoading()
{
    m_loadText = new QLabel(this);
    m_loadText->setObjectName(QStringLiteral("loadText"));
    m_loadText->setAccessibleName(tr("Loading state"));
    m_loadBar = new QProgressBar(this);
    m_loadBar->setObjectName(QStringLiteral("loadBar"));
    m_loadBar->setAccessibleName(tr("Bookings loaded"));
    m_loadBar->setMaximumWidth(160);
    m_loadBar->setTextVisible(false);
    m_loadText->setVisible(false);
    m_loadBar->setVisible(false);
    statusBar()->addPermanentWidget(m_loadText);
    statusBar()->addPermanentWidget(m_loadBar);

    connect(m_model, &BookingTableModel::loadProgress, this, [this](int loaded, int total) {
        const bool first = !m_loadBar->isVisible();
        m_loadText->setText(tr("Loading %Ln booking(s)…", nullptr, total));
        m_loadBar->setRange(0, qMax(total, 1));
        m_loadBar->setValue(loaded);
        m_loadText->setVisible(true);
        m_loadBar->setVisible(true);
        if (first)
            announceStatus(m_loadText, m_loadText->text());
    });
    connect(m_model, &BookingTableModel::loadFinished, this, [this] {
        const bool shown = m_loadBar->isVisible();
        m_loadText->setVisible(false);
        m_loadBar->setVisible(false);
        if (shown)
            statusBar()->showMessage(tr("All %Ln booking(s) loaded.", nullptr, m_model->rowCount()),
                                     5000);
        updateCounts();
    });
    // Chunks still to come follow the list's order, so each lands as one block.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model,
            [this](int column, Qt::SortOrder order) { m_model->setLoadOrder(column, order); });

    // Rows loaded above the first visible one would push it down: while loading, the list
    // keeps showing the same booking at the top.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        m_loadAnchor.clear();
        if (!m_model->isLoading())
            return;
        const int top = m_view->rowAt(0);
        if (top >= 0) {
            const QModelIndex source = m_proxy->mapToSource(m_proxy->index(top, 0));
            m_loadAnchor = m_model->data(source, BookingTableModel::BookingIdRole).toString();
        }
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_loadAnchor.isEmpty())
            return;
        const QModelIndex anchor =
            m_proxy->mapFromSource(m_model->index(m_model->rowOf(m_loadAnchor), 0));
        m_loadAnchor.clear();
        if (!anchor.isValid())
            return;
        // The view lays its rows out later (a zero timer); until then its scroll range is
        // the old one and would cut the scroll short.
        m_view->doItemsLayout();
        m_view->scrollTo(anchor, QAbstractItemView::PositionAtTop);
    });
}

void MainWindow::loadBookings()
{
    const QTimeZone zone = m_settings.timeZone();
    const QDate today = Clock::today(zone);
    BookingTableModel::LoadPlan plan;
    plan.firstFromMs = today.startOfDay(zone).toMSecsSinceEpoch();
    plan.firstToMs = today.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
    // Up to the start of the first booking past the first screens (all of that start time
    // or none of it: the thread reads the rest by start time).
    if (const auto beyond = m_cache->nthStart(plan.firstFromMs, kFirstBookings))
        plan.firstToMs = qMax(plan.firstToMs, *beyond);
    else
        plan.firstToMs = std::numeric_limits<qint64>::max(); // everything from today on
    plan.column =
        m_proxy->sortColumn() < 0 ? BookingTableModel::StartColumn : m_proxy->sortColumn();
    plan.order = m_proxy->sortOrder();
    m_model->load(plan);
}
