#include "undohistory.h"

#include "arrival.h"
#include "bookingcache.h"
#include "reschedulecheck.h"

namespace {

bool changedSince(const Booking &seen, const Booking &current)
{
    if (seen.status != current.status || seen.startTime != current.startTime ||
        seen.endTime != current.endTime)
        return true;
    return seen.updatedAt.isValid() && current.updatedAt.isValid() &&
           seen.updatedAt != current.updatedAt;
}

} // namespace

void UndoHistory::record(const Booking &seen, const BookingChange &change, const Booking &after,
                         const BookingCache *cache)
{
    Entry entry;
    entry.bookingId = seen.id;
    entry.after = after;
    entry.label = change.describe();
    if (change.arrival) {
        const std::optional<Arrival> before = Arrival::of(seen);
        entry.reverse = change.arrival->arrived || !before
                            ? BookingChange::unarrive()
                            : BookingChange::arrive(before->at, before->by);
        push(std::move(entry));
        return;
    }
    // The reverse restores the status too: a move makes the server say "rescheduled".
    entry.reverse = BookingChange::setStatus(seen.status);
    if (change.patch.startTime || change.patch.endTime) {
        entry.reverse.action = BookingAction::Reschedule;
        entry.reverse.patch.startTime = seen.startTime;
        entry.reverse.patch.endTime = seen.endTime;
        entry.isMove = true;
        for (const Booking &other :
             RescheduleCheck::overlapping(cache, seen.id, seen.startTime, seen.endTime))
            entry.overlapping.append(other.id);
    }
    push(std::move(entry));
}

void UndoHistory::push(Entry entry)
{
    m_entries.append(std::move(entry));
    while (m_entries.size() > m_depth)
        m_entries.removeFirst();
}

UndoHistory::Obstacle UndoHistory::check(const Entry &entry, const BookingCache *cache,
                                         Booking *takenBy)
{
    const std::optional<Booking> current = cache ? cache->booking(entry.bookingId) : std::nullopt;
    if (!current || changedSince(entry.after, *current))
        return Obstacle::Changed;
    if (!entry.isMove)
        return Obstacle::None;
    for (const Booking &other :
         RescheduleCheck::overlapping(cache, entry.bookingId, *entry.reverse.patch.startTime,
                                      *entry.reverse.patch.endTime)) {
        if (!entry.overlapping.contains(other.id)) {
            if (takenBy)
                *takenBy = other;
            return Obstacle::Taken;
        }
    }
    return Obstacle::None;
}
