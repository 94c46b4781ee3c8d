#pragma once

#include "booking.h"

#include <QDialog>
#include <QTimeZone>

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
