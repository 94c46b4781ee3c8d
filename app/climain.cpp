#include "cliaccountcommands.h"
#include "cliactioncommands.h"
#include "clihistorycommand.h"
#include "cliinsightscommand.h"
#include "clilistcommands.h"
#include "clioutboxcommand.h"
#include "clioutput.h"
#include "clisession.h"
#include "clisynccommand.h"
#include "translationloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <functional>
#include <map>

namespace {

using Command = std::function<int(CliSession &, const QStringList &)>;

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("login"), CliAccountCommands::login},
        {QStringLiteral("logout"), CliAccountCommands::logout},
        {QStringLiteral("whoami"), CliAccountCommands::whoami},
        {QStringLiteral("sync"), CliSyncCommand::run},
        {QStringLiteral("list"), CliListCommands::list},
        {QStringLiteral("export"), CliListCommands::exportBookings},
        {QStringLiteral("reschedule"), CliActionCommands::reschedule},
        {QStringLiteral("cancel"), CliActionCommands::cancel},
        {QStringLiteral("no-show"), CliActionCommands::noShow},
        {QStringLiteral("complete"), CliActionCommands::complete},
        {QStringLiteral("arrive"), CliActionCommands::arrive},
        {QStringLiteral("unarrive"), CliActionCommands::unarrive},
        {QStringLiteral("outbox"), CliOutboxCommand::run},
        {QStringLiteral("insights"), CliInsightsCommand::run},
        {QStringLiteral("history"), CliHistoryCommand::run},
    };
    return table;
}

QString description()
{
    return QCoreApplication::translate(
        "climain",
        "Frontdesk on the command line: keeps a local copy of an Empfio organization's "
        "bookings, lists and exports it (also offline), and changes bookings.\n"
        "\n"
        "Commands (frontdesk-cli COMMAND --help for details):\n"
        "  login --email ADDRESS      sign in; the password is read from standard input\n"
        "                             when that is not a terminal, else asked for\n"
        "  logout                     remove the saved session from the system keychain\n"
        "  whoami                     show the signed-in user and organization\n"
        "  sync                       send waiting changes, then update the local copy\n"
        "  list [FILTERS] [--json]    list bookings of the local copy by start time\n"
        "  export --format csv|ics [--output FILE] [FILTERS]\n"
        "  reschedule ID START [END]  move a booking (END: START plus its length)\n"
        "  cancel ID [--reason TEXT]  cancel a booking\n"
        "  no-show ID                 mark a booking as a no-show\n"
        "  complete ID                mark a booking as completed\n"
        "  arrive ID                  the customer is at the desk (from 2 hours before the\n"
        "                             start until the end; every desk sees it)\n"
        "  unarrive ID                take back an arrival marked by mistake\n"
        "  outbox [discard N|apply N] changes the server does not have yet\n"
        "  history BOOKING_ID | --lead LEAD_ID [--json]\n"
        "                             a customer's bookings, visits, no-shows and\n"
        "                             cancellations\n"
        "  insights [--from DATE] [--to DATE] [--json]\n"
        "                             bookings by status, weekday, hour, service, channel\n"
        "                             and lead time; the customers with most no-shows\n"
        "\n"
        "FILTERS: --from DATE, --to DATE (YYYY-MM-DD in local time, --to included, or a\n"
        "date-time), --status STATUS (repeatable), --search TEXT.\n"
        "Changes take --force to apply even if the booking changed on the server.\n"
        "\n"
        "Environment:\n"
        "  FRONTDESK_SERVER    server address (like --server)\n"
        "  FRONTDESK_DATA_DIR  folder of the local copy (like --data-dir)\n"
        "  FRONTDESK_TOKEN     session token to use instead of the one saved by login;\n"
        "                      its account is the token's own. Never saved anywhere.\n"
        "\n"
        "Exit status: 0 done or queued in the outbox, 1 error, 2 conflict.");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the GUI: the same settings, data folder and keychain entries.
    QCoreApplication::setApplicationName(QStringLiteral("Frontdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Empfio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRONTDESK_VERSION));
    // The system's language unless the settings choose one; dates and numbers then follow
    // the chosen language too, so German output does not show English month names.
    QLocale::setDefault(TranslationLoader::selectedLocale());
    TranslationLoader::install(&app, QLocale());

    CliSession session;
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    CliSession::addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("climain", "What to do (see above)."),
                                 QCoreApplication::translate("climain", "COMMAND [ARGUMENTS]"));
    // Everything from the command on belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(QCoreApplication::arguments())) {
        CliOutput::error(QStringLiteral("frontdesk-cli: ") + parser.errorText());
        CliOutput::error(QCoreApplication::translate("climain", "See: frontdesk-cli --help"));
        return CliSession::Failure;
    }
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(CliSession::Success);
    if (rest.isEmpty()) {
        CliOutput::error(parser.helpText());
        return CliSession::Failure;
    }
    session.applyGlobalOptions(parser);

    const auto command = commands().find(rest.first());
    if (command == commands().end()) {
        CliOutput::error(QCoreApplication::translate(
                             "climain", "frontdesk-cli: unknown command “%1”. See: frontdesk-cli "
                                        "--help")
                             .arg(rest.first()));
        return CliSession::Failure;
    }
    return command->second(session, rest);
}
