#include "timetext.h"

namespace {

QDateTime inZone(const QDateTime &utc, const QTimeZone &zone)
{
    return zone.isValid() ? utc.toTimeZone(zone) : utc;
}

} // namespace

QString TimeText::withoutSeconds(const QString &format)
{
    QString out;
    out.reserve(format.size());
    const qsizetype n = format.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = format.at(i);
        if (c == u'\'') {
            // A quoted literal: copy it untouched, '' included.
            qsizetype j = i + 1;
            while (j < n) {
                if (format.at(j) == u'\'') {
                    if (j + 1 < n && format.at(j + 1) == u'\'') {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            out += format.mid(i, qMin(j + 1, n) - i);
            i = j + 1;
            continue;
        }
        if (c == u's') {
            qsizetype j = i;
            while (j < n && format.at(j) == u's')
                ++j;
            // Drop the separator written just before the seconds (":", ".", a space).
            while (!out.isEmpty() && !out.back().isLetterOrNumber() && out.back() != u'\'')
                out.chop(1);
            // Fractions of a second ("ss.zzz") go with the seconds.
            if (j < n && (format.at(j) == u'.' || format.at(j) == u',') && j + 1 < n &&
                format.at(j + 1) == u'z') {
                ++j;
                while (j < n && format.at(j) == u'z')
                    ++j;
            }
            i = j;
            // Keep a space before what follows (e.g. "h:mm:ss AP" -> "h:mm AP").
            if (i < n && format.at(i) == u' ' && !out.isEmpty() && out.back() != u' ') {
                out += u' ';
                ++i;
            }
            continue;
        }
        out += c;
        ++i;
    }
    return out.trimmed();
}

QString TimeText::timeFormat(const QLocale &locale)
{
    return withoutSeconds(locale.timeFormat(QLocale::ShortFormat));
}

QString TimeText::timeOfDay(const QDateTime &utc, const QTimeZone &zone, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    return locale.toString(inZone(utc, zone).time(), timeFormat(locale));
}

QString TimeText::shortDate(const QDateTime &utc, const QTimeZone &zone, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    return locale.toString(inZone(utc, zone).date(), QLocale::ShortFormat);
}

QString TimeText::clock(const QTime &time, const QLocale &locale)
{
    return time.isValid() ? locale.toString(time, timeFormat(locale)) : QString();
}

QString TimeText::longDateTime(const QDateTime &utc, const QTimeZone &zone, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = inZone(utc, zone);
    return locale.toString(local.date(), QLocale::LongFormat) + u' ' + clock(local.time(), locale);
}

QString TimeText::dateTime(const QDateTime &utc, const QTimeZone &zone, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = inZone(utc, zone);
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + clock(local.time(), locale);
}
