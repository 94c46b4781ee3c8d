#pragma once

#include "apiclient.h"
#include "bookingchange.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class BookingCache;

struct ActionOutcome
{
    enum class Result {
        Applied,  // the server has the change; the cache holds the server's answer
        Queued,   // the server could not be reached: the change waits in the outbox
        Conflict, // the booking changed on the server since it was shown: kept for the user
        Refused,  // the server said no (4xx); `error` has its reason
    };

    Result result = Result::Applied;
    std::optional<Booking> booking; // the server's version (Applied, Conflict)
    std::optional<ApiError> error;  // why (Queued, Refused)
    qint64 outboxId = 0;            // the outbox entry (Queued, Conflict)
};

Q_DECLARE_METATYPE(ActionOutcome)

struct ReplayReport
{
    int applied = 0;
    int conflicts = 0;
    int refused = 0;
    int remaining = 0; // still pending (the server could not be reached)
    std::optional<ApiError> error;
};

// Carries out changes to bookings safely (API.md has no ETag): the booking is read again
// first, and if it changed on the server since the desk saw it, nothing is sent and the
// change is kept as a conflict. Changes that cannot reach the server go to the outbox and
// are replayed later in order. Writes are never retried blindly.
class BookingActions : public QObject
{
    Q_OBJECT

public:
    BookingActions(ApiClient *client, BookingCache *cache, QObject *parent = nullptr);

    using Done = std::function<void(const ActionOutcome &)>;

    // `seen` is the booking as the desk saw it when deciding (normally the cached one).
    void apply(const Booking &seen, const BookingChange &change, QObject *context, Done done);
    // Sends without the conflict check ("apply anyway").
    void applyAnyway(const Booking &seen, const BookingChange &change, QObject *context, Done done);

    // Replays pending outbox entries in order; stops at the first one that cannot reach the
    // server. Does nothing (and answers at once) while a replay runs.
    void replayOutbox(QObject *context, std::function<void(const ReplayReport &)> done);
    // A conflict or failed entry: send it anyway (against the server's current version), or
    // drop it.
    void resolve(qint64 outboxId, bool applyAnyway, QObject *context, Done done);
    bool discard(qint64 outboxId, QString *error);
    // Conflicts and refusals the cached booking already reflects (the server has what the
    // desk wanted, by a sync or by the same change made again) leave the outbox, with an
    // audit entry ("settled"). `bookingId` empty: every booking. Returns how many.
    int settleOutbox(const QString &bookingId = {});

    bool isPending(const QString &bookingId) const { return m_inFlight.contains(bookingId); }

    // Who is acting (the signed-in email): every action that ends is written to the cache's
    // audit log under this name, replays of queued changes too.
    void setActor(const QString &actor) { m_actor = actor; }
    QString actor() const { return m_actor; }
    // The audit log's machine name of a change ("reschedule", "set_status", "cancel", "edit",
    // "arrive", "unarrive").
    static QString actionName(const BookingChange &change);

Q_SIGNALS:
    // The cached booking changed (or a request for it started or ended).
    void bookingChanged(const QString &bookingId);
    void outboxChanged();

private:
    struct Run;
    static std::shared_ptr<Run> makeRun(const Booking &seen, const BookingChange &change,
                                        QObject *context, Done done);
    void start(std::shared_ptr<Run> run);
    void onFetched(std::shared_ptr<Run> run, const ApiResult<Booking> &current);
    void send(std::shared_ptr<Run> run, const Booking &current);
    void finish(std::shared_ptr<Run> run, ActionOutcome outcome);
    void replayNext(std::shared_ptr<ReplayReport> report, QList<OutboxEntry> entries,
                    QObject *context, std::function<void(const ReplayReport &)> done);
    void store(const Booking &booking);
    void audit(const Run &run, const ActionOutcome &outcome);
    QString actorName() const;

    ApiClient *m_client;
    BookingCache *m_cache;
    QSet<QString> m_inFlight;
    bool m_replaying = false;
    QString m_actor;
};
