#include "clioutput.h"

#include "booking.h"
#include "timetext.h"

#include <QLocale>

#include <algorithm>
#include <cstdio>

namespace {

void put(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void CliOutput::print(const QString &text)
{
    put(stdout, text.toUtf8() + '\n');
}

void CliOutput::error(const QString &text)
{
    put(stderr, text.toUtf8() + '\n');
}

void CliOutput::write(const QByteArray &bytes)
{
    put(stdout, bytes);
}

QString CliOutput::table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column + 1 == row.size();
            line += last ? row.at(column) : row.at(column).leftJustified(widths[column] + 2);
        }
        text += line + u'\n';
    }
    return text;
}

QString CliOutput::localDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return tr("unknown");
    return TimeText::dateTime(time, QTimeZone::systemTimeZone());
}

QString CliOutput::localDate(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat)
                          : QString();
}

QString CliOutput::localTime(const QDateTime &time)
{
    return TimeText::timeOfDay(time, QTimeZone::systemTimeZone());
}

QString CliOutput::summary(const Booking &booking)
{
    return tr("%1–%2, %3, last changed %4")
        .arg(localDateTime(booking.startTime), localTime(booking.endTime),
             BookingStatuses::label(booking.status), localDateTime(booking.updatedAt));
}
