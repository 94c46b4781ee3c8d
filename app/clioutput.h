#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct Booking;

// Everything frontdesk-cli prints goes through here: UTF-8 on stdout and stderr, times in
// the local time zone with QLocale.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    static void print(const QString &text);
    static void error(const QString &text);
    static void write(const QByteArray &bytes);

    // Rows of cells as columns padded to the widest cell.
    static QString table(const QList<QStringList> &rows);

    static QString localDateTime(const QDateTime &time);
    static QString localDate(const QDateTime &time);
    static QString localTime(const QDateTime &time);
    // "20/03/2026 14:00–14:30, Confirmed, last changed 19/03/2026 10:12"
    static QString summary(const Booking &booking);
};
