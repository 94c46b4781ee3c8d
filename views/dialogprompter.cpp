#include "dialogprompter.h"

#include "bookingcache.h"
#include "clock.h"
#include "conflictdialog.h"
#include "customerhistory.h"
#include "rescheduledialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

bool DialogPrompter::confirm(QWidget *parent, const QString &title, const QString &text,
                             const QString &accept)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(accept, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(tr("Keep as it is"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

std::optional<QString> DialogPrompter::confirmCancel(QWidget *parent, const QString &text)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("cancelBookingDialog"));
    dialog.setWindowTitle(tr("Cancel booking"));
    auto *label = new QLabel(text, &dialog);
    label->setWordWrap(true);
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("cancelReason"));
    reason->setAccessibleName(tr("Reason for the cancellation"));
    reason->setPlaceholderText(tr("Optional, e.g. “Practitioner ill”"));
    reason->setMaxLength(500);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *yes = buttons->addButton(tr("Cancel booking"), QDialogButtonBox::AcceptRole);
    QPushButton *no = buttons->addButton(tr("Keep booking"), QDialogButtonBox::RejectRole);
    no->setDefault(true);
    yes->setAutoDefault(false);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), reason);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(460, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return reason->text();
}

std::optional<ActionPrompter::NewTime> DialogPrompter::chooseTime(QWidget *parent,
                                                                  const Booking &booking)
{
    RescheduleDialog dialog(m_client, booking, m_zone, parent);
    if (m_cache && !booking.leadId.isEmpty()) {
        BookingQuery query;
        query.leadId = booking.leadId;
        const CustomerHistory history =
            CustomerHistory::of(booking.leadId, m_cache->bookings(query), Clock::now());
        if (history.warns())
            dialog.setNoShowWarning(CustomerHistory::warningText(history.recentNoShows()));
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosen();
}

std::optional<ActionPrompter::Details> DialogPrompter::editDetails(QWidget *parent,
                                                                   const Booking &booking)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("editDetailsDialog"));
    dialog.setWindowTitle(tr("Meeting link and notes"));
    auto *url = new QLineEdit(booking.meetingUrl, &dialog);
    url->setAccessibleName(tr("Meeting link"));
    url->setPlaceholderText(QStringLiteral("https://"));
    auto *notes = new QPlainTextEdit(booking.notes(), &dialog);
    notes->setAccessibleName(tr("Notes"));
    notes->setTabChangesFocus(true);
    auto *problem = new QLabel(&dialog);
    problem->setStyleSheet(QStringLiteral("color: #b02a37;"));
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    const auto check = [url, problem, buttons] {
        const QString text = url->text().trimmed();
        const QUrl parsed(text, QUrl::StrictMode);
        const bool ok = text.isEmpty() || (parsed.isValid() &&
                                           (parsed.scheme() == QLatin1String("https") ||
                                            parsed.scheme() == QLatin1String("http")) &&
                                           !parsed.host().isEmpty());
        problem->setText(ok ? QString() : tr("The meeting link must be an http(s):// address."));
        buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    };
    QObject::connect(url, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Meeting &link:"), url);
    form->addRow(QString(), problem);
    form->addRow(tr("&Notes:"), notes);
    form->addRow(buttons);
    check();
    dialog.resize(480, 320);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Details{url->text().trimmed(), notes->toPlainText()};
}

ActionPrompter::ConflictChoice DialogPrompter::resolveConflict(QWidget *parent, const Booking &seen,
                                                               const Booking &server,
                                                               const QString &what,
                                                               const QString &change)
{
    ConflictDialog dialog(seen, server, what, change, m_zone, parent);
    return dialog.exec() == QDialog::Accepted ? ConflictChoice::ApplyAnyway
                                              : ConflictChoice::Discard;
}

void DialogPrompter::inform(QWidget *parent, const QString &title, const QString &text,
                            bool isError)
{
    QMessageBox box(isError ? QMessageBox::Warning : QMessageBox::Information, title, text,
                    QMessageBox::Ok, parent);
    box.exec();
}
