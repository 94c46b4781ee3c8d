#include "clilistcommands.h"

#include "bookingcache.h"
#include "bookingcsvexporter.h"
#include "bookingicsexporter.h"
#include "bookingjson.h"
#include "cliarguments.h"
#include "clicommandparser.h"
#include "clioutput.h"
#include "clisession.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

std::optional<QList<Booking>> filtered(CliSession &session, CliCommandParser &parser)
{
    QString error;
    const std::optional<BookingQuery> query = CliArguments::filter(parser.parser(), &error);
    if (!query) {
        parser.usageError(error);
        return std::nullopt;
    }
    if (!session.resolveServer() || !session.resolveAccount() || !session.openCache(true))
        return std::nullopt;
    return session.cache().bookings(*query);
}

QString tableOf(const QList<Booking> &bookings)
{
    QList<QStringList> rows;
    rows.append({CliListCommands::tr("ID"), CliListCommands::tr("Date"),
                 CliListCommands::tr("Time"), CliListCommands::tr("Status"),
                 CliListCommands::tr("Customer"), CliListCommands::tr("Service"),
                 CliListCommands::tr("Phone")});
    for (const Booking &booking : bookings) {
        const QString customer = booking.lead ? booking.lead->name : QString();
        const QString phone = booking.lead ? booking.lead->phone : QString();
        rows.append(
            {booking.id, CliOutput::localDate(booking.startTime),
             CliOutput::localTime(booking.startTime) + u'–' + CliOutput::localTime(booking.endTime),
             BookingStatuses::label(booking.status), customer.simplified(),
             booking.service().simplified(), phone});
    }
    return CliOutput::table(rows);
}

} // namespace

int CliListCommands::list(CliSession &session, const QStringList &arguments)
{
    CliCommandParser parser(session, arguments,
                            tr("Lists bookings from the local copy, ordered by start time. "
                               "Works offline; run frontdesk-cli sync to bring it up to date."));
    CliArguments::addFilterOptions(parser.parser());
    parser.addOption({QStringLiteral("json"),
                      tr("Print a JSON array of bookings as the API writes them (times in "
                         "UTC).")});
    if (!parser.parse())
        return parser.exitCode();
    const std::optional<QList<Booking>> bookings = filtered(session, parser);
    if (!bookings)
        return CliSession::Failure;

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Booking &booking : *bookings)
            array.append(BookingJson::encode(booking));
        CliOutput::write(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CliSession::Success;
    }
    if (bookings->isEmpty()) {
        CliOutput::print(tr("No bookings match."));
        return CliSession::Success;
    }
    CliOutput::write(tableOf(*bookings).toUtf8());
    CliOutput::print(tr("%n booking(s)", nullptr, int(bookings->size())));
    return CliSession::Success;
}

int CliListCommands::exportBookings(CliSession &session, const QStringList &arguments)
{
    CliCommandParser parser(
        session, arguments,
        tr("Writes bookings from the local copy as CSV (for spreadsheets) or iCalendar (for "
           "calendar programs). Works offline."));
    CliArguments::addFilterOptions(parser.parser());
    parser.addOption(
        {QStringLiteral("format"), tr("csv or ics (default: from the file name)."), tr("format")});
    parser.addOption({QStringLiteral("output"),
                      tr("File to write (default: standard output). Replaced only once the "
                         "export is complete."),
                      tr("file")});
    if (!parser.parse())
        return parser.exitCode();

    const QString output = parser.value(QStringLiteral("output"));
    QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format.isEmpty())
        format = QFileInfo(output).suffix().toLower();
    if (format != u"csv" && format != u"ics") {
        parser.usageError(
            format.isEmpty()
                ? tr("Say which format to write: --format csv or --format ics.")
                : tr("Unknown format “%1”: use --format csv or --format ics.").arg(format));
        return CliSession::Failure;
    }
    const std::optional<QList<Booking>> bookings = filtered(session, parser);
    if (!bookings)
        return CliSession::Failure;
    const QByteArray data = format == u"csv" ? BookingCsvExporter::toCsv(*bookings)
                                             : BookingIcsExporter::toIcs(*bookings);
    if (output.isEmpty() || output == u"-") {
        CliOutput::write(data);
        return CliSession::Success;
    }
    // A half-written export must never replace a good one: QSaveFile renames only on commit.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        CliOutput::error(tr("Cannot write %1: %2").arg(output, file.errorString()));
        return CliSession::Failure;
    }
    CliOutput::print(tr("Exported %n booking(s) to %1.", nullptr, int(bookings->size()))
                         .arg(QFileInfo(output).absoluteFilePath()));
    return CliSession::Success;
}
