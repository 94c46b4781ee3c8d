#pragma once

#include "bookingactioncontroller.h"
#include "bulkactionrunner.h"

#include <QDialog>
#include <QTimeZone>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// One action for several bookings: a preview of what will be sent (bookings the action does
// not fit are listed as skipped), then sending at a bounded rate through BulkActionRunner
// with a result per booking (applied, queued, conflict, refused with the server's reason).
// Stop ends it after the request in flight.
class BulkActionDialog : public QDialog
{
    Q_OBJECT

public:
    BulkActionDialog(BookingActions *actions, BookingActionController::Action action,
                     const QList<Booking> &bookings, const QTimeZone &zone,
                     QWidget *parent = nullptr);

    BulkActionRunner *runner() const { return m_runner; }
    QTableWidget *table() const { return m_table; }
    int sendCount() const { return int(m_items.size()); }
    QString resultText(int row) const;
    void setReason(const QString &reason); // cancellations only

    static QString resultLabel(const ActionOutcome &outcome);

public Q_SLOTS:
    void send();
    void stop();

private:
    void onFinished(int index, const ActionOutcome &outcome);

    BookingActionController::Action m_action;
    BulkActionRunner *m_runner;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_send;
    QPushButton *m_stop;
    QDialogButtonBox *m_buttons;
    QList<BulkActionRunner::Item> m_items;
    QList<int> m_rows; // table row of each item
};
