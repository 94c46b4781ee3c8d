#pragma once

#include "booking.h"

#include <QDateTime>
#include <QString>

#include <optional>

class QWidget;

// Everything BookingActionController asks the receptionist, behind one interface: the app
// uses dialogs (DialogPrompter), tests answer from a script without a modal dialog blocking.
class ActionPrompter
{
public:
    enum class ConflictChoice { ApplyAnyway, Discard };

    struct NewTime
    {
        QDateTime start;
        QDateTime end;
    };

    struct Details
    {
        QString meetingUrl;
        QString notes;
    };

    virtual ~ActionPrompter() = default;

    // A yes/no question; `accept` names the confirming button ("Cancel booking").
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &accept) = 0;
    // The cancellation confirmation with its optional reason; nullopt: not confirmed.
    virtual std::optional<QString> confirmCancel(QWidget *parent, const QString &text) = 0;
    // The reschedule dialog; nullopt: closed without a choice.
    virtual std::optional<NewTime> chooseTime(QWidget *parent, const Booking &booking) = 0;
    // Meeting link and notes; nullopt: closed without saving.
    virtual std::optional<Details> editDetails(QWidget *parent, const Booking &booking) = 0;
    // The booking changed on the server since it was shown; `what` says how, in words.
    virtual ConflictChoice resolveConflict(QWidget *parent, const Booking &seen,
                                           const Booking &server, const QString &what,
                                           const QString &change) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text,
                        bool isError) = 0;
};
