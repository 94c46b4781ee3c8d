#include "wireformat.h"

#include <QDate>
#include <QRegularExpression>

#include <chrono>

namespace {

void appendPadded(QByteArray &out, qint64 value, int width)
{
    char digits[24];
    int count = 0;
    do {
        digits[count++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 || count < width);
    while (count > 0)
        out.append(digits[--count]);
}

struct Civil
{
    qint64 year;
    int month;
    int day;
};

// Howard Hinnant's civil_from_days: exact for the proleptic Gregorian calendar and far
// cheaper than a QDateTime per field when a page of 100 bookings is written.
Civil civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

void appendDateTime(QByteArray &out, qint64 seconds)
{
    const qint64 days = floorDiv(seconds, 86400);
    const qint64 secondOfDay = seconds - days * 86400;
    const Civil civil = civilFromDays(days);
    appendPadded(out, civil.year, 4);
    out.append('-');
    appendPadded(out, civil.month, 2);
    out.append('-');
    appendPadded(out, civil.day, 2);
    out.append('T');
    appendPadded(out, secondOfDay / 3600, 2);
    out.append(':');
    appendPadded(out, secondOfDay / 60 % 60, 2);
    out.append(':');
    appendPadded(out, secondOfDay % 60, 2);
}

} // namespace

QString WireFormat::formatUuid(const QByteArray &sixteenBytes)
{
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.append(QLatin1Char('-'));
        const auto byte = uchar(sixteenBytes.at(i));
        out.append(QLatin1Char(hex[byte >> 4]));
        out.append(QLatin1Char(hex[byte & 0xf]));
    }
    return out;
}

QString WireFormat::canonicalUuid(QStringView text)
{
    QString hexDigits;
    if (text.size() == 36) {
        for (int i = 0; i < 36; ++i) {
            const bool dash = (i == 8 || i == 13 || i == 18 || i == 23);
            if (dash != (text[i] == QLatin1Char('-')))
                return {};
            if (!dash)
                hexDigits.append(text[i]);
        }
    } else if (text.size() == 32) {
        hexDigits = text.toString();
    } else {
        return {};
    }
    for (QChar c : std::as_const(hexDigits)) {
        const char16_t u = c.unicode();
        const bool hex = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
        if (!hex)
            return {};
    }
    return formatUuid(QByteArray::fromHex(hexDigits.toLatin1()));
}

QByteArray WireFormat::formatUtcMs(qint64 msecsSinceEpoch)
{
    QByteArray out;
    out.reserve(28);
    const qint64 seconds = floorDiv(msecsSinceEpoch, 1000);
    appendDateTime(out, seconds);
    if (const qint64 ms = msecsSinceEpoch - seconds * 1000; ms != 0) {
        out.append('.');
        appendPadded(out, ms * 1000, 6);
    }
    out.append('Z');
    return out;
}

QByteArray WireFormat::formatUtcMicros(qint64 usecsSinceEpoch)
{
    QByteArray out;
    out.reserve(32);
    const qint64 seconds = floorDiv(usecsSinceEpoch, 1000000);
    appendDateTime(out, seconds);
    if (const qint64 us = usecsSinceEpoch - seconds * 1000000; us != 0) {
        out.append('.');
        appendPadded(out, us, 6);
    }
    out.append("+00:00");
    return out;
}

std::optional<qint64> WireFormat::parseDateTime(QStringView text, DateTimeError *error)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)"
        R"((Z|z|[+-]\d{2}(?::?\d{2})?)?$)"));
    const QRegularExpressionMatch match = pattern.match(text.toString());
    *error = DateTimeError::Invalid;
    if (!match.hasMatch())
        return std::nullopt;
    const auto number = [&match](int group) { return match.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    const int hour = number(4);
    const int minute = number(5);
    const int second = match.hasCaptured(6) ? number(6) : 0;
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    if (!match.hasCaptured(8)) {
        *error = DateTimeError::MissingOffset;
        return std::nullopt;
    }
    qint64 ms = 0;
    if (match.hasCaptured(7))
        ms = match.captured(7).leftJustified(3, QLatin1Char('0')).left(3).toInt();
    int offsetSeconds = 0;
    if (const QStringView zone = match.capturedView(8); zone.size() > 1) {
        const QString digits = zone.mid(1).toString().remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2, 2).toInt() : 0;
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.front() == QLatin1Char('-') ? -1 : 1);
    }
    const qint64 days = daysFromCivil(date.year(), date.month(), date.day());
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    *error = DateTimeError::None;
    return seconds * 1000 + ms;
}

qint64 WireFormat::daysFromCivil(int year, int month, int day)
{
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

namespace {
qint64 g_clockOffsetUs = 0; // set once at start, before any other thread runs
qint64 systemMicros()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}
} // namespace

qint64 WireFormat::nowMicros()
{
    return systemMicros() + g_clockOffsetUs;
}

void WireFormat::setNow(qint64 msecsSinceEpoch)
{
    g_clockOffsetUs = msecsSinceEpoch * 1000 - systemMicros();
}

const QStringList &WireFormat::bookingStatuses()
{
    static const QStringList statuses{QStringLiteral("confirmed"), QStringLiteral("cancelled"),
                                      QStringLiteral("rescheduled"), QStringLiteral("no_show"),
                                      QStringLiteral("completed")};
    return statuses;
}

bool WireFormat::isBookingStatus(QStringView status)
{
    for (const QString &known : bookingStatuses()) {
        if (known == status)
            return true;
    }
    return false;
}

bool WireFormat::isActiveStatus(QStringView status)
{
    return status == u"confirmed" || status == u"rescheduled";
}
