#pragma once

// What the desk tests (tst_customerdesk, tst_keyboardtasks) do with the dev server behind a
// desk's back: read a booking as the server has it, move one as someone else would, and
// move one while the server cannot be reached.
#include "awaitcallback.h"
#include "bookingchange.h"
#include "bookingpatch.h"
#include "syncedactions.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace DeskServer {

// The booking `id` as the server has it now; nullopt when it did not answer with one.
inline std::optional<Booking> booking(SyncedActions &fx, const QString &id)
{
    const auto answer = awaitCallback<ApiResult<Booking>>(
        [&](QObject *context, auto done) { fx.client->getBooking(id, context, done); });
    if (!answer || !answer->ok())
        return std::nullopt;
    return answer->value();
}

// Someone else moves the booking on the server (another desk, the AI receptionist) to
// `start`, 30 minutes long; true when the server took it.
inline bool moveElsewhere(SyncedActions &fx, const QString &id, const QDateTime &start)
{
    BookingPatch patch;
    patch.startTime = start;
    patch.endTime = start.addSecs(30 * 60);
    patch.status = BookingStatus::Rescheduled;
    const auto answer = awaitCallback<ApiResult<Booking>>(
        [&](QObject *context, auto done) { fx.client->updateBooking(id, patch, context, done); });
    return answer && answer->ok();
}

// The desk moves `seen` to `start` (30 minutes long) while the server cannot be reached:
// the outcome of the action (Queued, with its outbox id, when it went to the outbox).
inline std::optional<ActionOutcome> moveUnreachable(SyncedActions &fx, const Booking &seen,
                                                    const QDateTime &start)
{
    const QUrl server = fx.client->baseUrl();
    fx.client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    const auto outcome = awaitCallback<ActionOutcome>([&](QObject *context, auto done) {
        fx.actions->apply(seen, BookingChange::reschedule(start, start.addSecs(30 * 60)), context,
                          done);
    });
    fx.client->setBaseUrl(server);
    return outcome;
}

} // namespace DeskServer
