#include "isodatetime.h"

#include <QTime>

namespace {

// Offsets beyond ±23:59 do not exist in ISO 8601; real ones stay within -12:00..+14:00.
constexpr int kMaxOffsetHours = 23;
// Dates QDateTime can hold but the four-digit wire format cannot write back.
constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;
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

struct DateParts
{
    int year = 0;
    int month = 0;
    int day = 0;
};

constexpr bool isLeapYear(int year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

// The days QDate(year, month, day).isValid() accepts, years 1 to 9999 (four digits, no 0).
bool isValidDate(const DateParts &date)
{
    constexpr int kDaysInMonth[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (date.year < kMinYear || date.month < 1 || date.month > 12 || date.day < 1)
        return false;
    const int days = kDaysInMonth[date.month - 1] + (date.month == 2 && isLeapYear(date.year));
    return date.day <= days;
}

// Days from 1970-01-01 in the proleptic Gregorian calendar QDate uses (H. Hinnant's
// days_from_civil): computing it directly is a fraction of QDate's calendar work.
constexpr qint64 daysSinceEpoch(const DateParts &date)
{
    const int year = date.year - (date.month <= 2 ? 1 : 0);
    const int era = year / 400; // year >= 0 here
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

template<typename View> std::optional<DateParts> readDate(View text, qsizetype &pos)
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
    const DateParts date{*year, *month, *day};
    if (!isValidDate(date))
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

template<typename View> int twoDigits(View text, qsizetype pos)
{
    return (unit(text, pos) - u'0') * 10 + (unit(text, pos + 1) - u'0');
}

// "YYYY-MM-DDTHH:MM:SS", the start of every time the server writes, read at fixed places; the
// general reading below gives the same fields for such text, only slower.
constexpr qsizetype kLength = 19;

template<typename View>
bool readFixedStart(View text, std::optional<DateParts> *date, std::optional<int> *hour,
                    std::optional<int> *minute, std::optional<int> *second)
{
    if (text.size() < kLength || unit(text, 4) != u'-' || unit(text, 7) != u'-' ||
        unit(text, 10) != u'T' || unit(text, 13) != u':' || unit(text, 16) != u':')
        return false;
    // Without branches per digit: a loop over a layout string had been a third of a parse.
    constexpr qsizetype kDigits[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};
    bool digits = true;
    for (const qsizetype i : kDigits)
        digits &= isAsciiDigit(unit(text, i));
    if (!digits)
        return false;
    const DateParts parts{twoDigits(text, 0) * 100 + twoDigits(text, 2), twoDigits(text, 5),
                          twoDigits(text, 8)};
    if (isValidDate(parts))
        *date = parts;
    *hour = twoDigits(text, 11);
    *minute = twoDigits(text, 14);
    *second = twoDigits(text, 17);
    return true;
}

template<typename View> std::optional<QDateTime> parseDateTime(View text)
{
    qsizetype pos = 0;
    std::optional<DateParts> date;
    std::optional<int> hour;
    std::optional<int> minute;
    std::optional<int> second;
    if (readFixedStart(text, &date, &hour, &minute, &second)) {
        if (!date)
            return std::nullopt;
        pos = kLength;
    } else {
        date = readDate(text, pos);
        if (!date)
            return std::nullopt;
        if (!accept(text, pos, u'T') && !accept(text, pos, u't') && !accept(text, pos, u' '))
            return std::nullopt;
        hour = readDigits(text, pos, 2);
        if (!hour || !accept(text, pos, u':'))
            return std::nullopt;
        minute = readDigits(text, pos, 2);
        if (!minute)
            return std::nullopt;
        if (accept(text, pos, u':')) {
            second = readDigits(text, pos, 2);
            if (!second)
                return std::nullopt;
        }
    }
    int msecs = 0;
    if (second && accept(text, pos, u'.')) {
        const auto fraction = readMilliseconds(text, pos);
        if (!fraction)
            return std::nullopt;
        msecs = *fraction;
    }
    // What QTime accepts: no 24:00, no leap seconds; neither is written by the server.
    if (*hour > 23 || *minute > 59 || second.value_or(0) > 59)
        return std::nullopt;

    const auto offset = readOffset(text, pos);
    if (!offset || pos != text.size())
        return std::nullopt;

    const qint64 msecsSinceEpoch =
        daysSinceEpoch(*date) * kMsecsPerDay +
        ((*hour * 60 + *minute) * 60 + second.value_or(0)) * qint64(1000) + msecs -
        qint64(*offset) * 1000;
    // An offset can move the instant out of the years 1 to 9999 that the wire format writes.
    constexpr qint64 first = daysSinceEpoch({kMinYear, 1, 1}) * kMsecsPerDay;
    constexpr qint64 end = (daysSinceEpoch({kMaxYear, 12, 31}) + 1) * kMsecsPerDay;
    if (msecsSinceEpoch < first || msecsSinceEpoch >= end)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
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
    return QDate(date->year, date->month, date->day);
}
