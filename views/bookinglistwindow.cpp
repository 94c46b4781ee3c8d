#include "bookinglistwindow.h"

#include "bookingtablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>

BookingListWindow::BookingListWindow(BookingTableModel *model, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_account(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Frontdesk"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(BookingTableModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BookingTableModel::StartColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Bookings"));
    setCentralWidget(m_view);

    statusBar()->addWidget(m_account);
    statusBar()->addWidget(m_sync, 1);
    statusBar()->addPermanentWidget(m_count);

    connect(model, &QAbstractItemModel::rowsInserted, this, &BookingListWindow::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &BookingListWindow::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &BookingListWindow::updateCount);
    updateCount();
    resize(1100, 700);
}

void BookingListWindow::setAccountText(const QString &text)
{
    m_account->setText(text);
}

void BookingListWindow::setSyncText(const QString &text)
{
    m_sync->setText(text);
}

void BookingListWindow::updateCount()
{
    m_count->setText(tr("%n booking(s)", nullptr, m_model->rowCount()));
    m_view->resizeColumnsToContents();
}
