#pragma once

#include "booking.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// What the desk needs to know of a customer (a lead) when they call or stand at the desk:
// who they are, how often they came, did not come or cancelled, what is coming up, and every
// booking of theirs. A pure function of the lead's bookings and now: the details panel's
// customer panel, the no-show warning and `frontdesk-cli history` all read it.
class CustomerHistory
{
    Q_DECLARE_TR_FUNCTIONS(CustomerHistory)

public:
    // Customers with this many no-shows in the last 12 months are pointed out wherever their
    // bookings show.
    static constexpr int kWarnNoShows = 2;

    struct Counts
    {
        int completed = 0;
        int noShow = 0;
        int cancelled = 0;
        int upcoming = 0; // confirmed or rescheduled, not started

        friend bool operator==(const Counts &, const Counts &) = default;
    };

    // `bookings` are the lead's (any order; bookings of other leads are ignored). The lead's
    // brief record is taken from the most recently updated booking that carries it.
    static CustomerHistory of(const QString &leadId, const QList<Booking> &bookings,
                              const QDateTime &now);

    QString leadId() const { return m_leadId; }
    std::optional<Lead> lead() const { return m_lead; }
    Counts counts() const { return m_counts; }
    QDateTime lastNoShow() const { return m_lastNoShow; } // invalid: never
    int recentNoShows() const { return m_recentNoShows; } // in the 12 months before now
    bool warns() const { return m_recentNoShows >= kWarnNoShows; }
    // Upcoming bookings first (the next one on top), then the rest newest first.
    const QList<Booking> &bookings() const { return m_bookings; }
    bool isUpcoming(const Booking &booking) const;

    // {"lead": {...API's brief lead...}, "counts": {...}, "bookings": [API-shaped bookings]}
    QJsonObject toJson() const;

    // The start of the no-show warning's window: 12 months before now.
    static QDateTime warningSince(const QDateTime &now) { return now.addYears(-1); }
    // The same window in UTC milliseconds, [since, now] (BookingCache::noShowCounts).
    static std::pair<qint64, qint64> warningWindowMs(const QDateTime &now)
    {
        return {warningSince(now).toMSecsSinceEpoch(), now.toMSecsSinceEpoch()};
    }
    // "2 no-shows in the last 12 months" (translated), for the list, the calendar's tooltip,
    // the Today board and the reschedule dialog.
    static QString warningText(int noShows);
    static bool isUpcoming(const Booking &booking, const QDateTime &now);

private:
    QString m_leadId;
    std::optional<Lead> m_lead;
    Counts m_counts;
    QDateTime m_lastNoShow;
    int m_recentNoShows = 0;
    QDateTime m_now;
    QList<Booking> m_bookings;
};
