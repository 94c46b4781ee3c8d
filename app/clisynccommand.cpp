#include "clisynccommand.h"

#include "appsettings.h"
#include "bookingactions.h"
#include "bookingcache.h"
#include "clicommandparser.h"
#include "clioutput.h"
#include "clisession.h"
#include "detailfetcher.h"
#include "syncengine.h"

#include <QSettings>

#include <algorithm>

using namespace std::chrono_literals;

namespace {

int countIn(const QList<OutboxEntry> &entries, OutboxEntry::State state)
{
    return int(std::count_if(entries.begin(), entries.end(),
                             [state](const OutboxEntry &entry) { return entry.state == state; }));
}

} // namespace

int CliSyncCommand::run(CliSession &session, const QStringList &arguments)
{
    CliCommandParser parser(
        session, arguments,
        tr("Sends the changes waiting in the outbox, then brings the local copy up to date with "
           "every booking on the server."));
    if (!parser.parse())
        return parser.exitCode();
    if (!session.resolveServer() || !session.resolveAccount() || !session.loadToken() ||
        !session.openCache(false))
        return CliSession::Failure;

    ApiClient &client = session.client();
    BookingCache &cache = session.cache();

    // Changes first: the pass that follows then already shows their outcome.
    if (countIn(cache.outbox(), OutboxEntry::State::Pending) > 0) {
        BookingActions actions(&client, &cache);
        actions.setActor(session.email());
        const ReplayReport replay = CliSession::await<ReplayReport>(
            [&](QObject *context, auto done) { actions.replayOutbox(context, done); });
        CliOutput::print(tr("Outbox: %1 sent, %2 in conflict, %3 refused, %4 still waiting.")
                             .arg(replay.applied)
                             .arg(replay.conflicts)
                             .arg(replay.refused)
                             .arg(replay.remaining));
        if (replay.error && replay.error->isUnauthorized()) {
            CliOutput::error(replay.error->userMessage());
            CliOutput::error(tr("Sign in again with: %1").arg(session.loginCommand()));
            return CliSession::Failure;
        }
        // Changes still waiting mean the server is out of reach: paging would only fail the
        // same way after the same retries.
        if (replay.remaining > 0 && replay.error && replay.error->isTransient()) {
            CliOutput::error(tr("Sync failed: %1").arg(replay.error->userMessage()));
            CliOutput::error(tr("The local copy was kept as it was."));
            return CliSession::Failure;
        }
    }

    SyncEngine engine(&client, &cache);
    engine.setInterval(0s);
    const SyncReport report = CliSession::await<SyncReport>([&](QObject *context, auto done) {
        QObject::connect(&engine, &SyncEngine::syncFinished, context, done);
        engine.refreshNow();
    });

    if (!report.ok()) {
        if (report.error) {
            CliOutput::error(tr("Sync failed: %1").arg(report.error->userMessage()));
            if (report.error->isUnauthorized())
                CliOutput::error(tr("Sign in again with: %1").arg(session.loginCommand()));
        } else if (!report.cacheError.isEmpty()) {
            CliOutput::error(tr("Sync failed: the local copy in %1 could not be written (%2). "
                                "Check the free disk space and that the folder is writable.")
                                 .arg(cache.filePath(), report.cacheError));
        } else {
            CliOutput::error(tr("Sync failed: the server's list ended before every booking "
                                "arrived. Please try again."));
        }
        if (report.fetched > 0)
            CliOutput::error(tr("The %n booking(s) that did arrive are in the local copy; "
                                "nothing was removed from it.",
                                nullptr, report.fetched));
        else
            CliOutput::error(tr("The local copy was kept as it was."));
        return CliSession::Failure;
    }

    CliOutput::print(tr("Fetched %n booking(s) in %1: %2 inserted, %3 changed, %4 "
                        "removed, %5 skipped (%6 ms).",
                        nullptr, report.fetched)
                         .arg(tr("%n page(s)", nullptr, report.pages))
                         .arg(report.inserted.size())
                         .arg(report.changed.size())
                         .arg(report.removed.size())
                         .arg(report.skipped)
                         .arg(report.elapsedMs));
    if (!report.stillThere.isEmpty())
        CliOutput::print(tr("%n booking(s) the list did not show this time are still on the "
                            "server (the list changed while it was read) and were kept.",
                            nullptr, int(report.stillThere.size())));

    // What brief list rows leave out, for the days a desk works with, as the GUI does.
    DetailFetcher details(&client, &cache);
    details.setTimeZone(AppSettings::load(QSettings()).timeZone());
    const RecordFetcher::Report fetched =
        CliSession::await<RecordFetcher::Report>([&](QObject *context, auto done) {
            QObject::connect(&details, &DetailFetcher::roundFinished, context, done);
            details.refresh();
        });
    if (fetched.requests > 0) {
        CliOutput::print(tr("Fetched %n full record(s) the list's rows left out (yesterday to "
                            "%1 days ahead).",
                            nullptr, int(fetched.written.size() + fetched.unchanged.size()))
                             .arg(DetailFetcher::kDaysAhead));
        if (fetched.error)
            CliOutput::error(tr("%n full record(s) could not be fetched: %1", nullptr,
                                int(fetched.failed.size()))
                                 .arg(fetched.error->userMessage()));
    }
    const QList<OutboxEntry> left = cache.outbox();
    const int undecided =
        countIn(left, OutboxEntry::State::Conflict) + countIn(left, OutboxEntry::State::Failed);
    if (undecided > 0)
        CliOutput::error(tr("%n change(s) in the outbox need a decision: see frontdesk-cli "
                            "outbox.",
                            nullptr, undecided));
    session.remember(session.email());
    return CliSession::Success;
}
