#include "notificationplanner.h"

#include "arrival.h"
#include "booking.h"
#include "bookingactions.h"
#include "bookingcache.h"
#include "clock.h"
#include "syncengine.h"
#include "timetext.h"

#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>
#include <chrono>
#include <numeric>

Q_LOGGING_CATEGORY(lcNotifications, "frontdesk.notifications", QtInfoMsg)

namespace {

// Lateness is looked for among bookings that started up to this long ago: longer bookings
// are rare, and a late notice half a day in would help nobody.
constexpr qint64 kLateLookbackSecs = 12 * 3600;
// A summary names this many bookings and counts the rest.
constexpr int kSummaryLines = 3;
// The snapshot covers yesterday to this many days ahead in the display zone: the days a desk
// works with, which DetailFetcher keeps full records of too.
constexpr int kSnapshotDaysAhead = 14;
// Bookings read by id at once (SQLite limits the number of variables in one statement).
constexpr qsizetype kIdChunk = 500;

QStringList withoutDuplicates(const QStringList &ids, const QSet<QString> &skip = {})
{
    QStringList result;
    QSet<QString> seen = skip;
    for (const QString &id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            result.append(id);
        }
    }
    return result;
}

void sortByStart(QList<Booking> &bookings)
{
    std::stable_sort(bookings.begin(), bookings.end(),
                     [](const Booking &a, const Booking &b) { return a.startTime < b.startTime; });
}

} // namespace

NotificationPlanner::NotificationPlanner(BookingCache *cache, QObject *parent)
    : QObject(parent), m_cache(cache), m_zone(m_settings.timeZone())
{
    m_timer.setInterval(std::chrono::minutes(1));
    connect(&m_timer, &QTimer::timeout, this, &NotificationPlanner::checkTime);
    if (m_cache->isOpen())
        rebuildSnapshot();
}

void NotificationPlanner::watch(SyncEngine *engine)
{
    connect(engine, &SyncEngine::syncStarted, this, &NotificationPlanner::onSyncStarted);
    connect(engine, &SyncEngine::bookingsWritten, this, &NotificationPlanner::onBookingsWritten);
    connect(engine, &SyncEngine::syncFinished, this, &NotificationPlanner::onSyncFinished);
}

void NotificationPlanner::watch(BookingActions *actions)
{
    connect(actions, &BookingActions::bookingChanged, this,
            &NotificationPlanner::onBookingChangedHere);
}

void NotificationPlanner::setSettings(const AppSettings &settings)
{
    m_settings = settings;
    m_zone = settings.timeZone();
}

void NotificationPlanner::start()
{
    m_timer.start();
    // Queued: the owner connects notify() after start() as often as before it.
    QMetaObject::invokeMethod(this, &NotificationPlanner::checkTime, Qt::QueuedConnection);
}

void NotificationPlanner::stop()
{
    m_timer.stop();
}

void NotificationPlanner::reset()
{
    m_snapshot.clear();
    m_snapshotPath.clear();
    m_snapshotDay = QDate();
    m_own.clear();
    m_inPass = false;
    m_passInserted.clear();
    m_passChanged.clear();
    m_reminded.clear();
    m_toldLate.clear();
}

NotificationPlanner::State NotificationPlanner::stateOf(const Booking &booking)
{
    return {booking.startTime, booking.endTime, booking.status};
}

void NotificationPlanner::rebuildSnapshot()
{
    m_snapshot.clear();
    m_snapshotPath = m_cache->filePath();
    m_snapshotDay = Clock::today(m_zone);
    if (!m_cache->isOpen())
        return;
    BookingQuery query;
    query.from = m_snapshotDay.addDays(-1).startOfDay(m_zone);
    query.to = m_snapshotDay.addDays(kSnapshotDaysAhead + 1).startOfDay(m_zone);
    for (const Booking &booking : m_cache->bookings(query))
        m_snapshot.insert(booking.id, stateOf(booking));
}

bool NotificationPlanner::inWindow(const QDateTime &start) const
{
    return m_snapshotDay.isValid() && start >= m_snapshotDay.addDays(-1).startOfDay(m_zone) &&
           start < m_snapshotDay.addDays(kSnapshotDaysAhead + 1).startOfDay(m_zone);
}

QList<Booking> NotificationPlanner::bookingsById(const QStringList &ids) const
{
    QList<Booking> result;
    for (qsizetype at = 0; at < ids.size(); at += kIdChunk) {
        BookingQuery query;
        query.ids = ids.mid(at, kIdChunk);
        result += m_cache->bookings(query);
    }
    sortByStart(result);
    return result;
}

void NotificationPlanner::onSyncStarted()
{
    if (!m_cache->isOpen())
        return;
    if (m_snapshotPath != m_cache->filePath()) {
        // Another account's cache: nothing known of it yet.
        reset();
        rebuildSnapshot();
    } else if (m_snapshotDay != Clock::today(m_zone)) {
        rebuildSnapshot(); // the window moved on since the last pass
    }
    m_inPass = true;
    // Everything is new to an empty cache: the first sync of an account tells nothing.
    m_firstPass = !m_cache->lastSync().isValid() || m_cache->count() == 0;
    m_passSerial = m_serial;
    m_passInserted.clear();
    m_passChanged.clear();
}

void NotificationPlanner::onBookingsWritten(const QStringList &inserted, const QStringList &changed)
{
    // Without the start of the pass there is no telling whether it is a first sync.
    if (!m_inPass)
        return;
    m_passInserted += inserted;
    m_passChanged += changed;
}

void NotificationPlanner::onSyncFinished(const SyncReport &report)
{
    if (!m_inPass) {
        qCDebug(lcNotifications) << "a pass ended that was not seen starting: nothing told";
        if (m_cache->isOpen())
            rebuildSnapshot();
        return;
    }
    m_inPass = false;
    const QStringList inserted = withoutDuplicates(m_passInserted + report.inserted);
    const QStringList changed = withoutDuplicates(
        m_passChanged + report.changed, QSet<QString>(inserted.cbegin(), inserted.cend()));
    m_passInserted.clear();
    m_passChanged.clear();
    if (!m_firstPass && m_cache->isOpen())
        emitNotifications(planPass(inserted, changed));
    rebuildSnapshot();
    // A pass that began after this desk's last change to a booking can no longer bring an
    // older version of it (its pages were all asked for later).
    for (auto it = m_own.begin(); it != m_own.end();) {
        if (it->serial <= m_passSerial)
            it = m_own.erase(it);
        else
            ++it;
    }
}

void NotificationPlanner::onBookingChangedHere(const QString &bookingId)
{
    if (!m_cache->isOpen())
        return;
    const std::optional<Booking> booking = m_cache->booking(bookingId);
    if (!booking) {
        m_snapshot.remove(bookingId);
        return;
    }
    const State state = stateOf(*booking);
    if (m_snapshot.contains(bookingId) || inWindow(booking->startTime))
        m_snapshot.insert(bookingId, state);
    // Every state this desk saw while changing it: the one before (BookingActions signals
    // as a change starts), the re-read and the server's answer. A pass whose pages were
    // fetched before the change landed writes the old state once more, and the next pass
    // the new one: neither is someone else's doing.
    OwnChange &own = m_own[bookingId];
    if (!own.states.contains(state))
        own.states.append(state);
    own.serial = ++m_serial;
}

QList<DeskNotification> NotificationPlanner::planPass(const QStringList &inserted,
                                                      const QStringList &changed)
{
    using Kind = DeskNotification::Kind;
    QList<DeskNotification> result;
    const QDateTime now = Clock::now();

    if (m_settings.notifyNewBookings && !inserted.isEmpty()) {
        // One that is over or cancelled needs nothing from the desk.
        QList<Booking> fresh;
        for (const Booking &booking : bookingsById(inserted)) {
            if (BookingStatuses::isActive(booking.status) && booking.endTime > now)
                fresh.append(booking);
        }
        QList<DeskNotification> single;
        for (const Booking &booking : std::as_const(fresh)) {
            single.append(
                {Kind::NewBooking,
                 Kind::Summary,
                 tr("New booking"),
                 tr("%1, %2", "customer, time").arg(subject(booking), dateTime(booking.startTime)),
                 {booking.id}});
        }
        result += group(Kind::NewBooking, single, fresh);
    }

    if (m_settings.notifyChanges && !changed.isEmpty()) {
        QStringList known;
        for (const QString &id : changed) {
            if (m_snapshot.contains(id))
                known.append(id);
        }
        QList<Booking> elsewhere;
        QList<DeskNotification> single;
        for (const Booking &booking : bookingsById(known)) {
            const State before = m_snapshot.value(booking.id);
            const State after = stateOf(booking);
            if (after == before || before.status == BookingStatus::Cancelled)
                continue;
            if (const auto own = m_own.constFind(booking.id);
                own != m_own.cend() && own->states.contains(after))
                continue;
            if (after.status == BookingStatus::Cancelled) {
                single.append({Kind::ChangedElsewhere,
                               Kind::Summary,
                               tr("Booking cancelled"),
                               tr("%1, %2", "customer, time")
                                   .arg(subject(booking), dateTime(booking.startTime)),
                               {booking.id}});
            } else if (after.start != before.start || after.end != before.end) {
                single.append(
                    {Kind::ChangedElsewhere,
                     Kind::Summary,
                     tr("Booking moved"),
                     tr("%1: %2 → %3", "customer, old time, new time")
                         .arg(subject(booking), dateTime(before.start), dateTime(after.start)),
                     {booking.id}});
            } else {
                continue; // another status (completed, no-show): the desk's own business
            }
            elsewhere.append(booking);
        }
        result += group(Kind::ChangedElsewhere, single, elsewhere);
    }
    return result;
}

void NotificationPlanner::checkTime()
{
    using Kind = DeskNotification::Kind;
    // Until an account's first sync is complete the cache is no picture of the day.
    if (!m_cache->isOpen() || !m_cache->lastSync().isValid())
        return;
    const QDateTime now = Clock::now();
    // What was told about bookings long over is of no more use.
    const QDateTime forgetBefore = now.addDays(-1);
    for (QHash<QString, QDateTime> *told : {&m_reminded, &m_toldLate})
        told->removeIf([&](const auto &entry) { return entry.value() < forgetBefore; });
    if (!m_settings.notifyReminders && !m_settings.notifyLate)
        return;

    const qint64 reminderSecs = qint64(m_settings.reminderMinutes) * 60;
    const qint64 graceSecs = qint64(m_settings.graceMinutes) * 60;
    BookingQuery query;
    query.from = now.addSecs(-kLateLookbackSecs);
    query.to = now.addSecs(reminderSecs).addMSecs(1); // a start exactly N minutes ahead counts
    for (BookingStatus status : BookingStatuses::all()) {
        if (BookingStatuses::isActive(status))
            query.statuses.append(status);
    }
    QList<Booking> bookings = m_cache->bookings(query);
    sortByStart(bookings);

    QList<Booking> soon;
    QList<Booking> late;
    QList<DeskNotification> soonSingle;
    QList<DeskNotification> lateSingle;
    for (const Booking &booking : std::as_const(bookings)) {
        if (Arrival::of(booking))
            continue; // the customer is here
        const QDateTime &start = booking.startTime;
        if (m_settings.notifyReminders && start > now && now.secsTo(start) <= reminderSecs &&
            m_reminded.value(booking.id) != start) {
            m_reminded.insert(booking.id, start);
            const int minutes = int((now.msecsTo(start) + 59'999) / 60'000);
            soon.append(booking);
            soonSingle.append({Kind::StartsSoon,
                               Kind::Summary,
                               tr("Starts in %n minute(s)", nullptr, minutes),
                               tr("%1 at %2", "customer, time").arg(subject(booking), time(start)),
                               {booking.id}});
        }
        if (m_settings.notifyLate && start.addSecs(graceSecs) <= now && booking.endTime > now &&
            m_toldLate.value(booking.id) != start) {
            m_toldLate.insert(booking.id, start);
            late.append(booking);
            lateSingle.append({Kind::Late,
                               Kind::Summary,
                               tr("Customer is late"),
                               tr("%1 was expected at %2 and has not arrived.")
                                   .arg(subject(booking), time(start)),
                               {booking.id}});
        }
    }
    emitNotifications(group(Kind::StartsSoon, soonSingle, soon) +
                      group(Kind::Late, lateSingle, late));
}

QList<DeskNotification> NotificationPlanner::group(DeskNotification::Kind kind,
                                                   const QList<DeskNotification> &single,
                                                   const QList<Booking> &bookings) const
{
    if (single.size() > DeskNotification::kMaxSingle)
        return {summary(kind, bookings)};
    return single;
}

DeskNotification NotificationPlanner::summary(DeskNotification::Kind kind,
                                              const QList<Booking> &bookings) const
{
    using Kind = DeskNotification::Kind;
    DeskNotification result;
    result.kind = Kind::Summary;
    result.summaryOf = kind;
    const int count = int(bookings.size());
    switch (kind) {
    case Kind::NewBooking:
        result.title = tr("%n new booking(s)", nullptr, count);
        break;
    case Kind::ChangedElsewhere:
        result.title = tr("%n booking(s) moved or cancelled elsewhere", nullptr, count);
        break;
    case Kind::StartsSoon:
        result.title = tr("%n booking(s) starting soon", nullptr, count);
        break;
    case Kind::Late:
        result.title = tr("%n customer(s) late", nullptr, count);
        break;
    case Kind::Conflict: // announced one by one by the change inbox, never summed up
    case Kind::Summary:
        Q_UNREACHABLE();
    }
    const bool today = kind == Kind::StartsSoon || kind == Kind::Late;
    QStringList lines;
    for (const Booking &booking : bookings) {
        result.bookingIds.append(booking.id);
        if (lines.size() < kSummaryLines) {
            lines.append(tr("%1, %2", "customer, time")
                             .arg(subject(booking),
                                  today ? time(booking.startTime) : dateTime(booking.startTime)));
        }
    }
    if (count > kSummaryLines)
        lines.append(tr("and %n more", nullptr, count - kSummaryLines));
    result.body = lines.join(u'\n');
    return result;
}

void NotificationPlanner::emitNotifications(const QList<DeskNotification> &notifications)
{
    if (notifications.isEmpty())
        return;
    // Counts only: a log never holds a customer's name.
    qCInfo(lcNotifications) << notifications.size() << "notification(s) for"
                            << std::accumulate(notifications.cbegin(), notifications.cend(),
                                               qsizetype(0),
                                               [](qsizetype sum, const DeskNotification &n) {
                                                   return sum + n.bookingIds.size();
                                               })
                            << "booking(s)";
    Q_EMIT notify(notifications);
}

QString NotificationPlanner::subject(const Booking &booking) const
{
    QString name = booking.lead ? booking.lead->name.trimmed() : QString();
    if (name.isEmpty())
        name = tr("Unnamed customer");
    const QString service = booking.service().trimmed();
    return service.isEmpty() ? name : tr("%1 (%2)", "customer (service)").arg(name, service);
}

QString NotificationPlanner::dateTime(const QDateTime &instant) const
{
    return TimeText::dateTime(instant, m_zone);
}

QString NotificationPlanner::time(const QDateTime &instant) const
{
    return TimeText::timeOfDay(instant, m_zone);
}
