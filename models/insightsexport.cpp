#include "bookingcsvexporter.h"
#include "insights.h"

#include <QJsonArray>

// The figures as `frontdesk-cli insights --json` prints them and as the view's CSV export
// writes them: in the API's words, so they read the same in every locale.

namespace {

QJsonObject countsJson(const InsightCounts &counts)
{
    return {{QStringLiteral("total"), counts.total},
            {QStringLiteral("no_show"), counts.count(BookingStatus::NoShow)},
            {QStringLiteral("completed"), counts.count(BookingStatus::Completed)},
            {QStringLiteral("cancelled"), counts.count(BookingStatus::Cancelled)}};
}

QString wireKey(const QString &key)
{
    return key.isEmpty() ? QStringLiteral("(none)") : key;
}

QString rate(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 17) : QString();
}

} // namespace

QJsonObject Insights::toJson(const InsightsReport &report)
{
    QJsonObject byStatus;
    for (BookingStatus status : BookingStatuses::all())
        byStatus.insert(BookingStatuses::wireName(status), report.all.count(status));
    QJsonArray weekdays;
    for (int day = 0; day < 7; ++day) {
        QJsonObject entry = countsJson(report.byWeekday[std::size_t(day)]);
        entry.insert(QStringLiteral("weekday"), day + 1);
        weekdays.append(entry);
    }
    QJsonArray hours;
    for (int hour = 0; hour < 24; ++hour) {
        QJsonObject entry = countsJson(report.byHour[std::size_t(hour)]);
        entry.insert(QStringLiteral("hour"), hour);
        hours.append(entry);
    }
    const auto groups = [](const QList<InsightNamedCounts> &entries, const QString &name) {
        QJsonArray array;
        for (const InsightNamedCounts &entry : entries) {
            QJsonObject object = countsJson(entry.counts);
            object.insert(name, wireKey(entry.key));
            array.append(object);
        }
        return array;
    };
    QJsonObject leadTime;
    leadTime.insert(QStringLiteral("median"),
                    report.leadTimeMedian ? QJsonValue(*report.leadTimeMedian) : QJsonValue());
    leadTime.insert(QStringLiteral("p90"),
                    report.leadTimeP90 ? QJsonValue(*report.leadTimeP90) : QJsonValue());
    QJsonArray customers;
    for (const InsightNoShowCustomer &customer : report.topNoShow) {
        customers.append(QJsonObject{{QStringLiteral("lead_id"), customer.leadId},
                                     {QStringLiteral("name"), customer.name},
                                     {QStringLiteral("no_show"), customer.noShows}});
    }
    return {{QStringLiteral("from"), report.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), report.to.toString(Qt::ISODate)},
            {QStringLiteral("zone"), report.zone},
            {QStringLiteral("total"), report.all.total},
            {QStringLiteral("arrived"), report.arrived},
            {QStringLiteral("by_status"), byStatus},
            {QStringLiteral("by_weekday"), weekdays},
            {QStringLiteral("by_hour"), hours},
            {QStringLiteral("by_service"), groups(report.byService, QStringLiteral("service"))},
            {QStringLiteral("by_channel"), groups(report.byChannel, QStringLiteral("channel"))},
            {QStringLiteral("lead_time_days"), leadTime},
            {QStringLiteral("top_no_show"), customers}};
}

QByteArray Insights::toCsv(const InsightsReport &report)
{
    // One table for every chart, in the API's words, so it reads the same in every locale:
    // chart, key, then the counts (and rates as fractions, unrounded) that apply.
    QStringList lines{QStringLiteral("chart,key,name,total,confirmed,rescheduled,completed,no_show,"
                                     "cancelled,no_show_rate,cancellation_rate")};
    const auto line = [&lines](const QString &chart, const QString &key, const QString &name,
                               const InsightCounts &counts, bool rates) {
        QStringList cells{chart, BookingCsvExporter::field(key), BookingCsvExporter::field(name),
                          QString::number(counts.total)};
        for (BookingStatus status :
             {BookingStatus::Confirmed, BookingStatus::Rescheduled, BookingStatus::Completed,
              BookingStatus::NoShow, BookingStatus::Cancelled})
            cells.append(QString::number(counts.count(status)));
        cells.append(rates ? rate(counts.noShowRate()) : QString());
        cells.append(rates ? rate(counts.cancellationRate()) : QString());
        lines.append(cells.join(u','));
    };
    line(QStringLiteral("all"),
         report.from.toString(Qt::ISODate) + u'/' + report.to.toString(Qt::ISODate), report.zone,
         report.all, true);
    lines.append(QStringLiteral("arrived,,,%1,,,,,,,").arg(report.arrived));
    for (const InsightPeriod &period : report.periods)
        line(report.daily ? QStringLiteral("day") : QStringLiteral("week"),
             period.start.toString(Qt::ISODate), {}, period.counts, true);
    for (int day = 0; day < 7; ++day)
        line(QStringLiteral("weekday"), QString::number(day + 1), {},
             report.byWeekday[std::size_t(day)], true);
    for (int hour = 0; hour < 24; ++hour)
        line(QStringLiteral("hour"), QString::number(hour), {}, report.byHour[std::size_t(hour)],
             true);
    for (const InsightNamedCounts &entry : report.byService)
        line(QStringLiteral("service"), wireKey(entry.key), {}, entry.counts, true);
    for (const InsightNamedCounts &entry : report.byChannel)
        line(QStringLiteral("channel"), wireKey(entry.key), {}, entry.counts, true);
    for (qsizetype bin = 0; bin < report.leadTimeBins.size(); ++bin)
        lines.append(QStringLiteral("lead_time_days,%1,%2,%3,,,,,,,")
                         .arg(kLeadTimeBinStarts[std::size_t(bin)])
                         .arg(BookingCsvExporter::field(leadTimeBinLabel(int(bin))))
                         .arg(qint64(report.leadTimeBins.at(bin))));
    const auto statistic = [&lines](const char *key, std::optional<double> value) {
        lines.append(
            QStringLiteral("lead_time_days,%1,,%2,,,,,,,")
                .arg(QLatin1String(key), value ? QString::number(*value, 'g', 17) : QString()));
    };
    statistic("median", report.leadTimeMedian);
    statistic("p90", report.leadTimeP90);
    for (const InsightNoShowCustomer &customer : report.topNoShow)
        lines.append(QStringLiteral("top_no_show,%1,%2,,,,,%3,,,")
                         .arg(BookingCsvExporter::field(customer.leadId),
                              BookingCsvExporter::field(customer.name))
                         .arg(customer.noShows));
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}
