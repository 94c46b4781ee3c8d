#include "clioutboxcommand.h"

#include "bookingactions.h"
#include "bookingcache.h"
#include "bookingjson.h"
#include "cliactioncommands.h"
#include "clicommandparser.h"
#include "clioutput.h"
#include "clisession.h"

namespace {

QString stateLabel(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return CliOutboxCommand::tr("waiting");
    case OutboxEntry::State::Conflict:
        return CliOutboxCommand::tr("conflict");
    case OutboxEntry::State::Failed:
        return CliOutboxCommand::tr("refused");
    }
    return {};
}

QString note(const OutboxEntry &entry)
{
    switch (entry.state) {
    case OutboxEntry::State::Pending:
        return entry.attempts > 0
                   ? CliOutboxCommand::tr("tried %n time(s)", nullptr, entry.attempts)
                   : QString();
    case OutboxEntry::State::Conflict: {
        QString ignored;
        const std::optional<Booking> server =
            BookingJson::decodeBookingBody(entry.serverJson, &ignored);
        return server ? CliOutboxCommand::tr("server: %1").arg(CliOutput::summary(*server))
                      : CliOutboxCommand::tr("changed on the server");
    }
    case OutboxEntry::State::Failed:
        return entry.error;
    }
    return {};
}

Booking seenOf(const OutboxEntry &entry)
{
    QString ignored;
    Booking seen = BookingJson::decodeBookingBody(entry.baseJson, &ignored).value_or(Booking{});
    seen.id = entry.bookingId;
    return seen;
}

} // namespace

int CliOutboxCommand::run(CliSession &session, const QStringList &arguments)
{
    CliCommandParser parser(
        session, arguments,
        tr("Lists the changes the server does not have yet. 'discard N' drops change N; "
           "'apply N' sends it even though the booking changed on the server."));
    parser.addPositional(QStringLiteral("action"),
                         tr("discard N or apply N, with N the number the list shows; without "
                            "it, the list."),
                         QStringLiteral("[discard N | apply N]"));
    if (!parser.parse(0, 2))
        return parser.exitCode();
    const QStringList positional = parser.positional();
    const QString action = positional.value(0);
    if (action.isEmpty() || action == u"list") {
        if (positional.size() > 1) {
            parser.usageError(tr("Unexpected argument “%1”.").arg(positional.at(1)));
            return CliSession::Failure;
        }
        return list(session);
    }
    if (action != u"discard" && action != u"apply") {
        parser.usageError(tr("Unknown outbox action “%1”: use discard N or apply N.").arg(action));
        return CliSession::Failure;
    }
    bool ok = false;
    const qint64 id = positional.value(1).toLongLong(&ok);
    if (!ok || id <= 0) {
        parser.usageError(positional.size() < 2
                              ? tr("Say which change: frontdesk-cli outbox %1 N").arg(action)
                              : tr("“%1” is not a change number: use the number that "
                                   "frontdesk-cli outbox shows.")
                                    .arg(positional.at(1)));
        return CliSession::Failure;
    }
    if (!session.resolveServer() || !session.resolveAccount() || !session.openCache(true))
        return CliSession::Failure;
    if (!session.cache().outboxEntry(id)) {
        CliOutput::error(tr("There is no change #%1 in the outbox. See the list with: "
                            "frontdesk-cli outbox")
                             .arg(id));
        return CliSession::Failure;
    }
    return action == u"discard" ? discard(session, id) : apply(session, id);
}

int CliOutboxCommand::list(CliSession &session)
{
    if (!session.resolveServer() || !session.resolveAccount() || !session.openCache(true))
        return CliSession::Failure;
    const QList<OutboxEntry> entries = session.cache().outbox();
    if (entries.isEmpty()) {
        CliOutput::print(tr("The outbox is empty: the server has every change."));
        return CliSession::Success;
    }
    QList<QStringList> rows{
        {tr("#"), tr("State"), tr("Booking"), tr("Change"), tr("Made"), tr("Note")}};
    for (const OutboxEntry &entry : entries) {
        rows.append({QString::number(entry.id), stateLabel(entry.state), entry.bookingId,
                     BookingChange::fromOutboxEntry(entry).describe(),
                     CliOutput::localDateTime(entry.createdAt), note(entry)});
    }
    CliOutput::write(CliOutput::table(rows).toUtf8());
    return CliSession::Success;
}

int CliOutboxCommand::discard(CliSession &session, qint64 id)
{
    const OutboxEntry entry = *session.cache().outboxEntry(id);
    BookingActions actions(&session.client(), &session.cache());
    actions.setActor(session.email());
    QString error;
    if (!actions.discard(id, &error)) {
        CliOutput::error(tr("Change #%1 could not be dropped: %2").arg(id).arg(error));
        return CliSession::Failure;
    }
    CliOutput::print(tr("Dropped change #%1 (%2 of booking %3).")
                         .arg(id)
                         .arg(BookingChange::fromOutboxEntry(entry).describe(), entry.bookingId));
    return CliSession::Success;
}

int CliOutboxCommand::apply(CliSession &session, qint64 id)
{
    const OutboxEntry entry = *session.cache().outboxEntry(id);
    if (!session.loadToken())
        return CliSession::Failure;
    BookingActions actions(&session.client(), &session.cache());
    actions.setActor(session.email());
    const ActionOutcome outcome = CliSession::await<ActionOutcome>(
        [&](QObject *context, auto done) { actions.resolve(id, true, context, done); });
    return CliActionCommands::report(outcome, seenOf(entry), BookingChange::fromOutboxEntry(entry));
}
