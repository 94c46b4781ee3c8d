#include "cliactioncommands.h"

#include "bookingcache.h"
#include "cliarguments.h"
#include "clicommandparser.h"
#include "clioutput.h"
#include "clisession.h"
#include "clock.h"

namespace {

const QString kForce = QStringLiteral("force");

QCommandLineOption forceOption()
{
    return {kForce, CliActionCommands::tr("Apply the change even if the booking changed on the "
                                          "server since the last sync.")};
}

// Opens what every action needs; prints why not and returns nullopt otherwise.
std::optional<Booking> prepare(CliSession &session, CliCommandParser &parser)
{
    if (!session.resolveServer() || !session.resolveAccount() || !session.openCache(true))
        return std::nullopt;
    QString error;
    std::optional<Booking> seen =
        CliArguments::booking(session.cache(), parser.positional().value(0), &error);
    if (!seen) {
        CliOutput::error(error);
        return std::nullopt;
    }
    if (!session.loadToken())
        return std::nullopt;
    return seen;
}

} // namespace

int CliActionCommands::reschedule(CliSession &session, const QStringList &arguments)
{
    CliCommandParser parser(session, arguments,
                            tr("Moves a booking. Times are local unless they carry an offset."));
    parser.addPositional(QStringLiteral("id"), tr("The booking (its id or a unique beginning)."),
                         QStringLiteral("ID"));
    parser.addPositional(QStringLiteral("start"), tr("New start, e.g. 2026-03-20T14:30."),
                         tr("START"));
    parser.addPositional(QStringLiteral("end"),
                         tr("New end (default: the start plus the booking's current length)."),
                         tr("[END]"));
    parser.addOption(forceOption());
    if (!parser.parse(2, 3))
        return parser.exitCode();
    QString error;
    const std::optional<QDateTime> start =
        CliArguments::dateTime(parser.positional().at(1), &error);
    std::optional<QDateTime> end;
    if (start && parser.positional().size() > 2)
        end = CliArguments::dateTime(parser.positional().at(2), &error);
    if (!start || (parser.positional().size() > 2 && !end)) {
        parser.usageError(error);
        return CliSession::Failure;
    }
    const std::optional<Booking> seen = prepare(session, parser);
    if (!seen)
        return CliSession::Failure;
    if (!end) {
        if (seen->durationSecs() <= 0) {
            parser.usageError(tr("The booking has no length to keep: give the new end too."));
            return CliSession::Failure;
        }
        end = start->addSecs(seen->durationSecs());
    }
    if (*end <= *start) {
        parser.usageError(
            tr("The end (%1) must be after the start (%2).")
                .arg(CliOutput::localDateTime(*end), CliOutput::localDateTime(*start)));
        return CliSession::Failure;
    }
    return perform(session, *seen, BookingChange::reschedule(*start, *end), parser.isSet(kForce));
}

int CliActionCommands::cancel(CliSession &session, const QStringList &arguments)
{
    CliCommandParser parser(session, arguments, tr("Cancels a booking."));
    parser.addPositional(QStringLiteral("id"), tr("The booking (its id or a unique beginning)."),
                         QStringLiteral("ID"));
    parser.addOption(
        {QStringLiteral("reason"), tr("Why it is cancelled (kept with the booking)."), tr("text")});
    parser.addOption(forceOption());
    if (!parser.parse(1, 1))
        return parser.exitCode();
    const std::optional<Booking> seen = prepare(session, parser);
    if (!seen)
        return CliSession::Failure;
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    return perform(session, *seen, BookingChange::cancel(reason), parser.isSet(kForce));
}

int CliActionCommands::noShow(CliSession &session, const QStringList &arguments)
{
    return setStatus(session, arguments, BookingStatus::NoShow);
}

int CliActionCommands::complete(CliSession &session, const QStringList &arguments)
{
    return setStatus(session, arguments, BookingStatus::Completed);
}

int CliActionCommands::setStatus(CliSession &session, const QStringList &arguments,
                                 BookingStatus status)
{
    CliCommandParser parser(session, arguments,
                            status == BookingStatus::NoShow
                                ? tr("Marks a booking as a no-show: the customer did not come.")
                                : tr("Marks a booking as completed."));
    parser.addPositional(QStringLiteral("id"), tr("The booking (its id or a unique beginning)."),
                         QStringLiteral("ID"));
    parser.addOption(forceOption());
    if (!parser.parse(1, 1))
        return parser.exitCode();
    const std::optional<Booking> seen = prepare(session, parser);
    if (!seen)
        return CliSession::Failure;
    return perform(session, *seen, BookingChange::setStatus(status), parser.isSet(kForce));
}

int CliActionCommands::arrive(CliSession &session, const QStringList &arguments)
{
    return markArrival(session, arguments, true);
}

int CliActionCommands::unarrive(CliSession &session, const QStringList &arguments)
{
    return markArrival(session, arguments, false);
}

int CliActionCommands::markArrival(CliSession &session, const QStringList &arguments, bool arrived)
{
    CliCommandParser parser(
        session, arguments,
        arrived ? tr("Marks the customer of a booking as arrived (at the desk now). Every desk "
                     "sees it after its next sync; possible from 2 hours before the start "
                     "until the end.")
                : tr("Takes back an arrival marked by mistake."));
    parser.addPositional(QStringLiteral("id"), tr("The booking (its id or a unique beginning)."),
                         QStringLiteral("ID"));
    parser.addOption(forceOption());
    if (!parser.parse(1, 1))
        return parser.exitCode();
    const std::optional<Booking> seen = prepare(session, parser);
    if (!seen)
        return CliSession::Failure;
    const BookingChange change =
        arrived ? BookingChange::arrive(Clock::now(), session.email()) : BookingChange::unarrive();
    return perform(session, *seen, change, parser.isSet(kForce));
}

int CliActionCommands::perform(CliSession &session, const Booking &seen,
                               const BookingChange &change, bool force)
{
    // The GUI's rules and words (BookingRules): nothing is sent when they say no.
    if (const RuleVerdict verdict = change.check(seen, Clock::now()); !verdict) {
        CliOutput::error(tr("Not possible: %1").arg(verdict.reason));
        return CliSession::Failure;
    }
    BookingActions actions(&session.client(), &session.cache());
    actions.setActor(session.email());
    const ActionOutcome outcome =
        CliSession::await<ActionOutcome>([&](QObject *context, auto done) {
            if (force)
                actions.applyAnyway(seen, change, context, done);
            else
                actions.apply(seen, change, context, done);
        });
    return report(outcome, seen, change);
}

int CliActionCommands::report(const ActionOutcome &outcome, const Booking &seen,
                              const BookingChange &change)
{
    using Result = ActionOutcome::Result;
    switch (outcome.result) {
    case Result::Applied:
        CliOutput::print(tr("Done: %1.").arg(change.describe()));
        if (outcome.booking)
            CliOutput::print(
                tr("Booking %1 now: %2").arg(seen.id, CliOutput::summary(*outcome.booking)));
        return CliSession::Success;
    case Result::Queued:
        CliOutput::print(
            tr("Not sent yet: %1").arg(outcome.error ? outcome.error->userMessage() : QString()));
        CliOutput::print(tr("“%1” waits in the outbox as #%2 and is sent by the next "
                            "frontdesk-cli sync.")
                             .arg(change.describe())
                             .arg(outcome.outboxId));
        return CliSession::Success;
    case Result::Conflict: {
        CliOutput::error(tr("Conflict: booking %1 was changed on the server after your last "
                            "sync, so “%2” was not sent.")
                             .arg(seen.id, change.describe()));
        QList<QStringList> rows{{QString(), tr("Start"), tr("Status"), tr("Last changed")}};
        const auto row = [](const QString &label, const Booking &booking) {
            return QStringList{label, CliOutput::localDateTime(booking.startTime),
                               BookingStatuses::label(booking.status),
                               CliOutput::localDateTime(booking.updatedAt)};
        };
        rows.append(row(tr("Your copy:"), seen));
        if (outcome.booking)
            rows.append(row(tr("Server:"), *outcome.booking));
        QString table = CliOutput::table(rows);
        table.chop(1); // the last line end; error() adds one
        CliOutput::error(table);
        CliOutput::error(tr("The change waits in the outbox as #%1. Send it anyway with "
                            "frontdesk-cli outbox apply %1 (or repeat the command with "
                            "--force), or drop it with frontdesk-cli outbox discard %1.")
                             .arg(outcome.outboxId));
        return CliSession::Conflict;
    }
    case Result::Refused:
        CliOutput::error(
            tr("Not done: %1")
                .arg(outcome.error ? outcome.error->userMessage() : tr("the server refused it.")));
        return CliSession::Failure;
    }
    return CliSession::Failure;
}
