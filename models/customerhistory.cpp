#include "customerhistory.h"

#include "bookingjson.h"

#include <QJsonArray>

#include <algorithm>

bool CustomerHistory::isUpcoming(const Booking &booking, const QDateTime &now)
{
    return (booking.status == BookingStatus::Confirmed ||
            booking.status == BookingStatus::Rescheduled) &&
           booking.startTime > now;
}

bool CustomerHistory::isUpcoming(const Booking &booking) const
{
    return isUpcoming(booking, m_now);
}

CustomerHistory CustomerHistory::of(const QString &leadId, const QList<Booking> &bookings,
                                    const QDateTime &now)
{
    CustomerHistory history;
    history.m_leadId = leadId;
    history.m_now = now;
    const QDateTime since = warningSince(now);
    const Booking *leadSource = nullptr;
    for (const Booking &booking : bookings) {
        if (leadId.isEmpty() || booking.leadId != leadId)
            continue;
        history.m_bookings.append(booking);
        switch (booking.status) {
        case BookingStatus::Completed:
            ++history.m_counts.completed;
            break;
        case BookingStatus::NoShow:
            ++history.m_counts.noShow;
            if (!history.m_lastNoShow.isValid() || booking.startTime > history.m_lastNoShow)
                history.m_lastNoShow = booking.startTime;
            if (booking.startTime >= since && booking.startTime <= now)
                ++history.m_recentNoShows;
            break;
        case BookingStatus::Cancelled:
            ++history.m_counts.cancelled;
            break;
        case BookingStatus::Confirmed:
        case BookingStatus::Rescheduled:
            history.m_counts.upcoming += isUpcoming(booking, now) ? 1 : 0;
            break;
        }
        const auto updated = [](const Booking &b) {
            return b.updatedAt.isValid() ? b.updatedAt : b.createdAt;
        };
        if (booking.lead && (!leadSource || updated(booking) > updated(*leadSource)))
            leadSource = &booking;
    }
    if (leadSource)
        history.m_lead = leadSource->lead;
    // The next appointment on top (the question asked most), later ones below it; then the
    // past and the cancelled, newest first. Ties by id, so the order never flickers.
    std::stable_sort(history.m_bookings.begin(), history.m_bookings.end(),
                     [&](const Booking &a, const Booking &b) {
                         const bool aUp = isUpcoming(a, now);
                         const bool bUp = isUpcoming(b, now);
                         if (aUp != bUp)
                             return aUp;
                         if (a.startTime != b.startTime)
                             return aUp ? a.startTime < b.startTime : a.startTime > b.startTime;
                         return a.id < b.id;
                     });
    return history;
}

QJsonObject CustomerHistory::toJson() const
{
    QJsonValue lead;
    QJsonArray bookings;
    for (const Booking &booking : m_bookings) {
        const QJsonObject encoded = BookingJson::encode(booking);
        if (m_lead && booking.lead == m_lead && lead.isNull())
            lead = encoded.value(QLatin1String("lead"));
        bookings.append(encoded);
    }
    if (lead.isNull() && !m_leadId.isEmpty())
        lead = QJsonObject{{QStringLiteral("id"), m_leadId}};
    return QJsonObject{
        {QStringLiteral("lead"), lead},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("completed"), m_counts.completed},
                                               {QStringLiteral("no_show"), m_counts.noShow},
                                               {QStringLiteral("cancelled"), m_counts.cancelled},
                                               {QStringLiteral("upcoming"), m_counts.upcoming}}},
        {QStringLiteral("bookings"), bookings},
    };
}

QString CustomerHistory::warningText(int noShows)
{
    return tr("%n no-show(s) in the last 12 months", nullptr, noShows);
}
