#include "insights.h"

#include "arrival.h"
#include "bookingcache.h"
#include "bookingjson.h"
#include "leadinfo.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 kMsPerDay = 86'400'000;
constexpr qint64 kMsPerHour = 3'600'000;
constexpr qint64 kJulianDayOfEpoch = 2'440'588; // 1970-01-01

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// UTC milliseconds to local wall-clock milliseconds in the display zone, from the zone's
// transitions in the range: a QDateTime per booking cost more than everything else together.
class LocalClock
{
public:
    LocalClock(const QTimeZone &zone, qint64 fromMs, qint64 toMs)
    {
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc());
        m_at.append(std::numeric_limits<qint64>::min());
        m_offsetMs.append(qint64(zone.offsetFromUtc(from)) * 1000);
        if (zone.hasTransitions()) {
            const auto transitions =
                zone.transitions(from, QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc()));
            for (const QTimeZone::OffsetData &transition : transitions) {
                const qint64 at = transition.atUtc.toMSecsSinceEpoch();
                if (at <= fromMs)
                    m_offsetMs.last() = qint64(transition.offsetFromUtc) * 1000;
                else {
                    m_at.append(at);
                    m_offsetMs.append(qint64(transition.offsetFromUtc) * 1000);
                }
            }
        }
    }

    qint64 local(qint64 utcMs) const
    {
        const auto next = std::upper_bound(m_at.cbegin(), m_at.cend(), utcMs);
        return utcMs + m_offsetMs.at(std::distance(m_at.cbegin(), next) - 1);
    }

private:
    QList<qint64> m_at;
    QList<qint64> m_offsetMs;
};

// Numbers the distinct texts of one field (service, channel, lead) in the order first seen.
// InsightRecordTable gives every booking of a text the same shared QString, so a text is
// found by its address, without hashing or comparing it; any other QString by its text.
class TextIndex
{
public:
    std::size_t indexOf(const QString &text)
    {
        const auto known = m_byAddress.constFind(text.constData());
        if (known != m_byAddress.cend() && known->size == text.size())
            return known->index;
        auto found = m_byText.constFind(text);
        if (found == m_byText.cend()) {
            found = m_byText.insert(text, m_texts.size());
            m_texts.push_back(text);
        }
        m_byAddress.insert(text.constData(), {text.size(), *found});
        return *found;
    }
    const QString &text(std::size_t index) const { return m_texts[index]; }

private:
    struct Known
    {
        qsizetype size = 0;
        std::size_t index = 0;
    };
    // Every address is one of the records', which stay alive (and unchanged) meanwhile.
    QHash<const QChar *, Known> m_byAddress;
    QHash<QString, std::size_t> m_byText;
    std::vector<QString> m_texts;
};

QList<InsightNamedCounts> sortedGroups(const TextIndex &keys,
                                       const std::vector<InsightCounts> &counts)
{
    QList<InsightNamedCounts> result;
    result.reserve(qsizetype(counts.size()));
    for (std::size_t i = 0; i < counts.size(); ++i)
        result.append({keys.text(i), counts[i], false});
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        if (a.counts.total != b.counts.total)
            return a.counts.total > b.counts.total;
        return a.key < b.key;
    });
    return result;
}

} // namespace

std::optional<double> InsightCounts::noShowRate() const
{
    const int base = count(BookingStatus::NoShow) + count(BookingStatus::Completed);
    if (base == 0)
        return std::nullopt;
    return double(count(BookingStatus::NoShow)) / double(base);
}

std::optional<double> InsightCounts::cancellationRate() const
{
    if (total == 0)
        return std::nullopt;
    return double(count(BookingStatus::Cancelled)) / double(total);
}

InsightRecord InsightRecord::from(const Booking &booking)
{
    InsightRecord record;
    record.id = booking.id;
    record.leadId = booking.leadId;
    if (booking.lead) {
        if (record.leadId.isEmpty())
            record.leadId = booking.lead->id;
        record.leadName = booking.lead->name;
        record.channel = LeadInfo::wireName(booking.lead->channel);
        if (booking.lead->channel == LeadChannel::Unknown) {
            // A channel this client does not know yet: as the server wrote it.
            const QJsonValue channel = QJsonDocument::fromJson(booking.json)
                                           .object()
                                           .value(QLatin1String("lead"))
                                           .toObject()
                                           .value(QLatin1String("channel"));
            record.channel = channel.isString() ? channel.toString() : QString();
        }
    }
    const QJsonValue service = booking.metadata.value(QLatin1String("service"));
    record.service = service.isString() ? service.toString() : QString();
    record.startMs = booking.startTime.toMSecsSinceEpoch();
    if (booking.createdAt.isValid())
        record.createdMs = booking.createdAt.toMSecsSinceEpoch();
    record.status = booking.status;
    record.arrived = Arrival::of(booking).has_value();
    return record;
}

QList<InsightNamedCounts> InsightsReport::top(const QList<InsightNamedCounts> &entries, int n)
{
    if (entries.size() <= n + 1)
        return entries;
    QList<InsightNamedCounts> result = entries.mid(0, n);
    InsightNamedCounts other{{}, {}, true};
    for (qsizetype i = n; i < entries.size(); ++i) {
        other.counts.total += entries.at(i).counts.total;
        for (std::size_t s = 0; s < other.counts.byStatus.size(); ++s)
            other.counts.byStatus[s] += entries.at(i).counts.byStatus[s];
    }
    result.append(other);
    return result;
}

QList<Insights::Preset> Insights::presets()
{
    return {Preset::Last4Weeks, Preset::Last3Months, Preset::Last12Months, Preset::Custom};
}

QString Insights::label(Preset preset)
{
    switch (preset) {
    case Preset::Last4Weeks:
        return tr("Last 4 weeks");
    case Preset::Last3Months:
        return tr("Last 3 months");
    case Preset::Last12Months:
        return tr("Last 12 months");
    case Preset::Custom:
        return tr("Custom");
    }
    return {};
}

QString Insights::settingsKey(Preset preset)
{
    switch (preset) {
    case Preset::Last4Weeks:
        return QStringLiteral("last4weeks");
    case Preset::Last3Months:
        return QStringLiteral("last3months");
    case Preset::Last12Months:
        return QStringLiteral("last12months");
    case Preset::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<Insights::Preset> Insights::fromSettingsKey(const QString &key)
{
    for (Preset preset : presets()) {
        if (settingsKey(preset) == key)
            return preset;
    }
    return std::nullopt;
}

std::pair<QDate, QDate> Insights::range(Preset preset, QDate today)
{
    switch (preset) {
    case Preset::Last4Weeks:
        return {today.addDays(-27), today};
    case Preset::Last3Months:
        return {today.addMonths(-3).addDays(1), today};
    case Preset::Last12Months:
    case Preset::Custom:
        break;
    }
    return {today.addYears(-1).addDays(1), today};
}

std::pair<qint64, qint64> Insights::rangeMs(QDate from, QDate to, const QTimeZone &zone)
{
    return {from.startOfDay(zone).toMSecsSinceEpoch(),
            to.addDays(1).startOfDay(zone).toMSecsSinceEpoch()};
}

std::optional<double> Insights::percentile(const QList<double> &values, double q)
{
    std::vector<double> copy(values.cbegin(), values.cend());
    return percentile(copy, q);
}

std::optional<double> Insights::percentile(std::vector<double> &values, double q)
{
    if (values.empty())
        return std::nullopt;
    // The two closest ranks without sorting everything: the lower one in place, the upper
    // one the smallest value after it.
    const double position = q * double(values.size() - 1);
    const auto low = std::size_t(std::floor(position));
    std::nth_element(values.begin(), values.begin() + qsizetype(low), values.end());
    const double lowValue = values[low];
    const double highValue =
        low + 1 < values.size() && position > double(low)
            ? *std::min_element(values.begin() + qsizetype(low) + 1, values.end())
            : lowValue;
    return lowValue + (highValue - lowValue) * (position - double(low));
}

InsightsReport Insights::compute(const QList<InsightRecord> &records, QDate from, QDate to,
                                 const QTimeZone &zone)
{
    return compute(std::span<const InsightRecord>(records.constData(), records.size()), from, to,
                   zone);
}

InsightsReport Insights::compute(std::span<const InsightRecord> records, QDate from, QDate to,
                                 const QTimeZone &zone)
{
    InsightsReport report;
    report.from = from;
    report.to = to;
    report.zone = QString::fromUtf8(zone.id());
    if (!from.isValid() || !to.isValid() || to < from)
        return report;
    const auto [fromMs, toMs] = rangeMs(from, to, zone);
    const LocalClock clock(zone, fromMs, toMs);

    report.daily = from.daysTo(to) < kDailyUpTo;
    const qint64 firstDay = from.toJulianDay();
    const qint64 firstPeriod = report.daily ? firstDay : firstDay - (from.dayOfWeek() - 1);
    const qint64 periodDays = report.daily ? 1 : 7;
    const qint64 lastPeriod =
        report.daily ? to.toJulianDay() : to.toJulianDay() - (to.dayOfWeek() - 1);
    for (qint64 day = firstPeriod; day <= lastPeriod; day += periodDays)
        report.periods.append({QDate::fromJulianDay(day), {}});
    std::vector<InsightCounts> periods(std::size_t(report.periods.size()));

    TextIndex services;
    TextIndex channels;
    TextIndex leads;
    std::vector<InsightCounts> serviceCounts;
    std::vector<InsightCounts> channelCounts;
    // By lead: no-shows in the range, and the latest booking in the range (for the name)
    // and among all records (the booking a click selects).
    struct Lead
    {
        int noShows = 0;
        const InsightRecord *latest = nullptr;
        const InsightRecord *latestAny = nullptr;
    };
    std::vector<Lead> leadFigures;
    // The latest by start; of two at the same start, the first by id (records may come in
    // any order).
    const auto later = [](const InsightRecord &record, const InsightRecord *known) {
        return !known || record.startMs > known->startMs ||
               (record.startMs == known->startMs && record.id < known->id);
    };
    std::vector<double> leadDays;
    leadDays.reserve(records.size());
    report.leadTimeBins = QList<double>(qsizetype(kLeadTimeBinStarts.size()), 0.0);

    for (const InsightRecord &record : records) {
        Lead *lead = nullptr;
        if (!record.leadId.isEmpty()) {
            const std::size_t index = leads.indexOf(record.leadId);
            if (index == leadFigures.size())
                leadFigures.emplace_back();
            lead = &leadFigures[index];
            if (later(record, lead->latestAny))
                lead->latestAny = &record;
        }
        if (record.startMs < fromMs || record.startMs >= toMs)
            continue;
        const qint64 local = clock.local(record.startMs);
        const qint64 julianDay = floorDiv(local, kMsPerDay) + kJulianDayOfEpoch;
        const int weekday = int(julianDay % 7); // Monday = 0 (Julian day 0 was a Monday)
        const int hour = int((local - floorDiv(local, kMsPerDay) * kMsPerDay) / kMsPerHour);

        report.all.add(record.status);
        if (record.arrived)
            ++report.arrived;
        const qint64 period = (julianDay - (report.daily ? 0 : weekday) - firstPeriod) / periodDays;
        if (period >= 0 && period < qint64(periods.size()))
            periods[std::size_t(period)].add(record.status);
        report.byWeekday[std::size_t(weekday)].add(record.status);
        report.byHour[std::size_t(hour)].add(record.status);
        const std::size_t service = services.indexOf(record.service);
        if (service == serviceCounts.size())
            serviceCounts.emplace_back();
        serviceCounts[service].add(record.status);
        const std::size_t channel = channels.indexOf(record.channel);
        if (channel == channelCounts.size())
            channelCounts.emplace_back();
        channelCounts[channel].add(record.status);
        if (record.createdMs) {
            const double days = double(record.startMs - *record.createdMs) / double(kMsPerDay);
            leadDays.push_back(days);
            const auto bin = std::upper_bound(kLeadTimeBinStarts.cbegin() + 1,
                                              kLeadTimeBinStarts.cend(), int(std::floor(days))) -
                             (kLeadTimeBinStarts.cbegin() + 1);
            report.leadTimeBins[bin] += 1;
        }
        if (lead) {
            if (record.status == BookingStatus::NoShow)
                ++lead->noShows;
            if (later(record, lead->latest))
                lead->latest = &record;
        }
    }

    for (std::size_t i = 0; i < periods.size(); ++i)
        report.periods[qsizetype(i)].counts = periods[i];
    report.byService = sortedGroups(services, serviceCounts);
    report.byChannel = sortedGroups(channels, channelCounts);
    report.leadTimeCount = int(leadDays.size());
    report.leadTimeMedian = percentile(leadDays, 0.5);
    report.leadTimeP90 = percentile(leadDays, 0.9);

    // The customers with the most no-shows, their name and latest booking.
    std::vector<std::size_t> noShowLeads;
    for (std::size_t i = 0; i < leadFigures.size(); ++i) {
        if (leadFigures[i].noShows > 0)
            noShowLeads.push_back(i);
    }
    const auto byCount = [&](std::size_t a, std::size_t b) {
        const int countA = leadFigures[a].noShows;
        const int countB = leadFigures[b].noShows;
        return countA != countB ? countA > countB : leads.text(a) < leads.text(b);
    };
    const std::size_t shown = std::min(noShowLeads.size(), std::size_t(kTopNoShow));
    std::partial_sort(noShowLeads.begin(), noShowLeads.begin() + qsizetype(shown),
                      noShowLeads.end(), byCount);
    for (std::size_t i = 0; i < shown; ++i) {
        const Lead &lead = leadFigures[noShowLeads[i]];
        report.topNoShow.append({leads.text(noShowLeads[i]),
                                 lead.latest ? lead.latest->leadName : QString(), lead.noShows,
                                 lead.latestAny ? lead.latestAny->id : QString()});
    }
    return report;
}

QList<InsightRecord> Insights::records(const BookingCache &cache, QDate from, QDate to,
                                       const QTimeZone &zone)
{
    QList<InsightRecord> records;
    if (!from.isValid() || !to.isValid() || from > to || !cache.isOpen())
        return records;
    const auto [fromMs, toMs] = rangeMs(from, to, zone);
    if (auto read = cache.insightRecords(fromMs, toMs))
        return *read;
    // A month at a time: the full bookings (JSON, metadata) are ten times the records.
    for (QDate chunk = from; chunk <= to; chunk = chunk.addMonths(1)) {
        const QDate last = std::min(to, chunk.addMonths(1).addDays(-1));
        BookingQuery query;
        const auto [chunkFrom, chunkTo] = rangeMs(chunk, last, zone);
        query.from = QDateTime::fromMSecsSinceEpoch(chunkFrom, QTimeZone::utc());
        query.to = QDateTime::fromMSecsSinceEpoch(chunkTo, QTimeZone::utc());
        const QList<Booking> bookings = cache.bookings(query);
        records.reserve(records.size() + bookings.size());
        for (const Booking &booking : bookings)
            records.append(InsightRecord::from(booking));
    }
    return records;
}

std::span<const InsightRecord> Insights::within(const QList<InsightRecord> &sortedRecords,
                                                QDate from, QDate to, const QTimeZone &zone)
{
    const auto [fromMs, toMs] = rangeMs(from, to, zone);
    const auto byStart = [](const InsightRecord &record, qint64 ms) { return record.startMs < ms; };
    const auto first =
        std::lower_bound(sortedRecords.cbegin(), sortedRecords.cend(), fromMs, byStart);
    const auto last = std::lower_bound(first, sortedRecords.cend(), toMs, byStart);
    return {sortedRecords.constData() + (first - sortedRecords.cbegin()),
            std::size_t(last - first)};
}

void Insights::sortByStart(QList<InsightRecord> &records)
{
    std::stable_sort(
        records.begin(), records.end(),
        [](const InsightRecord &a, const InsightRecord &b) { return a.startMs < b.startMs; });
}

InsightsReport Insights::load(const BookingCache &cache, QDate from, QDate to,
                              const QTimeZone &zone)
{
    return compute(records(cache, from, to, zone), from, to, zone);
}

QString Insights::leadTimeBinLabel(int bin)
{
    if (bin < 0 || bin >= int(kLeadTimeBinStarts.size()))
        return {};
    const int first = kLeadTimeBinStarts[std::size_t(bin)];
    if (bin == 0)
        return tr("under 1 day");
    if (bin + 1 == int(kLeadTimeBinStarts.size()))
        return tr("%1+ days").arg(QLocale().toString(first));
    const int last = kLeadTimeBinStarts[std::size_t(bin) + 1] - 1;
    if (first == last)
        return tr("%n day(s)", nullptr, first);
    return tr("%1–%2 days").arg(QLocale().toString(first), QLocale().toString(last));
}

QString Insights::noneLabel()
{
    return tr("(none)");
}

QString Insights::otherLabel()
{
    return tr("Other");
}

QString Insights::displayName(const InsightNamedCounts &entry)
{
    if (entry.other)
        return otherLabel();
    return entry.key.isEmpty() ? noneLabel() : entry.key;
}

QString Insights::channelLabel(const QString &wireName)
{
    if (wireName.isEmpty())
        return noneLabel();
    const LeadChannel channel = LeadInfo::channelFromWireName(wireName);
    return channel == LeadChannel::Unknown ? wireName : LeadInfo::label(channel);
}

QString Insights::rateExplanation()
{
    return tr("No-show rate = no-shows ÷ (completed + no-shows). Cancellation rate = "
              "cancellations ÷ all bookings.");
}
