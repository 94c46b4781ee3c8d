#include "cliinsightscommand.h"

#include "appsettings.h"
#include "bookingcache.h"
#include "clicommandparser.h"
#include "clioutput.h"
#include "clisession.h"
#include "clock.h"
#include "insights.h"
#include "timetext.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSettings>

namespace {

std::optional<QDate> day(const QString &text, QString *error)
{
    const QDate date = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        *error = CliInsightsCommand::tr("“%1” is not a day: write it as YYYY-MM-DD.").arg(text);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QString percent(std::optional<double> rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 1) + QStringLiteral(" %")
                : QStringLiteral("–");
}

QList<QStringList> countsTable(const QString &heading)
{
    return {{heading, CliInsightsCommand::tr("Bookings"), CliInsightsCommand::tr("No-shows"),
             CliInsightsCommand::tr("Completed"), CliInsightsCommand::tr("Cancelled"),
             CliInsightsCommand::tr("No-show rate"), CliInsightsCommand::tr("Cancellation rate")}};
}

QStringList countsRow(const QString &name, const InsightCounts &counts)
{
    const QLocale locale;
    return {name,
            locale.toString(counts.total),
            locale.toString(counts.count(BookingStatus::NoShow)),
            locale.toString(counts.count(BookingStatus::Completed)),
            locale.toString(counts.count(BookingStatus::Cancelled)),
            percent(counts.noShowRate()),
            percent(counts.cancellationRate())};
}

void printReport(const InsightsReport &report)
{
    const QLocale locale;
    CliOutput::print(CliInsightsCommand::tr("Bookings starting %1 to %2 (%3)")
                         .arg(locale.toString(report.from, QLocale::ShortFormat),
                              locale.toString(report.to, QLocale::ShortFormat), report.zone));
    if (report.isEmpty()) {
        CliOutput::print(CliInsightsCommand::tr("No bookings in this range."));
        return;
    }
    QStringList statuses;
    for (BookingStatus status : BookingStatuses::all())
        statuses.append(BookingStatuses::label(status) + u' ' +
                        locale.toString(report.all.count(status)));
    CliOutput::print(CliInsightsCommand::tr("%1 bookings: %2; arrived at the desk: %3")
                         .arg(locale.toString(report.all.total),
                              statuses.join(QStringLiteral(", ")),
                              locale.toString(report.arrived)));
    CliOutput::print(Insights::rateExplanation());
    CliOutput::print({});

    QList<QStringList> weekdays = countsTable(CliInsightsCommand::tr("Weekday"));
    for (int day = 0; day < 7; ++day)
        weekdays.append(countsRow(locale.dayName(day + 1), report.byWeekday[std::size_t(day)]));
    CliOutput::write(CliOutput::table(weekdays).toUtf8());
    CliOutput::print({});
    QList<QStringList> hours = countsTable(CliInsightsCommand::tr("Hour"));
    for (int hour = 0; hour < 24; ++hour) {
        if (report.byHour[std::size_t(hour)].total > 0)
            hours.append(countsRow(TimeText::clock(QTime(hour, 0), locale),
                                   report.byHour[std::size_t(hour)]));
    }
    CliOutput::write(CliOutput::table(hours).toUtf8());
    CliOutput::print({});
    QList<QStringList> services = countsTable(CliInsightsCommand::tr("Service"));
    for (const InsightNamedCounts &entry :
         InsightsReport::top(report.byService, Insights::kTopGroups))
        services.append(countsRow(Insights::displayName(entry), entry.counts));
    CliOutput::write(CliOutput::table(services).toUtf8());
    CliOutput::print({});
    QList<QStringList> channels = countsTable(CliInsightsCommand::tr("Channel"));
    for (const InsightNamedCounts &entry :
         InsightsReport::top(report.byChannel, Insights::kTopGroups))
        channels.append(
            countsRow(entry.other ? Insights::otherLabel() : Insights::channelLabel(entry.key),
                      entry.counts));
    CliOutput::write(CliOutput::table(channels).toUtf8());
    CliOutput::print({});
    if (report.leadTimeMedian && report.leadTimeP90) {
        CliOutput::print(
            CliInsightsCommand::tr("Booked ahead: median %1 days, 90th percentile %2 days")
                .arg(locale.toString(*report.leadTimeMedian, 'f', 1),
                     locale.toString(*report.leadTimeP90, 'f', 1)));
    }
    if (!report.topNoShow.isEmpty()) {
        QList<QStringList> customers{
            {CliInsightsCommand::tr("Customer"), CliInsightsCommand::tr("No-shows")}};
        for (const InsightNoShowCustomer &customer : report.topNoShow)
            customers.append({customer.name.simplified(), locale.toString(customer.noShows)});
        CliOutput::print({});
        CliOutput::write(CliOutput::table(customers).toUtf8());
    }
}

} // namespace

int CliInsightsCommand::run(CliSession &session, const QStringList &arguments)
{
    CliCommandParser parser(
        session, arguments,
        tr("The figures of the Insights view from the local copy (works offline): bookings by "
           "status, weekday, hour, service and channel, how far ahead they were booked and the "
           "customers with the most no-shows. Days are in the display time zone, by start time; "
           "without --from and --to the last 12 months up to today."));
    parser.addOption({QStringLiteral("from"), tr("First day (YYYY-MM-DD), included."), tr("date")});
    parser.addOption({QStringLiteral("to"), tr("Last day (YYYY-MM-DD), included."), tr("date")});
    parser.addOption({QStringLiteral("json"),
                      tr("Print JSON with the API's names for statuses, services and channels.")});
    if (!parser.parse())
        return parser.exitCode();

    const QTimeZone zone = AppSettings::load(QSettings()).timeZone();
    auto [from, to] = Insights::range(Insights::Preset::Last12Months, Clock::today(zone));
    QString error;
    const bool hasFrom = parser.isSet(QStringLiteral("from"));
    const bool hasTo = parser.isSet(QStringLiteral("to"));
    if (hasFrom) {
        const auto value = day(parser.value(QStringLiteral("from")), &error);
        if (!value) {
            parser.usageError(error);
            return CliSession::Failure;
        }
        from = *value;
    }
    if (hasTo) {
        const auto value = day(parser.value(QStringLiteral("to")), &error);
        if (!value) {
            parser.usageError(error);
            return CliSession::Failure;
        }
        to = *value;
        if (!hasFrom)
            from = Insights::range(Insights::Preset::Last12Months, to).first;
    }
    if (from > to) {
        parser.usageError(tr("--from (%1) is after --to (%2).")
                              .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        return CliSession::Failure;
    }
    if (!session.resolveServer() || !session.resolveAccount() || !session.openCache(true))
        return CliSession::Failure;

    const InsightsReport report = Insights::load(session.cache(), from, to, zone);
    if (parser.isSet(QStringLiteral("json"))) {
        CliOutput::write(QJsonDocument(Insights::toJson(report)).toJson(QJsonDocument::Indented));
        return CliSession::Success;
    }
    printReport(report);
    return CliSession::Success;
}
