#include "bookingactioncontroller.h"

#include "apiclient.h"
#include "bookingcache.h"
#include "bulkactiondialog.h"
#include "clock.h"
#include "dialogprompter.h"
#include "reschedulecheck.h"
#include "timetext.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QWidget>

Q_LOGGING_CATEGORY(lcActions, "frontdesk.views.actions")

namespace {

constexpr int kNotSent = -1;
// A bulk action sends one request after the other at a bounded rate: 500 take under two
// minutes at five a second, and the preview stays readable.
constexpr qsizetype kMaxBulk = 500;

} // namespace

BookingActionController::BookingActionController(ApiClient *client, BookingActions *actions,
                                                 const BookingCache *cache, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_client(client)
    , m_actions(actions)
    , m_cache(cache)
    , m_parent(dialogParent)
    , m_prompter(std::make_unique<DialogPrompter>(client, cache))
{}

BookingActionController::~BookingActionController() = default;

void BookingActionController::setPrompter(std::unique_ptr<ActionPrompter> prompter)
{
    m_prompter = std::move(prompter);
}

void BookingActionController::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    if (auto *dialogs = dynamic_cast<DialogPrompter *>(m_prompter.get()))
        dialogs->setTimeZone(m_zone);
}

bool BookingActionController::isAvailable(Action action, const QString &id) const
{
    if (id.isEmpty() || !m_cache || (m_actions && m_actions->isPending(id)))
        return false;
    const std::optional<Booking> booking = m_cache->booking(id);
    return booking && BookingRules::allows(action, *booking, Clock::now());
}

QString BookingActionController::undoText() const
{
    return m_undo.isEmpty() ? QString() : tr("Undo %1").arg(m_undo.last().label);
}

std::optional<Booking> BookingActionController::bookingFor(const QString &id, Action action)
{
    const std::optional<Booking> booking = m_cache ? m_cache->booking(id) : std::nullopt;
    if (!booking) {
        m_prompter->inform(m_parent, tr("Booking not found"),
                           tr("This booking is not in the local cache any more."), true);
    } else if (m_actions->isPending(id)) {
        m_prompter->inform(m_parent, tr("Please wait"),
                           tr("A change to this booking is still on its way to the server."),
                           false);
    } else if (const RuleVerdict verdict = BookingRules::check(action, *booking, Clock::now());
               !verdict) {
        m_prompter->inform(m_parent, tr("Not possible"), verdict.reason, true);
    } else {
        return booking;
    }
    Q_EMIT finished(id, kNotSent);
    return std::nullopt;
}

QString BookingActionController::customerAndTime(const Booking &booking) const
{
    const QString customer =
        booking.lead && !booking.lead->name.isEmpty() ? booking.lead->name : tr("(no name)");
    return tr("%1 on %2")
        .arg(customer, RescheduleCheck::timeRange(booking.startTime, booking.endTime, m_zone));
}

void BookingActionController::rescheduleTo(const QString &id, const QDateTime &start,
                                           const QDateTime &end)
{
    const std::optional<Booking> booking = bookingFor(id, Action::Reschedule);
    if (!booking)
        return;
    if (const RuleVerdict verdict = BookingRules::checkNewTime(start, end, Clock::now());
        !verdict) {
        m_prompter->inform(m_parent, tr("Reschedule"), verdict.reason, true);
        Q_EMIT finished(id, kNotSent);
        return;
    }
    // Whether the new time is offered is the server's knowledge: ask for that day's slots.
    const QDate day = RescheduleCheck::dayIn(start, m_zone);
    const Booking seen = *booking;
    m_client->availableSlots(day.addDays(-1), day.addDays(1), this,
                             [this, seen, start, end](const ApiResult<SlotList> &offered) {
                                 if (offered.ok())
                                     confirmMove(seen, start, end, offered.value().timeSlots);
                                 else
                                     confirmMove(seen, start, end, std::nullopt);
                             });
}

void BookingActionController::confirmMove(const Booking &booking, const QDateTime &start,
                                          const QDateTime &end,
                                          const std::optional<QList<TimeSlot>> &offered)
{
    QStringList lines;
    lines.append(tr("Move the booking of %1?")
                     .arg(booking.lead && !booking.lead->name.isEmpty() ? booking.lead->name
                                                                        : tr("(no name)")));
    lines.append(
        tr("From: %1").arg(RescheduleCheck::timeRange(booking.startTime, booking.endTime, m_zone)));
    lines.append(tr("To: %1").arg(RescheduleCheck::timeRange(start, end, m_zone)));
    if (RescheduleCheck::offsetChangesBetween(booking.startTime, start, m_zone)) {
        lines.append(tr("Note: the clocks change (daylight saving time) between the old and "
                        "the new time; the times above are both local times in %1.")
                         .arg(QString::fromUtf8(m_zone.id())));
    }
    if (!offered) {
        lines.append(tr("Whether the new time is an available slot could not be checked "
                        "(the server cannot be reached)."));
    } else if (!RescheduleCheck::isOffered(*offered, start, end)) {
        lines.append(tr("Warning: the new time is not one of the available slots."));
    }
    const QList<Booking> overlaps = RescheduleCheck::overlapping(m_cache, booking.id, start, end);
    for (const Booking &other : overlaps)
        lines.append(tr("Warning: it overlaps the booking of %1.").arg(customerAndTime(other)));

    if (!m_prompter->confirm(m_parent, tr("Reschedule booking"), lines.join(u'\n'),
                             tr("Reschedule"))) {
        Q_EMIT finished(booking.id, kNotSent);
        return;
    }
    run(booking, BookingChange::reschedule(start, end), true);
}

void BookingActionController::reschedule(const QString &id)
{
    const std::optional<Booking> booking = bookingFor(id, Action::Reschedule);
    if (!booking)
        return;
    const std::optional<ActionPrompter::NewTime> time = m_prompter->chooseTime(m_parent, *booking);
    if (!time) {
        Q_EMIT finished(id, kNotSent);
        return;
    }
    // The dialog has shown the change plainly and warned about a custom time: no second
    // question.
    run(*booking, BookingChange::reschedule(time->start, time->end), true);
}

void BookingActionController::markNoShow(const QString &id)
{
    setStatus(id, Action::NoShow, BookingStatus::NoShow);
}

void BookingActionController::markCompleted(const QString &id)
{
    setStatus(id, Action::Completed, BookingStatus::Completed);
}

void BookingActionController::markConfirmed(const QString &id)
{
    setStatus(id, Action::Confirmed, BookingStatus::Confirmed);
}

void BookingActionController::setStatus(const QString &id, Action action, BookingStatus status)
{
    const std::optional<Booking> booking = bookingFor(id, action);
    if (!booking)
        return;
    QString question;
    switch (status) {
    case BookingStatus::NoShow:
        question = tr("Mark the booking of %1 as no-show?");
        break;
    case BookingStatus::Completed:
        question = tr("Mark the booking of %1 as completed?");
        break;
    default:
        question = tr("Set the booking of %1 back to confirmed?");
        break;
    }
    if (!m_prompter->confirm(m_parent, tr("Change status"), question.arg(customerAndTime(*booking)),
                             tr("Mark as %1").arg(BookingStatuses::label(status)))) {
        Q_EMIT finished(id, kNotSent);
        return;
    }
    run(*booking, BookingChange::setStatus(status), true);
}

void BookingActionController::cancel(const QString &id)
{
    const std::optional<Booking> booking = bookingFor(id, Action::Cancel);
    if (!booking)
        return;
    const std::optional<QString> reason = m_prompter->confirmCancel(
        m_parent, tr("Cancel the booking of %1? The customer's slot becomes free again.")
                      .arg(customerAndTime(*booking)));
    if (!reason) {
        Q_EMIT finished(id, kNotSent);
        return;
    }
    run(*booking, BookingChange::cancel(reason->trimmed()), false);
}

void BookingActionController::editDetails(const QString &id)
{
    const std::optional<Booking> booking = bookingFor(id, Action::EditDetails);
    if (!booking)
        return;
    const std::optional<ActionPrompter::Details> details =
        m_prompter->editDetails(m_parent, *booking);
    if (!details) {
        Q_EMIT finished(id, kNotSent);
        return;
    }
    const QString link = details->meetingUrl.trimmed();
    const BookingChange change = BookingChange::editDetails(
        link != booking->meetingUrl ? std::optional<QString>(link) : std::nullopt,
        details->notes != booking->notes() ? std::optional<QString>(details->notes) : std::nullopt);
    if (change.patch.isEmpty() && !change.notes) {
        Q_EMIT statusMessage(tr("Nothing changed."));
        Q_EMIT finished(id, kNotSent);
        return;
    }
    run(*booking, change, false);
}

void BookingActionController::markArrived(const QString &id)
{
    const std::optional<Booking> booking = bookingFor(id, Action::Arrive);
    if (booking)
        run(*booking, BookingChange::arrive(Clock::now(), m_actions->actor()), true);
}

void BookingActionController::unmarkArrived(const QString &id)
{
    const std::optional<Booking> booking = bookingFor(id, Action::Unarrive);
    if (booking)
        run(*booking, BookingChange::unarrive(), true);
}

void BookingActionController::trigger(Action action, const QString &id)
{
    switch (action) {
    case Action::Reschedule:
        reschedule(id);
        break;
    case Action::NoShow:
        markNoShow(id);
        break;
    case Action::Completed:
        markCompleted(id);
        break;
    case Action::Confirmed:
        markConfirmed(id);
        break;
    case Action::Cancel:
        cancel(id);
        break;
    case Action::EditDetails:
        editDetails(id);
        break;
    case Action::Arrive:
        markArrived(id);
        break;
    case Action::Unarrive:
        unmarkArrived(id);
        break;
    }
}

void BookingActionController::bulk(Action action, const QStringList &ids)
{
    if (ids.size() > kMaxBulk) {
        m_prompter->inform(m_parent, tr("Too many bookings"),
                           tr("Please select at most %1 bookings at once (%2 are selected).")
                               .arg(kMaxBulk)
                               .arg(ids.size()),
                           true);
        return;
    }
    QList<Booking> bookings;
    for (const QString &id : ids) {
        if (std::optional<Booking> booking = m_cache ? m_cache->booking(id) : std::nullopt)
            bookings.append(*booking);
    }
    if (bookings.isEmpty())
        return;
    auto *dialog = new BulkActionDialog(m_actions, action, bookings, m_zone, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BookingActionController::run(const Booking &seen, const BookingChange &change, bool undoable)
{
    qCInfo(lcActions).noquote() << "sending" << BookingActions::actionName(change) << "for"
                                << seen.id;
    m_actions->apply(seen, change, this,
                     [this, seen, change, undoable](const ActionOutcome &outcome) {
                         handle(seen, change, undoable, outcome);
                     });
}

void BookingActionController::handle(const Booking &seen, const BookingChange &change,
                                     bool undoable, const ActionOutcome &outcome)
{
    using Result = ActionOutcome::Result;
    switch (outcome.result) {
    case Result::Applied:
        Q_EMIT statusMessage(tr("Done: %1").arg(change.describe()));
        if (undoable && outcome.booking) {
            m_undo.record(seen, change, *outcome.booking, m_cache);
            Q_EMIT undoChanged();
        }
        break;
    case Result::Queued:
        Q_EMIT statusMessage(
            tr("Queued: %1. It is sent when the server can be reached (%2)")
                .arg(change.describe(), outcome.error ? outcome.error->userMessage() : QString()));
        break;
    case Result::Refused:
        // The cache was not changed, so list, details and calendar still show the old state.
        if (outcome.error && outcome.error->kind == ApiError::Kind::NotAllowed) {
            m_prompter->inform(m_parent, tr("Not possible"), outcome.error->userMessage(), true);
            break;
        }
        m_prompter->inform(
            m_parent, tr("Not changed"),
            tr("The server refused “%1”: %2")
                .arg(change.describe(), outcome.error ? outcome.error->userMessage() : QString()),
            true);
        break;
    case Result::Conflict: {
        const Booking server = outcome.booking.value_or(seen);
        const auto choice = m_prompter->resolveConflict(
            m_parent, seen, server, conflictText(seen, server), change.describe());
        if (choice == ActionPrompter::ConflictChoice::ApplyAnyway) {
            m_actions->resolve(outcome.outboxId, true, this,
                               [this, server, change, undoable](const ActionOutcome &second) {
                                   handle(server, change, undoable, second);
                               });
            return; // the second outcome reports
        }
        QString error;
        if (!m_actions->discard(outcome.outboxId, &error))
            qCWarning(lcActions).noquote() << "discarding a conflict failed:" << error;
        Q_EMIT statusMessage(tr("Discarded: %1").arg(change.describe()));
        break;
    }
    }
    Q_EMIT finished(seen.id, int(outcome.result));
}

QString BookingActionController::conflictText(const Booking &seen, const Booking &server) const
{
    QStringList lines;
    if (seen.startTime != server.startTime || seen.endTime != server.endTime) {
        lines.append(
            tr("The server moved this booking from %1 to %2 since you opened it.")
                .arg(RescheduleCheck::timeRange(seen.startTime, seen.endTime, m_zone),
                     RescheduleCheck::timeRange(server.startTime, server.endTime, m_zone)));
    }
    if (seen.status != server.status) {
        lines.append(
            tr("Its status on the server is now “%1” (it was “%2”).")
                .arg(BookingStatuses::label(server.status), BookingStatuses::label(seen.status)));
    }
    if (seen.meetingUrl != server.meetingUrl)
        lines.append(tr("Its meeting link was changed."));
    if (seen.metadata != server.metadata)
        lines.append(tr("Its notes or details were changed."));
    if (lines.isEmpty()) {
        lines.append(tr("Someone changed this booking on the server at %1 since you opened it.")
                         .arg(TimeText::dateTime(server.updatedAt, m_zone)));
    }
    return lines.join(u'\n');
}

void BookingActionController::undo()
{
    if (m_undo.isEmpty())
        return;
    const UndoHistory::Entry entry = m_undo.takeLast();
    Q_EMIT undoChanged();
    Booking taken;
    QString why;
    switch (UndoHistory::check(entry, m_cache, &taken)) {
    case UndoHistory::Obstacle::Changed:
        why = tr("the booking has changed since.");
        break;
    case UndoHistory::Obstacle::Taken:
        why = tr("the old time is now taken by the booking of %1.").arg(customerAndTime(taken));
        break;
    case UndoHistory::Obstacle::None:
        if (m_actions->isPending(entry.bookingId))
            why = tr("a change to this booking is still on its way to the server.");
        else if (const RuleVerdict verdict = entry.reverse.check(entry.after, Clock::now());
                 !verdict)
            why = verdict.reason;
        break;
    }
    if (!why.isEmpty()) {
        m_prompter->inform(m_parent, tr("Undo"),
                           tr("“%1” can no longer be undone: %2").arg(entry.label, why), true);
        Q_EMIT finished(entry.bookingId, kNotSent);
        return;
    }
    // `after` as the seen version: if the server changed the booking since, the re-read
    // sees a conflict and nothing is sent.
    m_actions->apply(entry.after, entry.reverse, this,
                     [this, entry](const ActionOutcome &outcome) { undoFinished(entry, outcome); });
}

void BookingActionController::undoFinished(const UndoHistory::Entry &entry,
                                           const ActionOutcome &outcome)
{
    if (outcome.result == ActionOutcome::Result::Conflict) {
        QString error;
        m_actions->discard(outcome.outboxId, &error);
        m_prompter->inform(
            m_parent, tr("Undo"),
            tr("“%1” can no longer be undone: the booking was changed on the server since.")
                .arg(entry.label),
            true);
        Q_EMIT finished(entry.bookingId, int(outcome.result));
        return;
    }
    handle(entry.after, entry.reverse, false, outcome);
}
