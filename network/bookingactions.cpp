#include "bookingactions.h"

#include "bookingcache.h"
#include "clock.h"
#include "networklogging.h"
#include "outboxentry.h"

#include <QJsonDocument>
#include <QPointer>

struct BookingActions::Run
{
    Booking seen;
    BookingChange change;
    bool checkConflict = true;
    qint64 outboxId = 0; // set when the change already lives in the outbox
    bool replay = false; // a queued change sent again by replayOutbox
    bool hasContext = false;
    QPointer<QObject> context;
    Done done;
};

namespace {

bool changedSince(const Booking &seen, const Booking &current)
{
    if (seen.status != current.status)
        return true;
    // A brief list row has no updated_at (until its detail is fetched): then what the row
    // does carry, its status and times, is all there is to compare.
    if (!seen.updatedAt.isValid() || !current.updatedAt.isValid())
        return seen.startTime != current.startTime || seen.endTime != current.endTime;
    return seen.updatedAt != current.updatedAt;
}

// Whether asking again later may succeed without anyone changing anything: the change is
// kept. A 401 belongs here too: the change waits for the next sign-in.
bool worthKeeping(const ApiError &error)
{
    return error.isTransient() || error.isUnauthorized();
}

// The booking as the outbox entry remembers the desk saw it.
Booking seenFrom(const OutboxEntry &entry)
{
    Booking seen;
    QString ignored;
    if (auto decoded = BookingJson::decodeBookingBody(entry.baseJson, &ignored))
        seen = *decoded;
    seen.id = entry.bookingId;
    seen.status = BookingStatuses::fromWireName(entry.baseStatus).value_or(seen.status);
    seen.updatedAt = entry.baseUpdatedAt;
    return seen;
}

} // namespace

BookingActions::BookingActions(ApiClient *client, BookingCache *cache, QObject *parent)
    : QObject(parent), m_client(client), m_cache(cache)
{}

std::shared_ptr<BookingActions::Run> BookingActions::makeRun(const Booking &seen,
                                                             const BookingChange &change,
                                                             QObject *context, Done done)
{
    auto run = std::make_shared<Run>();
    run->seen = seen;
    run->change = change;
    run->hasContext = context != nullptr;
    run->context = context;
    run->done = std::move(done);
    return run;
}

void BookingActions::apply(const Booking &seen, const BookingChange &change, QObject *context,
                           Done done)
{
    start(makeRun(seen, change, context, std::move(done)));
}

void BookingActions::applyAnyway(const Booking &seen, const BookingChange &change, QObject *context,
                                 Done done)
{
    auto run = makeRun(seen, change, context, std::move(done));
    run->checkConflict = false;
    start(run);
}

void BookingActions::start(std::shared_ptr<Run> run)
{
    m_inFlight.insert(run->seen.id);
    Q_EMIT bookingChanged(run->seen.id);
    // The booking rules, whoever asks (the views ask first, to say so before anything
    // starts; the CLI, bulk actions, undo and replays of queued changes end up here).
    if (const RuleVerdict verdict = run->change.check(run->seen, Clock::now()); !verdict) {
        ActionOutcome outcome;
        outcome.result = ActionOutcome::Result::Refused;
        outcome.error = ApiError::notAllowed(verdict.reason);
        QMetaObject::invokeMethod(
            this, [this, run, outcome] { finish(run, outcome); }, Qt::QueuedConnection);
        return;
    }
    // Read again first: there is no ETag, so this is how someone else's change is noticed.
    m_client->getBooking(run->seen.id, this, [this, run](const ApiResult<Booking> &current) {
        onFetched(run, current);
    });
}

void BookingActions::onFetched(std::shared_ptr<Run> run, const ApiResult<Booking> &current)
{
    ActionOutcome outcome;
    if (!current.ok()) {
        outcome.error = current.error();
        outcome.result = worthKeeping(current.error()) ? ActionOutcome::Result::Queued
                                                       : ActionOutcome::Result::Refused;
        finish(run, outcome);
        return;
    }
    const Booking &server = current.value();
    store(server);
    if (run->change.isReflectedIn(server)) {
        // Sent before (an answer lost on the way) or done by someone else: nothing to send.
        outcome.booking = server;
        finish(run, outcome);
        return;
    }
    if (run->checkConflict && changedSince(run->seen, server)) {
        outcome.result = ActionOutcome::Result::Conflict;
        outcome.booking = server;
        finish(run, outcome);
        return;
    }
    send(run, server);
}

void BookingActions::send(std::shared_ptr<Run> run, const Booking &current)
{
    const QString id = current.id;
    const auto onError = [this, run](const ApiError &error) {
        ActionOutcome outcome;
        outcome.error = error;
        // A write that failed in transit may or may not have reached the server. It is kept
        // and replayed later: the replay reads the booking first and sees whether it landed.
        outcome.result =
            worthKeeping(error) ? ActionOutcome::Result::Queued : ActionOutcome::Result::Refused;
        finish(run, outcome);
    };
    const auto applied = [this, run](const Booking &booking) {
        store(booking);
        ActionOutcome outcome;
        outcome.booking = booking;
        finish(run, outcome);
    };

    if (run->change.kind == BookingChange::Kind::Patch) {
        m_client->updateBooking(id, run->change.patchFor(current), this,
                                [applied, onError](const ApiResult<Booking> &answer) {
                                    if (answer.ok())
                                        applied(answer.value());
                                    else
                                        onError(answer.error());
                                });
        return;
    }

    const auto cancel = [this, id, applied, onError] {
        m_client->cancelBooking(
            id, this, [this, id, applied, onError](const ApiResult<NoContent> &answer) {
                if (!answer.ok()) {
                    onError(answer.error());
                    return;
                }
                // 204 carries nothing: read the booking back so the cache holds the server's
                // version. If that fails, the next sync brings it.
                m_client->getBooking(id, this,
                                     [this, id, applied](const ApiResult<Booking> &after) {
                                         if (after.ok()) {
                                             applied(after.value());
                                             return;
                                         }
                                         std::optional<Booking> cached = m_cache->booking(id);
                                         Booking shown = cached.value_or(Booking{});
                                         shown.status = BookingStatus::Cancelled;
                                         applied(shown);
                                     });
            });
    };
    if (run->change.cancelReason.isEmpty()) {
        cancel();
        return;
    }
    BookingPatch reason;
    QJsonObject metadata = current.metadata;
    metadata.insert(QLatin1String("cancellation_reason"), run->change.cancelReason);
    reason.metadata = metadata;
    m_client->updateBooking(id, reason, this, [cancel, onError](const ApiResult<Booking> &answer) {
        if (answer.ok())
            cancel();
        else
            onError(answer.error());
    });
}

void BookingActions::finish(std::shared_ptr<Run> run, ActionOutcome outcome)
{
    QString error;
    bool outboxTouched = false;
    using Result = ActionOutcome::Result;
    if (outcome.result == Result::Applied) {
        if (run->outboxId != 0) {
            m_cache->removeOutbox(run->outboxId, &error);
            outboxTouched = true;
        }
    } else if (outcome.result == Result::Queued || outcome.result == Result::Conflict ||
               (outcome.result == Result::Refused && run->outboxId != 0)) {
        OutboxEntry entry =
            run->outboxId != 0
                ? m_cache->outboxEntry(run->outboxId).value_or(run->change.toOutboxEntry(run->seen))
                : run->change.toOutboxEntry(run->seen);
        entry.attempts += 1;
        entry.state = outcome.result == Result::Queued     ? OutboxEntry::State::Pending
                      : outcome.result == Result::Conflict ? OutboxEntry::State::Conflict
                                                           : OutboxEntry::State::Failed;
        entry.error = outcome.error ? outcome.error->userMessage() : QString();
        entry.serverJson = outcome.booking ? outcome.booking->json : QByteArray();
        if (run->outboxId != 0) {
            m_cache->updateOutbox(entry, &error);
        } else if (auto id = m_cache->enqueue(entry, &error)) {
            run->outboxId = *id;
        }
        outcome.outboxId = run->outboxId;
        outboxTouched = true;
    }
    if (!error.isEmpty())
        qCWarning(lcNetwork).noquote() << "outbox write failed:" << error;

    qCInfo(lcNetwork).noquote() << "action on" << run->seen.id << "ended:" << int(outcome.result)
                                << (outcome.error ? outcome.error->toLogString() : QString());
    audit(*run, outcome);
    m_inFlight.remove(run->seen.id);
    // The same change made again by hand (or another one that happens to agree) settles an
    // older conflict or refusal of this booking.
    if (outcome.result == ActionOutcome::Result::Applied && settleOutbox(run->seen.id) > 0)
        outboxTouched = false; // settleOutbox announced it
    Q_EMIT bookingChanged(run->seen.id);
    if (outboxTouched)
        Q_EMIT outboxChanged();
    if (!run->hasContext || run->context)
        run->done(outcome);
}

void BookingActions::store(const Booking &booking)
{
    if (booking.id.isEmpty())
        return;
    QString error;
    // The server's full record: it replaces the cached one (a later brief list row is
    // merged over it, so its metadata stays).
    if (!m_cache->storeDetail(booking, std::nullopt, &error))
        qCWarning(lcNetwork).noquote() << "cannot cache" << booking.id << ":" << error;
    Q_EMIT bookingChanged(booking.id);
}

void BookingActions::replayOutbox(QObject *context, std::function<void(const ReplayReport &)> done)
{
    if (m_replaying) {
        ReplayReport busy;
        QMetaObject::invokeMethod(
            this, [done, busy] { done(busy); }, Qt::QueuedConnection);
        return;
    }
    QList<OutboxEntry> pending;
    for (const OutboxEntry &entry : m_cache->outbox()) {
        if (entry.state == OutboxEntry::State::Pending)
            pending.append(entry);
    }
    m_replaying = true;
    replayNext(std::make_shared<ReplayReport>(), pending, context, std::move(done));
}

void BookingActions::replayNext(std::shared_ptr<ReplayReport> report, QList<OutboxEntry> entries,
                                QObject *context, std::function<void(const ReplayReport &)> done)
{
    if (entries.isEmpty()) {
        m_replaying = false;
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        QMetaObject::invokeMethod(
            this,
            [guard, hasContext, report, done] {
                if (!hasContext || guard)
                    done(*report);
            },
            Qt::QueuedConnection);
        return;
    }
    const OutboxEntry entry = entries.takeFirst();
    auto run = std::make_shared<Run>();
    run->seen = seenFrom(entry);
    run->change = BookingChange::fromOutboxEntry(entry);
    run->outboxId = entry.id;
    run->replay = true;
    run->done = [this, report, entries, context, done](const ActionOutcome &outcome) {
        switch (outcome.result) {
        case ActionOutcome::Result::Applied:
            ++report->applied;
            break;
        case ActionOutcome::Result::Conflict:
            ++report->conflicts;
            break;
        case ActionOutcome::Result::Refused:
            ++report->refused;
            break;
        case ActionOutcome::Result::Queued:
            // The server is still out of reach: the rest keeps its order and waits.
            report->remaining = int(entries.size()) + 1;
            report->error = outcome.error;
            replayNext(report, {}, context, done);
            return;
        }
        replayNext(report, entries, context, done);
    };
    start(run);
}

void BookingActions::resolve(qint64 outboxId, bool applyAnyway, QObject *context, Done done)
{
    const std::optional<OutboxEntry> entry = m_cache->outboxEntry(outboxId);
    if (!entry || !applyAnyway) {
        QString error;
        if (entry)
            discard(outboxId, &error);
        ActionOutcome outcome;
        outcome.result = ActionOutcome::Result::Refused;
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, hasContext = context != nullptr, done, outcome] {
                if (!hasContext || guard)
                    done(outcome);
            },
            Qt::QueuedConnection);
        return;
    }
    auto run =
        makeRun(seenFrom(*entry), BookingChange::fromOutboxEntry(*entry), context, std::move(done));
    run->outboxId = outboxId;
    run->checkConflict = false;
    start(run);
}

bool BookingActions::discard(qint64 outboxId, QString *error)
{
    const std::optional<OutboxEntry> entry = m_cache->outboxEntry(outboxId);
    const bool removed = m_cache->removeOutbox(outboxId, error);
    if (removed && entry) {
        const BookingChange change = BookingChange::fromOutboxEntry(*entry);
        AuditEntry record;
        record.at = Clock::now();
        record.actor = actorName();
        record.bookingId = entry->bookingId;
        record.action = actionName(change);
        record.details = change.describe();
        record.beforeJson = entry->baseJson;
        record.afterJson = entry->serverJson;
        record.result = QStringLiteral("discarded");
        record.message = tr("The change was discarded; the server's version stays.");
        QString auditError;
        if (!m_cache->appendAudit(record, &auditError))
            qCWarning(lcNetwork).noquote() << "audit log write failed:" << auditError;
    }
    if (removed)
        Q_EMIT outboxChanged();
    return removed;
}

int BookingActions::settleOutbox(const QString &bookingId)
{
    int settled = 0;
    for (const OutboxEntry &entry : m_cache->outbox()) {
        if (entry.state == OutboxEntry::State::Pending ||
            (!bookingId.isEmpty() && entry.bookingId != bookingId) ||
            m_inFlight.contains(entry.bookingId))
            continue;
        const std::optional<Booking> current = m_cache->booking(entry.bookingId);
        const BookingChange change = BookingChange::fromOutboxEntry(entry);
        if (!current || !change.isReflectedIn(*current))
            continue;
        QString error;
        if (!m_cache->removeOutbox(entry.id, &error)) {
            qCWarning(lcNetwork).noquote() << "outbox write failed:" << error;
            continue;
        }
        ++settled;
        AuditEntry record;
        record.at = Clock::now();
        record.actor = actorName();
        record.bookingId = entry.bookingId;
        record.action = actionName(change);
        record.details = change.describe();
        record.beforeJson = entry.baseJson;
        record.afterJson = current->json;
        record.result = QStringLiteral("settled");
        record.message = tr("The server already has this change; nothing was sent.");
        if (!m_cache->appendAudit(record, &error))
            qCWarning(lcNetwork).noquote() << "audit log write failed:" << error;
    }
    if (settled > 0)
        Q_EMIT outboxChanged();
    return settled;
}

QString BookingActions::actorName() const
{
    // Never an empty actor: the audit log refuses one, and the entry would be lost.
    return m_actor.isEmpty() ? tr("(unknown user)") : m_actor;
}

QString BookingActions::actionName(const BookingChange &change)
{
    if (change.kind == BookingChange::Kind::Cancel)
        return QStringLiteral("cancel");
    if (change.arrival)
        return change.arrival->arrived ? QStringLiteral("arrive") : QStringLiteral("unarrive");
    if (change.patch.startTime || change.patch.endTime)
        return QStringLiteral("reschedule");
    if (change.patch.status)
        return QStringLiteral("set_status");
    return QStringLiteral("edit");
}

void BookingActions::audit(const Run &run, const ActionOutcome &outcome)
{
    static const char *const kResults[] = {"applied", "queued", "conflict", "refused"};
    AuditEntry record;
    record.at = Clock::now();
    record.actor = actorName();
    record.bookingId = run.seen.id;
    record.action = actionName(run.change);
    record.details = run.change.describe();
    if (run.replay)
        record.details = tr("%1 (queued change sent again)").arg(record.details);
    else if (!run.checkConflict)
        record.details = tr("%1 (applied anyway)").arg(record.details);
    record.beforeJson = run.seen.json;
    if (outcome.booking)
        record.afterJson = outcome.booking->json;
    record.result = QString::fromLatin1(kResults[int(outcome.result)]);
    if (outcome.error)
        record.message = outcome.error->userMessage();
    else if (outcome.result == ActionOutcome::Result::Conflict)
        record.message = tr("The booking changed on the server since it was shown.");
    QString error;
    if (!m_cache->appendAudit(record, &error))
        qCWarning(lcNetwork).noquote() << "audit log write failed:" << error;
}
