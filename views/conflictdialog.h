#pragma once

#include "booking.h"
#include "outboxentry.h"

#include <QDialog>
#include <QTimeZone>

// A conflict in the outbox in words, never JSON: the booking as the desk saw it before its
// change, as the change would make it, and as the server has it now.
struct ConflictVersions
{
    QString change; // "Move to Tue 24 Nov 11:00"
    QString before;
    QString mine;
    QString theirs;

    static ConflictVersions of(const OutboxEntry &entry, const QTimeZone &zone);
};

// The booking changed on the server since the desk saw it: says what changed, shows both
// versions side by side, and lets the receptionist apply the change anyway (accept) or
// discard it (reject).
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const Booking &seen, const Booking &server, const QString &what,
                   const QString &change, const QTimeZone &zone, QWidget *parent = nullptr);

    static QString versionText(const Booking &booking, const QTimeZone &zone);
};
