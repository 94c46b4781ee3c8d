#pragma once

#include "bookingcache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// Turns what a receptionist types on the command line into values: dates and times,
// statuses, booking filters, booking ids. Each parse function returns nullopt and sets
// *error to a translated sentence that says what was wrong and what is expected.
class CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(CliArguments)

public:
    enum class Bound { Start, End };

    // --from, --to, --status, --search (shared by list and export).
    static void addFilterOptions(QCommandLineParser &parser);
    static std::optional<BookingQuery> filter(const QCommandLineParser &parser, QString *error);

    // A date-time with an offset (2026-03-20T14:00:00Z, …+01:00) or in local time
    // (2026-03-20T14:00, 2026-03-20 14:00).
    static std::optional<QDateTime> dateTime(const QString &text, QString *error);
    // A local day (YYYY-MM-DD) as the start of that day, or (Bound::End) the start of the
    // next one, so that "--to 2026-03-20" includes the 20th; or a date-time as above.
    static std::optional<QDateTime> bound(const QString &text, Bound bound, QString *error);
    // Wire names, also with a dash (no-show), several separated by commas.
    static std::optional<QList<BookingStatus>> statuses(const QStringList &values, QString *error);
    // A booking of the cache by its id or by an unambiguous beginning of it.
    static std::optional<Booking> booking(const BookingCache &cache, const QString &id,
                                          QString *error);
};
