#pragma once

#include "actionprompter.h"

#include <QStringList>

// Answers BookingActionController's questions from a script and records what was asked,
// so tests run without a modal dialog blocking.
class ScriptedPrompter : public ActionPrompter
{
public:
    bool confirmAnswer = true;
    std::optional<QString> cancelAnswer = QString();
    std::optional<NewTime> timeAnswer;
    std::optional<Details> detailsAnswer;
    ConflictChoice conflictAnswer = ConflictChoice::Discard;

    QStringList confirms;
    QStringList cancels;
    QStringList informs;
    QStringList conflicts;
    QStringList timesAskedFor; // the bookings chooseTime() was asked about
    bool lastInformWasError = false;

    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        confirms.append(text);
        return confirmAnswer;
    }
    std::optional<QString> confirmCancel(QWidget *, const QString &text) override
    {
        cancels.append(text);
        return cancelAnswer;
    }
    std::optional<NewTime> chooseTime(QWidget *, const Booking &booking) override
    {
        timesAskedFor.append(booking.id);
        return timeAnswer;
    }
    std::optional<Details> editDetails(QWidget *, const Booking &) override
    {
        return detailsAnswer;
    }
    ConflictChoice resolveConflict(QWidget *, const Booking &, const Booking &, const QString &what,
                                   const QString &) override
    {
        conflicts.append(what);
        return conflictAnswer;
    }
    void inform(QWidget *, const QString &, const QString &text, bool isError) override
    {
        informs.append(text);
        lastInformWasError = isError;
    }
};
