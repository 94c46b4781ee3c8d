#include "cliarguments.h"

#include "isodatetime.h"

#include <QCommandLineParser>

namespace {

constexpr qsizetype kMinimumIdPrefix = 4;

} // namespace

void CliArguments::addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("from"),
                      tr("Only bookings starting on or after this day (YYYY-MM-DD, local time) or "
                         "date-time."),
                      tr("date")});
    parser.addOption({QStringLiteral("to"),
                      tr("Only bookings starting on or before this day (YYYY-MM-DD, included) or "
                         "date-time."),
                      tr("date")});
    parser.addOption({QStringLiteral("status"),
                      tr("Only bookings with this status: confirmed, rescheduled, completed, "
                         "no_show or cancelled. Repeat it or separate with commas for several."),
                      tr("status")});
    parser.addOption({QStringLiteral("search"),
                      tr("Only bookings whose customer, phone, e-mail, service or notes contain "
                         "every word of this text."),
                      tr("text")});
}

std::optional<BookingQuery> CliArguments::filter(const QCommandLineParser &parser, QString *error)
{
    BookingQuery query;
    if (parser.isSet(QStringLiteral("from"))) {
        query.from = bound(parser.value(QStringLiteral("from")), Bound::Start, error);
        if (!query.from)
            return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("to"))) {
        query.to = bound(parser.value(QStringLiteral("to")), Bound::End, error);
        if (!query.to)
            return std::nullopt;
    }
    if (query.from && query.to && *query.from >= *query.to) {
        *error = tr("--from (%1) is after --to (%2): nothing could match.")
                     .arg(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to")));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("status"))) {
        const auto chosen = statuses(parser.values(QStringLiteral("status")), error);
        if (!chosen)
            return std::nullopt;
        query.statuses = *chosen;
    }
    query.search = parser.value(QStringLiteral("search")).trimmed();
    return query;
}

std::optional<QDateTime> CliArguments::dateTime(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (const auto withOffset = IsoDateTime::parse(trimmed))
        return withOffset;
    // Without an offset a time means the desk's own clock, as on the wall.
    QString local = trimmed;
    if (local.size() > 10 && local.at(10) == u' ')
        local[10] = u'T';
    if (local.size() > 10 && local.at(10) == u'T') {
        const QDateTime parsed = QDateTime::fromString(local, Qt::ISODate);
        if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
            return parsed.toUTC();
    }
    *error = tr("“%1” is not a date and time. Use YYYY-MM-DDTHH:MM (local time), for example "
                "2026-03-20T14:30, or add an offset such as Z or +01:00.")
                 .arg(text);
    return std::nullopt;
}

std::optional<QDateTime> CliArguments::bound(const QString &text, Bound which, QString *error)
{
    if (const std::optional<QDate> day = IsoDateTime::parseDate(text.trimmed())) {
        const QDate first = which == Bound::End ? day->addDays(1) : *day;
        return first.startOfDay().toUTC();
    }
    if (text.trimmed().size() <= 10) {
        *error = tr("“%1” is not a date. Use YYYY-MM-DD, for example 2026-03-20.").arg(text);
        return std::nullopt;
    }
    const std::optional<QDateTime> moment = dateTime(text, error);
    if (!moment)
        return std::nullopt;
    // The cache's upper bound is exclusive; a date-time given as --to is meant inclusive.
    return which == Bound::End ? moment->addMSecs(1) : *moment;
}

std::optional<QList<BookingStatus>> CliArguments::statuses(const QStringList &values,
                                                           QString *error)
{
    QList<BookingStatus> result;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            QString name = part.trimmed().toLower();
            name.replace(u'-', u'_');
            const std::optional<BookingStatus> status = BookingStatuses::fromWireName(name);
            if (!status) {
                QStringList known;
                for (BookingStatus each : BookingStatuses::all())
                    known.append(BookingStatuses::wireName(each));
                *error = tr("Unknown status “%1”. Use one of: %2.")
                             .arg(part.trimmed(), known.join(QStringLiteral(", ")));
                return std::nullopt;
            }
            if (!result.contains(*status))
                result.append(*status);
        }
    }
    if (result.isEmpty()) {
        *error = tr("--status needs a status, for example --status confirmed.");
        return std::nullopt;
    }
    return result;
}

std::optional<Booking> CliArguments::booking(const BookingCache &cache, const QString &id,
                                             QString *error)
{
    const QString wanted = id.trimmed();
    if (wanted.isEmpty()) {
        *error = tr("A booking id is missing. See the ids with: frontdesk-cli list");
        return std::nullopt;
    }
    if (auto exact = cache.booking(wanted))
        return exact;
    if (wanted.size() >= kMinimumIdPrefix) {
        std::optional<Booking> found;
        int matches = 0;
        for (const Booking &each : cache.bookings()) {
            if (each.id.startsWith(wanted, Qt::CaseInsensitive)) {
                found = each;
                ++matches;
            }
        }
        if (matches == 1)
            return found;
        if (matches > 1) {
            *error = tr("“%1” fits %2 bookings. Give more of the id.").arg(id).arg(matches);
            return std::nullopt;
        }
    }
    *error = tr("There is no booking “%1” in the local copy. Check the id with frontdesk-cli "
                "list, or fetch the latest bookings with frontdesk-cli sync.")
                 .arg(id);
    return std::nullopt;
}
