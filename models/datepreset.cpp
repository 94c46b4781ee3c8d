#include "datepreset.h"

#include <QLocale>

namespace {

qint64 startOfDay(QDate day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toMSecsSinceEpoch();
}

} // namespace

QList<DatePreset::Preset> DatePreset::all()
{
    return {Today, Tomorrow, ThisWeek, Upcoming, Past, All, Custom};
}

QString DatePreset::label(Preset preset)
{
    switch (preset) {
    case Today:
        return tr("Today");
    case Tomorrow:
        return tr("Tomorrow");
    case ThisWeek:
        return tr("This week");
    case Upcoming:
        return tr("Upcoming");
    case Past:
        return tr("Past");
    case All:
        return tr("All dates");
    case Custom:
        return tr("Custom range");
    }
    return {};
}

QString DatePreset::emptyText(Preset preset)
{
    switch (preset) {
    case Today:
        return tr("No bookings today.");
    case Tomorrow:
        return tr("No bookings tomorrow.");
    case ThisWeek:
        return tr("No bookings this week.");
    case Upcoming:
        return tr("No upcoming bookings.");
    case Past:
        return tr("No past bookings.");
    case Custom:
        return tr("No bookings in the chosen dates.");
    case All:
        return tr("No bookings with the chosen statuses.");
    }
    return {};
}

QString DatePreset::settingsKey(Preset preset)
{
    static const char *const keys[] = {"today", "tomorrow", "week",  "upcoming",
                                       "past",  "all",      "custom"};
    return QString::fromLatin1(keys[preset]);
}

std::optional<DatePreset::Preset> DatePreset::fromSettingsKey(const QString &key)
{
    for (Preset preset : all()) {
        if (settingsKey(preset) == key)
            return preset;
    }
    return std::nullopt;
}

DatePreset::Range DatePreset::range(Preset preset, const QDateTime &now, const QTimeZone &zone,
                                    QDate from, QDate to)
{
    const QDate today = now.toTimeZone(zone).date();
    switch (preset) {
    case Today:
        return {startOfDay(today, zone), startOfDay(today.addDays(1), zone)};
    case Tomorrow:
        return {startOfDay(today.addDays(1), zone), startOfDay(today.addDays(2), zone)};
    case ThisWeek: {
        // The week as the user's locale counts it (Monday in most of Europe).
        const int first = int(QLocale().firstDayOfWeek());
        const QDate weekStart = today.addDays(-((today.dayOfWeek() - first + 7) % 7));
        return {startOfDay(weekStart, zone), startOfDay(weekStart.addDays(7), zone)};
    }
    case Upcoming:
        return {now.toMSecsSinceEpoch(), std::nullopt};
    case Past:
        return {std::nullopt, now.toMSecsSinceEpoch()};
    case All:
        return {};
    case Custom: {
        Range range;
        if (from.isValid())
            range.fromMs = startOfDay(from, zone);
        if (to.isValid())
            range.toMs = startOfDay(to.addDays(1), zone);
        return range;
    }
    }
    return {};
}
