#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// The list's date filter: a named preset or a custom range of days, turned into a range of
// start times in the display time zone.
class DatePreset
{
    Q_DECLARE_TR_FUNCTIONS(DatePreset)

public:
    enum Preset { Today, Tomorrow, ThisWeek, Upcoming, Past, All, Custom };

    struct Range
    {
        std::optional<qint64> fromMs; // start >= from (UTC ms)
        std::optional<qint64> toMs;   // start < to
    };

    static QList<Preset> all();
    static QString label(Preset preset);
    // What an empty list says when the preset leaves no booking ("No bookings today.").
    static QString emptyText(Preset preset);
    static QString settingsKey(Preset preset);
    static std::optional<Preset> fromSettingsKey(const QString &key);
    // `from`/`to` are the first and last day of a Custom range (inclusive).
    static Range range(Preset preset, const QDateTime &now, const QTimeZone &zone, QDate from = {},
                       QDate to = {});
};
