#pragma once

#include "actionprompter.h"
#include "bookingactions.h"
#include "undohistory.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <memory>

class ApiClient;
class BookingCache;
class QWidget;

// The desk's booking actions as the list, the details panel and the calendar use them:
// given a booking id (or several) it asks what needs asking (ActionPrompter), sends the
// change through BookingActions, reports the outcome (the server's reason on a refusal,
// the conflict with both versions, "queued" when offline) and keeps the undo history.
// Views only say what the desk wants; they never send anything themselves.
class BookingActionController : public QObject
{
    Q_OBJECT

public:
    using Action = BookingAction;

    BookingActionController(ApiClient *client, BookingActions *actions, const BookingCache *cache,
                            QWidget *dialogParent);
    ~BookingActionController() override;

    // Default: dialogs (DialogPrompter). Tests give a scripted one.
    void setPrompter(std::unique_ptr<ActionPrompter> prompter);
    ActionPrompter *prompter() const { return m_prompter.get(); }
    // The zone times are shown in (default: the system's).
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    // Whether the rules (BookingRules) allow `action` for the cached booking now, and no
    // request for it runs.
    bool isAvailable(Action action, const QString &id) const;

    bool canUndo() const { return !m_undo.isEmpty(); }
    QString undoText() const; // "Undo Mark as No-show" or empty
    BookingActions *actions() const { return m_actions; }

public Q_SLOTS:
    // A drop in the calendar or a keyboard move: confirmation (old -> new time, a
    // daylight-saving change between them, not an offered slot, overlaps) then PATCH.
    void rescheduleTo(const QString &id, const QDateTime &start, const QDateTime &end);
    void reschedule(const QString &id); // the reschedule dialog
    void markNoShow(const QString &id);
    void markCompleted(const QString &id);
    void markConfirmed(const QString &id);
    void cancel(const QString &id);
    void editDetails(const QString &id);
    // The customer is at the desk, or was marked so by mistake: no question asked (Ctrl+Z
    // takes it back), through the same path as every change.
    void markArrived(const QString &id);
    void unmarkArrived(const QString &id);
    // Any of the single-booking actions by its name (views with a generic "do this" entry).
    void trigger(Action action, const QString &id);
    // Several bookings at once: a preview, sending at a bounded rate, a result per booking.
    void bulk(Action action, const QStringList &ids);
    void undo();

Q_SIGNALS:
    // An action ended (ActionOutcome::Result), or was not sent (-1: declined, not possible).
    void finished(const QString &id, int result);
    void statusMessage(const QString &text);
    void undoChanged();

private:
    std::optional<Booking> bookingFor(const QString &id, Action action);
    void confirmMove(const Booking &booking, const QDateTime &start, const QDateTime &end,
                     const std::optional<QList<TimeSlot>> &offered);
    void setStatus(const QString &id, Action action, BookingStatus status);
    void run(const Booking &seen, const BookingChange &change, bool undoable);
    void handle(const Booking &seen, const BookingChange &change, bool undoable,
                const ActionOutcome &outcome);
    void undoFinished(const UndoHistory::Entry &entry, const ActionOutcome &outcome);
    QString conflictText(const Booking &seen, const Booking &server) const;
    QString customerAndTime(const Booking &booking) const;

    ApiClient *m_client;
    BookingActions *m_actions;
    const BookingCache *m_cache;
    QPointer<QWidget> m_parent;
    std::unique_ptr<ActionPrompter> m_prompter;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    UndoHistory m_undo;
};
