#include "contactactions.h"

#include "bookingcache.h"
#include "phonenumber.h"
#include "timetext.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLocale>

ContactActions::ContactActions(const BookingCache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_copyPhone(new QAction(tr("Copy &phone number"), this))
    , m_copyEmail(new QAction(tr("Copy e&mail address"), this))
    , m_copyBooking(new QAction(tr("Copy &booking"), this))
    , m_call(new QAction(QIcon::fromTheme(QStringLiteral("call-start")), tr("&Call"), this))
    , m_email(new QAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("&Email"), this))
    , m_join(
          new QAction(QIcon::fromTheme(QStringLiteral("video-display")), tr("&Join meeting"), this))
{
    m_copyPhone->setObjectName(QStringLiteral("copyPhone"));
    m_copyEmail->setObjectName(QStringLiteral("copyEmail"));
    m_copyBooking->setObjectName(QStringLiteral("copyBooking"));
    m_call->setObjectName(QStringLiteral("callCustomer"));
    m_email->setObjectName(QStringLiteral("emailCustomer"));
    m_join->setObjectName(QStringLiteral("joinMeeting"));
    m_copyBooking->setToolTip(tr("Copies the time, the customer, the service and the phone"));
    m_call->setToolTip(tr("Calls the customer with the system's phone application"));
    m_email->setToolTip(tr("Writes to the customer with the system's mail application"));
    m_join->setToolTip(tr("Opens the booking's meeting link in the browser"));

    connect(m_copyPhone, &QAction::triggered, this, [this] {
        if (const auto booking = currentBooking(); booking && booking->lead)
            copy(booking->lead->phone, tr("Copied the phone number %1."));
    });
    connect(m_copyEmail, &QAction::triggered, this, [this] {
        if (const auto booking = currentBooking(); booking && booking->lead)
            copy(booking->lead->email, tr("Copied the email address %1."));
    });
    connect(m_copyBooking, &QAction::triggered, this, [this] {
        if (const auto booking = currentBooking())
            copy(bookingText(*booking, m_zone), tr("Copied the booking: %1"));
    });
    connect(m_call, &QAction::triggered, this, [this] {
        if (const auto booking = currentBooking())
            callBooking(booking->id);
    });
    connect(m_email, &QAction::triggered, this, [this] {
        if (const auto booking = currentBooking()) {
            const QUrl uri = emailUri(*booking);
            open(uri, tr("Writing to %1…").arg(uri.path()),
                 tr("No mail application took %1.").arg(uri.toString()));
        }
    });
    connect(m_join, &QAction::triggered, this, [this] {
        if (const auto booking = currentBooking()) {
            const QUrl uri = meetingUri(*booking);
            open(uri, tr("Opening the meeting…"),
                 tr("No browser took the meeting link %1.").arg(uri.toString()));
        }
    });
    update();
}

QList<QAction *> ContactActions::actions() const
{
    return {m_call, m_email, m_join, nullptr, m_copyPhone, m_copyEmail, m_copyBooking};
}

std::optional<Booking> ContactActions::currentBooking() const
{
    const QString id = m_current ? m_current() : QString();
    return id.isEmpty() || !m_cache ? std::nullopt : m_cache->booking(id);
}

void ContactActions::update()
{
    const std::optional<Booking> booking = currentBooking();
    const bool phone = booking && booking->lead && !booking->lead->phone.isEmpty();
    const bool email = booking && booking->lead && !booking->lead->email.isEmpty();
    m_copyPhone->setEnabled(phone);
    m_call->setEnabled(phone && !callUri(*booking, m_zone).isEmpty());
    m_copyEmail->setEnabled(email);
    m_email->setEnabled(email);
    m_copyBooking->setEnabled(booking.has_value());
    m_join->setEnabled(booking && !meetingUri(*booking).isEmpty());
}

QUrl ContactActions::callUri(const Booking &booking, const QTimeZone &zone)
{
    return booking.lead ? PhoneNumber::telUri(booking.lead->phone, zone) : QUrl();
}

QUrl ContactActions::emailUri(const Booking &booking)
{
    const QString address = booking.lead ? booking.lead->email.trimmed() : QString();
    // One address, nothing that would start headers or a second recipient.
    if (address.isEmpty() || !address.contains(u'@') || address.contains(u'?') ||
        address.contains(u',') || address.contains(u' '))
        return {};
    QUrl uri;
    uri.setScheme(QStringLiteral("mailto"));
    uri.setPath(address);
    return uri;
}

QUrl ContactActions::meetingUri(const Booking &booking)
{
    const QUrl url(booking.meetingUrl.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return {};
    return url;
}

QString ContactActions::bookingText(const Booking &booking, const QTimeZone &zone)
{
    const QLocale locale;
    const QDateTime start = booking.startTime.toTimeZone(zone);
    const QDateTime end = booking.endTime.toTimeZone(zone);
    QStringList parts{tr("%1 %2–%3")
                          .arg(locale.toString(start.date(), QLocale::ShortFormat),
                               TimeText::timeOfDay(start, zone, locale),
                               TimeText::timeOfDay(end, zone, locale))};
    parts.append(booking.lead && !booking.lead->name.isEmpty() ? booking.lead->name
                                                               : tr("(no customer)"));
    if (!booking.service().isEmpty())
        parts.append(booking.service());
    if (booking.lead && !booking.lead->phone.isEmpty())
        parts.append(booking.lead->phone);
    return parts.join(QStringLiteral(", "));
}

void ContactActions::callBooking(const QString &id)
{
    const std::optional<Booking> booking = m_cache ? m_cache->booking(id) : std::nullopt;
    const QUrl uri = booking ? callUri(*booking, m_zone) : QUrl();
    if (uri.isEmpty()) {
        Q_EMIT message(tr("This booking has no phone number to call."));
        return;
    }
    open(uri, tr("Calling %1…").arg(uri.path()),
         tr("No phone application took %1. Dial it by hand.").arg(uri.path()));
}

void ContactActions::open(const QUrl &uri, const QString &done, const QString &failed)
{
    if (uri.isEmpty())
        return;
    Q_EMIT message(QDesktopServices::openUrl(uri) ? done : failed);
}

void ContactActions::copy(const QString &text, const QString &done)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT message(done.arg(text));
}
