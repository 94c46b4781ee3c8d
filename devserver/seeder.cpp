#include "seeder.h"

#include "bookingstore.h"
#include "leadgenerator.h"
#include "metadatagenerator.h"
#include "serveroptions.h"
#include "wireformat.h"

#include <QDateTime>
#include <QJsonDocument>

namespace {

constexpr qint64 kUsPerMinute = 60'000'000;
constexpr qint64 kUsPerHour = 60 * kUsPerMinute;
constexpr qint64 kUsPerDay = 24 * kUsPerHour;

constexpr const char *kPastStatuses[] = {"completed", "no_show", "cancelled", "rescheduled"};
constexpr int kPastWeights[] = {75, 8, 10, 7};
constexpr const char *kFutureStatuses[] = {"confirmed", "rescheduled", "cancelled"};
constexpr int kFutureWeights[] = {80, 10, 10};

qint64 leadTimeUs(Rng &rng)
{
    switch (rng.weighted(std::array{30, 45, 25})) {
    case 0:
        return qint64(rng.between(30, 24 * 60)) * kUsPerMinute;
    case 1:
        return qint64(rng.between(1, 7)) * kUsPerDay + qint64(rng.between(0, 1439)) * kUsPerMinute;
    default:
        return qint64(rng.between(7, 30)) * kUsPerDay + qint64(rng.between(0, 1439)) * kUsPerMinute;
    }
}

} // namespace

Seeder::Seeder(const ServerOptions &options)
    : m_options(options)
    , m_openMinute((options.openTime.msecsSinceStartOfDay() / 60000 + 4) / 5 * 5)
    , m_closeMinute(options.closeTime.msecsSinceStartOfDay() / 60000)
    , m_liveRng(options.seed ^ 0x6c697665'00000000ULL)
{}

bool Seeder::seed(BookingStore &store, int count, QString *error)
{
    Rng leadRng(m_options.seed);
    // A day should hold a few dozen bookings at most, so large counts widen the window.
    const int windowDays = std::max(56, count / 25);
    const QDate firstDate = m_options.today.addDays(-windowDays / 2);
    std::vector<Day> days;
    std::vector<int> businessDays;
    std::vector<int> saturdays;
    days.reserve(size_t(windowDays));
    for (int i = 0; i < windowDays; ++i) {
        days.push_back(makeDay(firstDate.addDays(i)));
        const int weekday = days.back().date.dayOfWeek();
        if (weekday <= 5)
            businessDays.push_back(i);
        else if (weekday == 6)
            saturdays.push_back(i);
    }
    // Bookings that ended before this instant have taken place (completed, no-show, ...);
    // the others lie ahead or are under way.
    const qint64 refNowUs = m_options.seedReferenceMs * 1000;

    if (!store.beginBulk()) {
        *error = store.errorString();
        return false;
    }
    QStringList leadIds;
    const int leadCount = std::max(1, count * 3 / 5);
    leadIds.reserve(leadCount);
    for (int i = 0; i < leadCount; ++i) {
        const LeadRecord lead = LeadGenerator::make(leadRng);
        leadIds.append(lead.id);
        if (!store.insertLead(lead)) {
            *error = store.errorString();
            return false;
        }
    }

    for (int i = 0; i < count; ++i) {
        // A stream per booking: how many numbers a booking draws depends on whether it lies
        // in the past, which depends on the hour, and its id and time must not.
        Rng rng(m_options.seed ^ (0x9E3779B97F4A7C15ULL * quint64(i + 1)));
        BookingRecord b;
        b.id = rng.uuid();
        if (!rng.chance(0.02))
            b.leadId = leadIds.at(qsizetype(rng.bounded(quint64(leadIds.size()))));
        const MetadataGenerator::Service service = MetadataGenerator::pickService(rng);

        int dayIndex = 0;
        int startMinute = 0;
        if (rng.chance(0.04)) {
            // Off-hours outliers: a Saturday morning, or early/late on a weekday.
            if (rng.chance(0.5)) {
                dayIndex = saturdays[rng.bounded(saturdays.size())];
                startMinute = 9 * 60 + 5 * rng.between(0, 48);
            } else {
                dayIndex = businessDays[rng.bounded(businessDays.size())];
                startMinute = rng.chance(0.5) ? 7 * 60 + 5 * rng.between(0, 18)
                                              : m_closeMinute + 5 * rng.between(0, 18);
            }
        } else {
            dayIndex = businessDays[rng.bounded(businessDays.size())];
            startMinute = pickStartMinute(rng, service.minutes);
        }
        const Day &day = days[size_t(dayIndex)];
        b.startMs = toUtcMs(day, startMinute);
        b.endMs = b.startMs + qint64(service.minutes) * 60'000;

        const bool past = b.endMs * 1000 <= refNowUs;
        b.status = past ? QLatin1String(kPastStatuses[rng.weighted(kPastWeights)])
                        : QLatin1String(kFutureStatuses[rng.weighted(kFutureWeights)]);
        fillCalendarFields(rng, b, i);

        MetadataGenerator::Extras extras;
        if (b.status == u"rescheduled")
            extras.rescheduledFromMs = b.startMs - qint64(rng.between(1, 14)) * 86'400'000;
        b.metadataJson = MetadataGenerator::make(rng, service, extras);

        const qint64 startUs = b.startMs * 1000;
        b.createdUs =
            std::min(startUs - leadTimeUs(rng), refNowUs - qint64(rng.bounded(72 * kUsPerHour)));
        b.createdUs -= qint64(rng.bounded(1'000'000));
        if (rng.chance(0.05))
            b.createdUs -= b.createdUs % 1'000'000; // Python omits a zero fraction
        const qint64 ceiling = std::max(b.createdUs, std::min(startUs, refNowUs));
        if (b.status == u"confirmed") {
            b.updatedUs =
                rng.chance(0.7)
                    ? b.createdUs
                    : b.createdUs +
                          qint64(rng.bounded(
                              quint64(std::min(ceiling - b.createdUs, 2 * kUsPerDay)) + 1));
        } else if (b.status == u"completed" || b.status == u"no_show") {
            const qint64 marked = b.endMs * 1000 + qint64(rng.between(5, 480)) * kUsPerMinute +
                                  qint64(rng.bounded(kUsPerMinute));
            b.updatedUs = std::max(b.createdUs, std::min(marked, refNowUs));
        } else {
            b.updatedUs = b.createdUs + qint64(rng.bounded(quint64(ceiling - b.createdUs) + 1));
        }
        if (!store.insertBooking(b)) {
            *error = store.errorString();
            return false;
        }
    }
    if (!store.commitBulk()) {
        *error = store.errorString();
        return false;
    }
    return true;
}

QStringList Seeder::createLive(BookingStore &store, int count)
{
    QStringList ids;
    const qint64 nowUs = WireFormat::nowMicros();
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowUs / 1000, m_options.timeZone).date();
    for (int i = 0; i < count; ++i) {
        LeadRecord lead = LeadGenerator::make(m_liveRng);
        lead.status = QStringLiteral("booked");
        lead.channel = m_liveRng.chance(0.6) ? QStringLiteral("voice") : QStringLiteral("whatsapp");
        store.insertLead(lead);

        BookingRecord b;
        b.id = m_liveRng.uuid();
        b.leadId = lead.id;
        const MetadataGenerator::Service service = MetadataGenerator::pickService(m_liveRng);
        QDate date = today.addDays(m_liveRng.between(1, 14));
        while (date.dayOfWeek() > 5)
            date = date.addDays(1);
        const Day day = makeDay(date);
        b.startMs = toUtcMs(day, pickStartMinute(m_liveRng, service.minutes));
        b.endMs = b.startMs + qint64(service.minutes) * 60'000;
        b.status = QStringLiteral("confirmed");
        fillCalendarFields(m_liveRng, b, 5'000'000 + m_liveSerial++);
        b.metadataJson = MetadataGenerator::make(m_liveRng, service, {0, true});
        b.createdUs = nowUs;
        b.updatedUs = nowUs;
        if (store.insertBooking(b))
            ids.append(b.id);
    }
    return ids;
}

QString Seeder::createFrom(BookingStore &store, const QJsonObject &spec, QString *error)
{
    const auto time = [&](const char *key) -> std::optional<qint64> {
        WireFormat::DateTimeError dateError = WireFormat::DateTimeError::None;
        return WireFormat::parseDateTime(spec.value(QLatin1String(key)).toString(), &dateError);
    };
    const std::optional<qint64> start = time("start_time");
    if (!start) {
        *error = QStringLiteral("start_time must be an ISO 8601 date and time with an offset");
        return {};
    }
    const MetadataGenerator::Service service = MetadataGenerator::pickService(m_liveRng);
    BookingRecord b;
    b.id = m_liveRng.uuid();
    b.startMs = *start;
    b.endMs = *start + qint64(service.minutes) * 60'000;
    if (spec.contains(QLatin1String("end_time"))) {
        const std::optional<qint64> end = time("end_time");
        if (!end || *end <= *start) {
            *error = QStringLiteral("end_time must be an ISO 8601 date and time after start_time");
            return {};
        }
        b.endMs = *end;
    }
    b.status = spec.value(QLatin1String("status")).toString(QStringLiteral("confirmed"));
    if (!WireFormat::isBookingStatus(b.status)) {
        *error = QStringLiteral("unknown status %1").arg(b.status);
        return {};
    }
    fillCalendarFields(m_liveRng, b, 7'000'000 + m_liveSerial++);
    if (spec.contains(QLatin1String("meeting_url")))
        b.meetingUrl = spec.value(QLatin1String("meeting_url")).toString(); // null: none
    const QJsonValue metadata = spec.value(QLatin1String("metadata"));
    if (metadata.isObject())
        b.metadataJson = QJsonDocument(metadata.toObject()).toJson(QJsonDocument::Compact);
    else
        b.metadataJson = MetadataGenerator::make(m_liveRng, service, {});
    b.createdUs = WireFormat::nowMicros();
    if (spec.contains(QLatin1String("created_at"))) {
        const std::optional<qint64> created = time("created_at");
        if (!created) {
            *error = QStringLiteral("created_at must be an ISO 8601 date and time");
            return {};
        }
        b.createdUs = *created * 1000;
    }
    b.updatedUs = std::max(b.createdUs, WireFormat::nowMicros());

    const QJsonValue leadSpec = spec.value(QLatin1String("lead"));
    if (!leadSpec.isNull()) {
        LeadRecord lead = LeadGenerator::make(m_liveRng);
        lead.status = QStringLiteral("booked");
        const QJsonObject given = leadSpec.toObject();
        for (const auto &[key, field] :
             {std::pair{"id", &lead.id}, std::pair{"name", &lead.name},
              std::pair{"email", &lead.email}, std::pair{"phone", &lead.phone},
              std::pair{"channel", &lead.channel}, std::pair{"status", &lead.status}}) {
            if (given.contains(QLatin1String(key)))
                *field = given.value(QLatin1String(key)).toString();
        }
        if (!store.insertLead(lead)) {
            *error = store.errorString();
            return {};
        }
        b.leadId = lead.id;
    }
    if (!store.insertBooking(b)) {
        *error = store.errorString();
        return {};
    }
    return b.id;
}

Seeder::Day Seeder::makeDay(const QDate &date) const
{
    // Business hours never touch a DST switch (those happen at night), so the offset at
    // noon is right for the whole working day and saves a time zone lookup per booking.
    const QDateTime noon(date, QTime(12, 0), m_options.timeZone);
    return {date, WireFormat::daysFromCivil(date.year(), date.month(), date.day()),
            noon.offsetFromUtc()};
}

qint64 Seeder::toUtcMs(const Day &day, int minuteOfDay)
{
    return (day.epochDay * 86400 + qint64(minuteOfDay) * 60 - day.utcOffsetSeconds) * 1000;
}

int Seeder::pickStartMinute(Rng &rng, int durationMinutes) const
{
    const int lastStart = std::max(m_openMinute, m_closeMinute - durationMinutes);
    return m_openMinute + 5 * rng.between(0, (lastStart - m_openMinute) / 5);
}

void Seeder::fillCalendarFields(Rng &rng, BookingRecord &b, qint64 serial)
{
    static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    if (rng.chance(0.88)) {
        b.calcomBookingId = 1'000'000 + serial * 3 + qint64(rng.bounded(3));
        QString uid;
        for (int i = 0; i < 22; ++i)
            uid.append(QLatin1Char(alphabet[rng.bounded(sizeof(alphabet) - 1)]));
        b.calcomBookingUid = uid;
        b.eventTypeId = 123456 + rng.weighted(std::array{70, 20, 10});
    }
    if (rng.chance(0.3)) {
        switch (rng.bounded(3)) {
        case 0: {
            QString code;
            for (int i = 0; i < 12; ++i)
                code.append(i == 3 || i == 8 ? QLatin1Char('-')
                                             : QLatin1Char(char('a' + rng.bounded(26))));
            b.meetingUrl = QStringLiteral("https://meet.example.com/") + code;
            break;
        }
        case 1:
            b.meetingUrl = QStringLiteral("https://zoom.example.com/j/8%1")
                               .arg(rng.bounded(1'000'000'000), 9, 10, QLatin1Char('0'));
            break;
        default:
            b.meetingUrl = QStringLiteral("https://cal.example.com/video/") + b.id;
        }
    }
}
