#include "isodatetime.h"

#include <QTime>

namespace {

// Offsets beyond ±23:59 do not exist in ISO 8601; real ones stay within -12:00..+14:00.
constexpr int kMaxOffsetHours = 23;
// Dates QDateTime can hold but the four-digit wire format cannot write back.
constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;
constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01
constexpr qint64 kMsecsPerDay = 24 * 3600 * 1000;

// Each grammar function below reads UTF-16 (QStringView) or UTF-8 (QByteArrayView). Every
// character the grammar accepts is ASCII, and any other character, one code unit in UTF-16
// or several bytes of 0x80 and up in UTF-8, fails it the same way in both.
char16_t unit(QStringView text, qsizetype i)
{
    return text[i].unicode();
}

char16_t unit(QByteArrayView text, qsizetype i)
{
    return uchar(text[i]);
}

bool isAsciiDigit(char16_t c)
{
    // QChar::isDigit() also accepts Arabic-Indic, fullwidth and other decimal digits.
    return c >= u'0' && c <= u'9';
}

template<typename View> std::optional<int> readDigits(View text, qsizetype &pos, int count)
{
    if (text.size() - pos < count)
        return std::nullopt;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = unit(text, pos + i);
        if (!isAsciiDigit(c))
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    pos += count;
    return value;
}

template<typename View> bool accept(View text, qsizetype &pos, char16_t c)
{
    if (pos < text.size() && unit(text, pos) == c) {
        ++pos;
        return true;
    }
    return false;
}

template<typename View> std::optional<QDate> readDate(View text, qsizetype &pos)
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

template<typename View> std::optional<int> readMilliseconds(View text, qsizetype &pos)
{
    const qsizetype start = pos;
    int msecs = 0;
    while (pos < text.size() && isAsciiDigit(unit(text, pos))) {
        // Truncated, not rounded: rounding 23:59:59.9999 would carry into the next day.
        if (pos - start < 3)
            msecs = msecs * 10 + (unit(text, pos) - u'0');
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
template<typename View> std::optional<int> readOffset(View text, qsizetype &pos)
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
    if (colon || (pos < text.size() && isAsciiDigit(unit(text, pos)))) {
        const auto value = readDigits(text, pos, 2);
        if (!value || *value > 59)
            return std::nullopt;
        minutes = *value;
    }
    return sign * (*hours * 3600 + minutes * 60);
}

template<typename View> std::optional<QDateTime> parseDateTime(View text)
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

    // The instant of QDateTime(*date, time, Qt::UTC).addSecs(-*offset), built from its
    // milliseconds: the calendar work of building it twice was most of a parse.
    const qint64 msecsSinceEpoch = (date->toJulianDay() - kJulianDayOfEpoch) * kMsecsPerDay +
                                   time.msecsSinceStartOfDay() - qint64(*offset) * 1000;
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
    // An offset moves the date by less than a day, so only the range's first and last day
    // can leave it (comparing Julian days: QDate::year() is a calendar computation).
    static const qint64 firstDay = QDate(kMinYear, 1, 1).toJulianDay();
    static const qint64 lastDay = QDate(kMaxYear, 12, 31).toJulianDay();
    if (date->toJulianDay() == firstDay || date->toJulianDay() == lastDay) {
        if (utc.date().year() < kMinYear || utc.date().year() > kMaxYear)
            return std::nullopt;
    }
    return utc;
}

} // namespace

std::optional<QDateTime> IsoDateTime::parse(QStringView text)
{
    return parseDateTime(text);
}

std::optional<QDateTime> IsoDateTime::parseUtf8(QByteArrayView text)
{
    return parseDateTime(text);
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
