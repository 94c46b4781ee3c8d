#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

// The one way a time of day or a date-time is shown (issue 20): in the display zone, in the
// locale's short format, and never with seconds, whatever the locale's format has.
class TimeText
{
public:
    // "14:30" / "2:30 PM": the time of day of `utc` in `zone`.
    static QString timeOfDay(const QDateTime &utc, const QTimeZone &zone,
                             const QLocale &locale = QLocale());
    // The short date and the time of day of `utc` in `zone`.
    static QString dateTime(const QDateTime &utc, const QTimeZone &zone,
                            const QLocale &locale = QLocale());
    // The long date and the time of day of `utc` in `zone` ("Saturday, 5 December 2026 10:50").
    static QString longDateTime(const QDateTime &utc, const QTimeZone &zone,
                                const QLocale &locale = QLocale());
    // A wall-clock time ("9:00 AM", "09:00"), e.g. an hour ruler's or a setting's.
    static QString clock(const QTime &time, const QLocale &locale = QLocale());
    // The short date of `utc` in `zone`.
    static QString shortDate(const QDateTime &utc, const QTimeZone &zone,
                             const QLocale &locale = QLocale());

    // The locale's short time format without its seconds part (and that part's separator).
    static QString timeFormat(const QLocale &locale = QLocale());
    // `format` with every seconds token ("s", "ss") and the separator before it removed.
    static QString withoutSeconds(const QString &format);
};
