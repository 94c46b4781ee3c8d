#include "isodatetime.h"

#include <QTime>

namespace {

// Offsets beyond ±23:59 do not exist in ISO 8601; real ones stay within -12:00..+14:00.
constexpr int kMaxOffsetHours = 23;
// Dates QDateTime can hold but the four-digit wire format cannot write back.
constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;

bool isAsciiDigit(QChar c)
{
    // QChar::isDigit() also accepts Arabic-Indic, fullwidth and other decimal digits.
    return c >= u'0' && c <= u'9';
}

std::optional<int> readDigits(QStringView text, qsizetype &pos, int count)
{
    if (text.size() - pos < count)
        return std::nullopt;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (!isAsciiDigit(c))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    pos += count;
    return value;
}

bool accept(QStringView text, qsizetype &pos, char16_t c)
{
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

std::optional<QDate> readDate(QStringView text, qsizetype &pos)
{
    const auto year = readDigits(text, pos, 4);
    if (!year || !accept(text, pos, u'-'))
        return std::nullopt;
    const auto month = readDigits(text, pos, 2);
    if (!month || !accept(text, pos, u'-'))
        return std::nullopt;
    const auto day = readDigits(text, pos, 2);
    if (!day)
        return std::nullopt;
    // QDate rejects month 13, Feb 30 and year 0 by itself.
    const QDate date(*year, *month, *day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<int> readMilliseconds(QStringView text, qsizetype &pos)
{
    const qsizetype start = pos;
    int msecs = 0;
    while (pos < text.size() && isAsciiDigit(text[pos])) {
        // Truncated, not rounded: rounding 23:59:59.9999 would carry into the next day.
        if (pos - start < 3)
            msecs = msecs * 10 + (text[pos].unicode() - u'0');
        ++pos;
    }
    const qsizetype length = pos - start;
    if (length == 0)
        return std::nullopt;
    for (qsizetype i = length; i < 3; ++i)
        msecs *= 10;
    return msecs;
}

// Seconds east of UTC.
std::optional<int> readOffset(QStringView text, qsizetype &pos)
{
    if (accept(text, pos, u'Z') || accept(text, pos, u'z'))
        return 0;
    int sign = 0;
    if (accept(text, pos, u'+'))
        sign = 1;
    else if (accept(text, pos, u'-'))
        sign = -1;
    else
        return std::nullopt;
    const auto hours = readDigits(text, pos, 2);
    if (!hours || *hours > kMaxOffsetHours)
        return std::nullopt;
    int minutes = 0;
    const bool colon = accept(text, pos, u':');
    if (colon || (pos < text.size() && isAsciiDigit(text[pos]))) {
        const auto value = readDigits(text, pos, 2);
        if (!value || *value > 59)
            return std::nullopt;
        minutes = *value;
    }
    return sign * (*hours * 3600 + minutes * 60);
}

} // namespace

std::optional<QDateTime> IsoDateTime::parse(QStringView text)
{
    qsizetype pos = 0;
    const auto date = readDate(text, pos);
    if (!date)
        return std::nullopt;
    if (!accept(text, pos, u'T') && !accept(text, pos, u't') && !accept(text, pos, u' '))
        return std::nullopt;

    const auto hour = readDigits(text, pos, 2);
    if (!hour || !accept(text, pos, u':'))
        return std::nullopt;
    const auto minute = readDigits(text, pos, 2);
    if (!minute)
        return std::nullopt;
    int second = 0;
    int msecs = 0;
    if (accept(text, pos, u':')) {
        const auto value = readDigits(text, pos, 2);
        if (!value)
            return std::nullopt;
        second = *value;
        if (accept(text, pos, u'.')) {
            const auto fraction = readMilliseconds(text, pos);
            if (!fraction)
                return std::nullopt;
            msecs = *fraction;
        }
    }
    // QTime rejects 24:00 and leap seconds; neither is written by the server.
    const QTime time(*hour, *minute, second, msecs);
    if (!time.isValid())
        return std::nullopt;

    const auto offset = readOffset(text, pos);
    if (!offset || pos != text.size())
        return std::nullopt;

    const QDateTime utc = QDateTime(*date, time, Qt::UTC).addSecs(-*offset);
    if (utc.date().year() < kMinYear || utc.date().year() > kMaxYear)
        return std::nullopt;
    return utc;
}

QString IsoDateTime::format(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    QString text = QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d", date.year(), date.month(),
                                     date.day(), clock.hour(), clock.minute(), clock.second());
    if (clock.msec() != 0)
        text += QString::asprintf(".%03d", clock.msec());
    text += u'Z';
    return text;
}

std::optional<QDate> IsoDateTime::parseDate(QStringView text)
{
    qsizetype pos = 0;
    const auto date = readDate(text, pos);
    if (!date || pos != text.size())
        return std::nullopt;
    return date;
}
