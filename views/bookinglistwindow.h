#pragma once

#include <QMainWindow>

class BookingTableModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// The main window as far as the foundation goes: every booking in a sortable table and a
// status line. The later main-window work replaces the centre with list, calendar and details.
class BookingListWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit BookingListWindow(BookingTableModel *model, QWidget *parent = nullptr);

    void setAccountText(const QString &text);
    void setSyncText(const QString &text);
    QTableView *tableView() const { return m_view; }

private:
    void updateCount();

    BookingTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_account;
    QLabel *m_sync;
    QLabel *m_count;
};
