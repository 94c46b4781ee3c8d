#pragma once

#include "serverlisting.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>

// Insights' figures computed by the tests alone, from the server's records with QDateTime
// and the API's JSON (tst_insights), and the percentile by sorting every value
// (tst_insights, tst_insightscompute); the comparison of two sets of figures.
namespace InsightsReference {

inline std::optional<double> percentileOf(QList<double> values, double q)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double position = q * double(values.size() - 1);
    const qsizetype low = qsizetype(position);
    const qsizetype high = std::min(low + 1, values.size() - 1);
    return values[low] + (values[high] - values[low]) * (position - double(low));
}

// The figures as `frontdesk-cli insights --json` prints them, from the server's records
// alone: nothing of the client's code.
inline QJsonObject expectedFigures(const ServerListing::Records &records, QDate from, QDate to,
                                   const QTimeZone &zone)
{
    struct Counts
    {
        int total = 0, noShow = 0, completed = 0, cancelled = 0;
        void add(const QString &status)
        {
            ++total;
            noShow += status == u"no_show";
            completed += status == u"completed";
            cancelled += status == u"cancelled";
        }
        QJsonObject json() const
        {
            return {{"total", total},
                    {"no_show", noShow},
                    {"completed", completed},
                    {"cancelled", cancelled}};
        }
    };
    QMap<QString, int> byStatus{
        {"confirmed", 0}, {"cancelled", 0}, {"rescheduled", 0}, {"no_show", 0}, {"completed", 0}};
    Counts total;
    int arrived = 0;
    std::array<Counts, 7> weekdays{};
    std::array<Counts, 24> hours{};
    std::map<QString, Counts> services;
    std::map<QString, Counts> channels;
    QList<double> leadDays;
    std::map<QString, int> noShows;
    std::map<QString, std::pair<QDateTime, QString>> names; // latest booking in range

    for (const QJsonObject &record : records) {
        const QDateTime start =
            QDateTime::fromString(record.value("start_time").toString(), Qt::ISODateWithMs);
        const QDateTime local = start.toTimeZone(zone);
        if (local.date() < from || local.date() > to)
            continue;
        const QString status = record.value("status").toString();
        ++byStatus[status];
        total.add(status);
        weekdays[std::size_t(local.date().dayOfWeek() - 1)].add(status);
        hours[std::size_t(local.time().hour())].add(status);
        const QJsonObject metadata = record.value("metadata").toObject();
        const QJsonValue service = metadata.value("service");
        services[service.isString() ? service.toString() : QStringLiteral("(none)")].add(status);
        const QJsonObject lead = record.value("lead").toObject();
        const QJsonValue channel = lead.value("channel");
        channels[channel.isString() ? channel.toString() : QStringLiteral("(none)")].add(status);
        const QJsonValue arrivedAt = metadata.value("frontdesk").toObject().value("arrived_at");
        if (QDateTime::fromString(arrivedAt.toString(), Qt::ISODateWithMs).isValid())
            ++arrived;
        const QDateTime created =
            QDateTime::fromString(record.value("created_at").toString(), Qt::ISODateWithMs);
        if (created.isValid())
            leadDays.append(double(created.msecsTo(start)) / 86'400'000.0);
        const QString leadId = record.value("lead_id").toString(lead.value("id").toString());
        if (!leadId.isEmpty()) {
            auto &latest = names[leadId];
            if (!latest.first.isValid() || start > latest.first)
                latest = {start, lead.value("name").toString()};
            if (status == u"no_show")
                ++noShows[leadId];
        }
    }

    QJsonObject statuses;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        statuses.insert(it.key(), it.value());
    QJsonArray weekdayArray;
    for (int day = 0; day < 7; ++day) {
        QJsonObject entry = weekdays[std::size_t(day)].json();
        entry.insert("weekday", day + 1);
        weekdayArray.append(entry);
    }
    QJsonArray hourArray;
    for (int hour = 0; hour < 24; ++hour) {
        QJsonObject entry = hours[std::size_t(hour)].json();
        entry.insert("hour", hour);
        hourArray.append(entry);
    }
    const auto groups = [](const std::map<QString, Counts> &map, const char *name) {
        QList<std::pair<QString, Counts>> list(map.cbegin(), map.cend());
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.second.total > b.second.total;
        });
        QJsonArray array;
        for (const auto &[key, counts] : list) {
            QJsonObject entry = counts.json();
            entry.insert(QLatin1String(name), key);
            array.append(entry);
        }
        return array;
    };
    QList<std::pair<QString, int>> customers(noShows.cbegin(), noShows.cend());
    std::stable_sort(customers.begin(), customers.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QJsonArray top;
    for (const auto &[leadId, count] : customers.mid(0, 10))
        top.append(
            QJsonObject{{"lead_id", leadId}, {"name", names[leadId].second}, {"no_show", count}});
    const auto number = [](std::optional<double> value) {
        return value ? QJsonValue(*value) : QJsonValue();
    };
    return {{"from", from.toString(Qt::ISODate)},
            {"to", to.toString(Qt::ISODate)},
            {"zone", QString::fromUtf8(zone.id())},
            {"total", total.total},
            {"arrived", arrived},
            {"by_status", statuses},
            {"by_weekday", weekdayArray},
            {"by_hour", hourArray},
            {"by_service", groups(services, "service")},
            {"by_channel", groups(channels, "channel")},
            {"lead_time_days", QJsonObject{{"median", number(percentileOf(leadDays, 0.5))},
                                           {"p90", number(percentileOf(leadDays, 0.9))}}},
            {"top_no_show", top}};
}

// Groups of equal totals may come in any order in the expectation (std::map order, then a
// stable sort); the contract is: most bookings first, ties by name.
inline QJsonArray tiesByName(QJsonArray array, const char *name)
{
    QList<QJsonObject> list;
    for (const QJsonValue &value : array)
        list.append(value.toObject());
    std::stable_sort(list.begin(), list.end(), [name](const QJsonObject &a, const QJsonObject &b) {
        const int ta = a.value("total").toInt();
        const int tb = b.value("total").toInt();
        if (ta != tb)
            return ta > tb;
        return a.value(QLatin1String(name)).toString() < b.value(QLatin1String(name)).toString();
    });
    QJsonArray result;
    for (const QJsonObject &object : list)
        result.append(object);
    return result;
}

inline QString firstDifference(const QJsonValue &actual, const QJsonValue &expected,
                               const QString &path)
{
    if (actual.isDouble() && expected.isDouble()) {
        const double a = actual.toDouble();
        const double e = expected.toDouble();
        // The client keeps milliseconds of the server's microseconds: a day is 86,400,000 ms.
        return a == e || std::abs(a - e) <= 2.0 / 86'400'000.0
                   ? QString()
                   : QStringLiteral("%1: %2 instead of %3")
                         .arg(path)
                         .arg(a, 0, 'g', 17)
                         .arg(e, 0, 'g', 17);
    }
    if (actual.type() != expected.type())
        return QStringLiteral("%1: %2 instead of %3")
            .arg(
                path,
                QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(
                    QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)));
    if (actual.isObject()) {
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        QStringList keys = a.keys() + e.keys();
        keys.removeDuplicates();
        for (const QString &key : keys) {
            if (!a.contains(key) || !e.contains(key))
                return QStringLiteral("%1.%2: %3")
                    .arg(path, key, a.contains(key) ? "unexpected" : "missing");
            const QString difference =
                firstDifference(a.value(key), e.value(key), path + u'.' + key);
            if (!difference.isEmpty())
                return difference;
        }
        return {};
    }
    if (actual.isArray()) {
        const QJsonArray a = actual.toArray();
        const QJsonArray e = expected.toArray();
        if (a.size() != e.size())
            return QStringLiteral("%1: %2 entries instead of %3")
                .arg(path)
                .arg(a.size())
                .arg(e.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString difference =
                firstDifference(a.at(i), e.at(i), path + QStringLiteral("[%1]").arg(i));
            if (!difference.isEmpty())
                return difference;
        }
        return {};
    }
    return actual == expected
               ? QString()
               : QStringLiteral("%1: %2 instead of %3")
                     .arg(path, actual.toVariant().toString(), expected.toVariant().toString());
}

inline QJsonObject normalized(QJsonObject figures)
{
    figures.insert("by_service", tiesByName(figures.value("by_service").toArray(), "service"));
    figures.insert("by_channel", tiesByName(figures.value("by_channel").toArray(), "channel"));
    return figures;
}

} // namespace InsightsReference
