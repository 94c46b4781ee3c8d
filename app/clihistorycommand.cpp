#include "clihistorycommand.h"

#include "apiclient.h"
#include "bookingcache.h"
#include "clicommandparser.h"
#include "clioutput.h"
#include "clisession.h"
#include "clock.h"
#include "customerhistory.h"
#include "leadhistoryfetcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

void printHistory(const CustomerHistory &history)
{
    const std::optional<Lead> lead = history.lead();
    const QString dash = QStringLiteral("—");
    CliOutput::print(lead && !lead->name.isEmpty() ? lead->name
                                                   : CliHistoryCommand::tr("(no name)"));
    QList<QStringList> facts{
        {CliHistoryCommand::tr("Lead"), history.leadId()},
        {CliHistoryCommand::tr("Phone"), lead && !lead->phone.isEmpty() ? lead->phone : dash},
        {CliHistoryCommand::tr("Email"), lead && !lead->email.isEmpty() ? lead->email : dash},
        {CliHistoryCommand::tr("Channel"), lead ? LeadInfo::label(lead->channel) : dash},
        {CliHistoryCommand::tr("Lead status"), lead ? LeadInfo::label(lead->status) : dash},
        {CliHistoryCommand::tr("Completed"), QString::number(history.counts().completed)},
        {CliHistoryCommand::tr("No-shows"), QString::number(history.counts().noShow)},
        {CliHistoryCommand::tr("Cancelled"), QString::number(history.counts().cancelled)},
        {CliHistoryCommand::tr("Upcoming"), QString::number(history.counts().upcoming)},
        {CliHistoryCommand::tr("Last no-show"), history.lastNoShow().isValid()
                                                    ? CliOutput::localDate(history.lastNoShow())
                                                    : CliHistoryCommand::tr("never")},
    };
    CliOutput::write(CliOutput::table(facts).toUtf8());
    if (history.warns())
        CliOutput::print(CliHistoryCommand::tr("Warning: %1")
                             .arg(CustomerHistory::warningText(history.recentNoShows())));
    QList<QStringList> rows{{CliHistoryCommand::tr("ID"), CliHistoryCommand::tr("Date"),
                             CliHistoryCommand::tr("Time"), CliHistoryCommand::tr("Status"),
                             CliHistoryCommand::tr("Service")}};
    for (const Booking &booking : history.bookings()) {
        QString status = BookingStatuses::label(booking.status);
        if (history.isUpcoming(booking))
            status = CliHistoryCommand::tr("%1 (upcoming)").arg(status);
        rows.append(
            {booking.id, CliOutput::localDate(booking.startTime),
             CliOutput::localTime(booking.startTime) + u'–' + CliOutput::localTime(booking.endTime),
             status, booking.service().simplified()});
    }
    CliOutput::print(QString());
    CliOutput::write(CliOutput::table(rows).toUtf8());
    CliOutput::print(
        CliHistoryCommand::tr("%n booking(s)", nullptr, int(history.bookings().size())));
}

} // namespace

int CliHistoryCommand::run(CliSession &session, const QStringList &arguments)
{
    CliCommandParser parser(
        session, arguments,
        tr("Shows a customer's bookings (upcoming first, then newest first) with the number "
           "of completed visits, no-shows, cancellations and upcoming bookings. Give a booking "
           "of theirs, or --lead. The server is asked for the customer's bookings first when "
           "it can be reached; otherwise the local copy answers."));
    parser.addPositional(QStringLiteral("booking"), tr("A booking of the customer."),
                         QStringLiteral("[BOOKING_ID]"));
    parser.addOption({QStringLiteral("lead"), tr("The customer's lead id."), tr("id")});
    parser.addOption({QStringLiteral("offline"), tr("Answer from the local copy only.")});
    parser.addOption({QStringLiteral("json"),
                      tr("Print {\"lead\", \"counts\", \"bookings\"} with the bookings as "
                         "the API writes them.")});
    if (!parser.parse(0, 1))
        return parser.exitCode();
    const QString bookingId = parser.positional().value(0);
    QString leadId = parser.value(QStringLiteral("lead")).trimmed();
    if (bookingId.isEmpty() == leadId.isEmpty()) {
        parser.usageError(tr("Give either a booking id or --lead LEAD_ID."));
        return CliSession::Failure;
    }
    if (!session.resolveServer() || !session.resolveAccount() || !session.openCache(true))
        return CliSession::Failure;
    if (!bookingId.isEmpty()) {
        const std::optional<Booking> booking = session.cache().booking(bookingId);
        if (!booking) {
            CliOutput::error(tr("Booking %1 is not in the local copy. Bring it up to date "
                                "with: frontdesk-cli sync")
                                 .arg(bookingId));
            return CliSession::Failure;
        }
        leadId = booking->leadId;
        if (leadId.isEmpty()) {
            if (parser.isSet(QStringLiteral("json"))) {
                CliOutput::write(
                    QJsonDocument(QJsonObject{{QStringLiteral("lead"), QJsonValue()},
                                              {QStringLiteral("counts"), QJsonValue()},
                                              {QStringLiteral("bookings"), QJsonArray()}})
                        .toJson(QJsonDocument::Indented));
            } else {
                CliOutput::print(tr("Booking %1 has no customer record (lead: null), so it has "
                                    "no history.")
                                     .arg(bookingId));
            }
            return CliSession::Success;
        }
    }

    if (!parser.isSet(QStringLiteral("offline")) && session.loadToken()) {
        session.client().setAccessToken(session.token());
        LeadHistoryFetcher fetcher(&session.client(), &session.cache());
        const LeadHistoryFetcher::Report report =
            CliSession::await<LeadHistoryFetcher::Report>([&](QObject *context, auto done) {
                QObject::connect(&fetcher, &LeadHistoryFetcher::finished, context, done);
                fetcher.fetch(leadId);
            });
        if (!report.ok()) {
            CliOutput::error(
                tr("The server could not be asked (%1); this is the local copy.")
                    .arg(report.error ? report.error->userMessage() : report.cacheError));
        }
    }

    BookingQuery query;
    query.leadId = leadId;
    const CustomerHistory history =
        CustomerHistory::of(leadId, session.cache().bookings(query), Clock::now());
    if (history.bookings().isEmpty()) {
        CliOutput::error(tr("No bookings of lead %1 are known.").arg(leadId));
        return CliSession::Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        CliOutput::write(QJsonDocument(history.toJson()).toJson(QJsonDocument::Indented));
        return CliSession::Success;
    }
    printHistory(history);
    return CliSession::Success;
}
