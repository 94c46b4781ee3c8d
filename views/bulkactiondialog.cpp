#include "bulkactiondialog.h"

#include "clock.h"
#include "reschedulecheck.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { CustomerColumn, TimeColumn, StatusColumn, ResultColumn, ColumnCount };

} // namespace

BulkActionDialog::BulkActionDialog(BookingActions *actions, BookingActionController::Action action,
                                   const QList<Booking> &bookings, const QTimeZone &zone,
                                   QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_runner(new BulkActionRunner(actions, this))
    , m_table(new QTableWidget(int(bookings.size()), ColumnCount, this))
    , m_summary(new QLabel(this))
    , m_send(new QPushButton(this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("bulkActionDialog"));
    using Action = BookingActionController::Action;
    BookingChange change;
    switch (action) {
    case Action::Cancel:
        change = BookingChange::cancel();
        setWindowTitle(tr("Cancel several bookings"));
        break;
    case Action::NoShow:
        change = BookingChange::setStatus(BookingStatus::NoShow);
        setWindowTitle(tr("Mark several bookings as no-show"));
        break;
    case Action::Completed:
        change = BookingChange::setStatus(BookingStatus::Completed);
        setWindowTitle(tr("Mark several bookings as completed"));
        break;
    default:
        change = BookingChange::setStatus(BookingStatus::Confirmed);
        setWindowTitle(tr("Set several bookings back to confirmed"));
        break;
    }

    m_table->setHorizontalHeaderLabels({tr("Customer"), tr("Time"), tr("Status"), tr("Result")});
    m_table->setAccessibleName(tr("Bookings to change"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QDateTime now = Clock::now();
    for (int row = 0; row < bookings.size(); ++row) {
        const Booking &booking = bookings.at(row);
        const RuleVerdict verdict = BookingRules::check(action, booking, now);
        const bool fits = verdict && !actions->isPending(booking.id);
        const QString customer =
            booking.lead && !booking.lead->name.isEmpty() ? booking.lead->name : tr("(no name)");
        m_table->setItem(row, CustomerColumn, new QTableWidgetItem(customer));
        m_table->setItem(row, TimeColumn,
                         new QTableWidgetItem(
                             RescheduleCheck::timeRange(booking.startTime, booking.endTime, zone)));
        m_table->setItem(row, StatusColumn,
                         new QTableWidgetItem(BookingStatuses::label(booking.status)));
        m_table->setItem(row, ResultColumn,
                         new QTableWidgetItem(fits ? tr("Will be sent: %1").arg(change.describe())
                                              : verdict
                                                  ? tr("Skipped: a change to it is on its way")
                                                  : tr("Skipped: %1").arg(verdict.reason)));
        if (fits) {
            m_items.append({booking, change});
            m_rows.append(row);
        }
    }
    m_table->resizeColumnsToContents();

    m_send->setText(tr("&Send %n change(s)", nullptr, int(m_items.size())));
    m_send->setEnabled(!m_items.isEmpty());
    m_stop->setEnabled(false);
    m_buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    m_summary->setText(tr("%1 of %n booking(s) will be changed, one after the other.", nullptr,
                          int(bookings.size()))
                           .arg(m_items.size()));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    if (action == Action::Cancel) {
        m_reason = new QLineEdit(this);
        m_reason->setAccessibleName(tr("Reason for the cancellations"));
        m_reason->setPlaceholderText(tr("Optional, e.g. “Practitioner ill”"));
        auto *form = new QFormLayout;
        form->addRow(tr("&Reason:"), m_reason);
        layout->addLayout(form);
    }
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    // Enter closes: sending takes its own button.
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    // Tab in reading order: the reason (made last), the table, the buttons as laid out.
    if (m_reason)
        setTabOrder(m_reason, m_table);
    QWidget *previous = m_table;
    for (int i = 0; i < m_buttons->layout()->count(); ++i) {
        if (QWidget *button = m_buttons->layout()->itemAt(i)->widget()) {
            setTabOrder(previous, button);
            previous = button;
        }
    }

    connect(m_send, &QPushButton::clicked, this, &BulkActionDialog::send);
    connect(m_stop, &QPushButton::clicked, this, &BulkActionDialog::stop);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        // Closing while it runs stops after the request in flight.
        m_runner->cancel();
        reject();
    });
    connect(m_runner, &BulkActionRunner::itemStarted, this, [this](int index) {
        m_table->item(m_rows.at(index), ResultColumn)->setText(tr("Sending…"));
    });
    connect(m_runner, &BulkActionRunner::itemFinished, this, &BulkActionDialog::onFinished);
    connect(m_runner, &BulkActionRunner::finished, this, [this](int completed, bool cancelled) {
        m_stop->setEnabled(false);
        for (int index = completed; index < m_items.size(); ++index)
            m_table->item(m_rows.at(index), ResultColumn)->setText(tr("Not sent (stopped)"));
        m_summary->setText(cancelled ? tr("Stopped after %n booking(s).", nullptr, completed)
                                     : tr("Done: %n booking(s) handled.", nullptr, completed));
    });
    resize(720, 420);
}

void BulkActionDialog::setReason(const QString &reason)
{
    if (m_reason)
        m_reason->setText(reason);
}

void BulkActionDialog::send()
{
    if (m_runner->isRunning() || m_items.isEmpty())
        return;
    if (m_reason) {
        for (BulkActionRunner::Item &item : m_items)
            item.change.cancelReason = m_reason->text().trimmed();
        m_reason->setEnabled(false);
    }
    m_send->setEnabled(false);
    m_stop->setEnabled(true);
    m_runner->start(m_items);
}

void BulkActionDialog::stop()
{
    m_runner->cancel();
}

QString BulkActionDialog::resultText(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, ResultColumn);
    return item ? item->text() : QString();
}

QString BulkActionDialog::resultLabel(const ActionOutcome &outcome)
{
    switch (outcome.result) {
    case ActionOutcome::Result::Applied:
        return tr("Applied");
    case ActionOutcome::Result::Queued:
        return tr("Queued: sent when the server can be reached");
    case ActionOutcome::Result::Conflict:
        return tr("Conflict: changed on the server meanwhile; see the outbox");
    case ActionOutcome::Result::Refused:
        return tr("Refused: %1").arg(outcome.error ? outcome.error->userMessage() : QString());
    }
    return {};
}

void BulkActionDialog::onFinished(int index, const ActionOutcome &outcome)
{
    m_table->item(m_rows.at(index), ResultColumn)->setText(resultLabel(outcome));
    if (outcome.booking) {
        m_table->item(m_rows.at(index), StatusColumn)
            ->setText(BookingStatuses::label(outcome.booking->status));
    }
}
