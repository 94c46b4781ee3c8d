#include "appsettings.h"

#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcSettings, "frontdesk.settings", QtInfoMsg)

namespace {

const QLatin1String kServerKey("account/lastServer");
const QLatin1String kSnapKey("calendar/snapMinutes");
const QLatin1String kSnapToSlotsKey("calendar/snapToSlots");
const QLatin1String kBusinessStartKey("calendar/businessStart");
const QLatin1String kBusinessEndKey("calendar/businessEnd");
const QLatin1String kStatusesKey("list/defaultStatuses");
const QLatin1String kDatePresetKey("list/defaultDatePreset");
const QLatin1String kNotifyNewKey("notifications/newBookings");
const QLatin1String kNotifyChangesKey("notifications/changes");
const QLatin1String kNotifyRemindersKey("notifications/reminders");
const QLatin1String kReminderMinutesKey("notifications/reminderMinutes");
const QLatin1String kNotifyLateKey("notifications/late");

void warnInvalid(const QString &key, const QVariant &value)
{
    qCWarning(lcSettings).noquote() << "Setting" << key << "has an unusable value"
                                    << value.toString().left(80) << "- using the default";
}

// QSettings gives strings for everything read back from an INI file, and the types they were
// written with within one run: both spellings count.
std::optional<int> readInt(const QVariant &value)
{
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
        return value.toInt();
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    bool ok = false;
    const int number = value.toString().trimmed().toInt(&ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

std::optional<bool> readBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (value.typeId() != QMetaType::QString && value.typeId() != QMetaType::Int)
        return std::nullopt;
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return std::nullopt;
}

// An int in [min, max].
auto readIntIn(int min, int max)
{
    return [min, max](const QVariant &value) -> std::optional<int> {
        const std::optional<int> number = readInt(value);
        return number && *number >= min && *number <= max ? number : std::nullopt;
    };
}

std::optional<QTime> readTime(const QVariant &value)
{
    if (value.typeId() == QMetaType::QTime)
        return value.toTime().isValid() ? std::optional<QTime>(value.toTime()) : std::nullopt;
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    const QTime time = QTime::fromString(value.toString().trimmed(), QStringLiteral("HH:mm"));
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

} // namespace

QList<BookingStatus> AppSettings::defaultStatusList()
{
    QList<BookingStatus> statuses = BookingStatuses::all();
    statuses.removeAll(BookingStatus::Cancelled);
    return statuses;
}

AppSettings AppSettings::load(const QSettings &settings)
{
    AppSettings result;
    // Reads `key` if present; `read` returns nullopt for an unusable value.
    const auto read = [&settings](const QString &key, auto read, auto &target) {
        if (!settings.contains(key))
            return;
        const QVariant value = settings.value(key);
        if (auto parsed = read(value))
            target = *parsed;
        else
            warnInvalid(key, value);
    };

    read(
        kServerKey,
        [](const QVariant &value) -> std::optional<QUrl> {
            const QUrl url(value.toString().trimmed(), QUrl::StrictMode);
            const bool usable =
                value.typeId() == QMetaType::QString && url.isValid() && !url.host().isEmpty() &&
                (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
            return usable ? std::optional<QUrl>(url) : std::nullopt;
        },
        result.server);
    read(
        refreshKey(),
        [](const QVariant &value) -> std::optional<int> {
            const std::optional<int> seconds = readInt(value);
            return seconds && *seconds >= 0 && *seconds <= maxRefreshSeconds ? seconds
                                                                             : std::nullopt;
        },
        result.refreshSeconds);
    read(
        zoneKey(),
        [](const QVariant &value) -> std::optional<QString> {
            const QString id = value.toString().trimmed();
            if (value.typeId() != QMetaType::QString)
                return std::nullopt;
            if (id.isEmpty() || QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
                return id;
            return std::nullopt;
        },
        result.displayZone);
    read(
        languageKey(),
        [](const QVariant &value) -> std::optional<QString> {
            const QString code = value.toString().trimmed().toLower();
            if (value.typeId() != QMetaType::QString)
                return std::nullopt;
            return code.isEmpty() || languages().contains(code) ? std::optional<QString>(code)
                                                                : std::nullopt;
        },
        result.language);
    read(
        kSnapKey,
        [](const QVariant &value) -> std::optional<int> {
            const std::optional<int> minutes = readInt(value);
            return minutes && snapSteps().contains(*minutes) ? minutes : std::nullopt;
        },
        result.snapMinutes);
    read(kSnapToSlotsKey, readBool, result.snapToSlots);

    QTime start = result.businessStart;
    QTime end = result.businessEnd;
    read(kBusinessStartKey, readTime, start);
    read(kBusinessEndKey, readTime, end);
    // Each time may be fine on its own and the pair still be no day (18:00 to 08:00).
    if (start < end) {
        result.businessStart = start;
        result.businessEnd = end;
    } else {
        qCWarning(lcSettings) << "Business hours" << start << "to" << end
                              << "are no day - using the defaults";
    }

    read(
        kStatusesKey,
        [](const QVariant &value) -> std::optional<QList<BookingStatus>> {
            // A one-element list comes back from an INI file as a plain string.
            if (value.typeId() != QMetaType::QStringList && value.typeId() != QMetaType::QString)
                return std::nullopt;
            QList<BookingStatus> statuses;
            for (const QString &name : value.toStringList()) {
                const std::optional<BookingStatus> status = BookingStatuses::fromWireName(name);
                if (!status)
                    return std::nullopt;
                if (!statuses.contains(*status))
                    statuses.append(*status);
            }
            // In the order of BookingStatuses::all(), so equal choices compare equal.
            QList<BookingStatus> ordered;
            for (BookingStatus status : BookingStatuses::all()) {
                if (statuses.contains(status))
                    ordered.append(status);
            }
            return ordered;
        },
        result.defaultStatuses);
    read(
        kDatePresetKey,
        [](const QVariant &value) -> std::optional<DatePreset::Preset> {
            if (value.typeId() != QMetaType::QString)
                return std::nullopt;
            // A custom range has no days to default to: it is no default.
            const std::optional<DatePreset::Preset> preset =
                DatePreset::fromSettingsKey(value.toString().trimmed());
            return preset && *preset != DatePreset::Custom ? preset : std::nullopt;
        },
        result.defaultDatePreset);
    read(kNotifyNewKey, readBool, result.notifyNewBookings);
    read(kNotifyChangesKey, readBool, result.notifyChanges);
    read(kNotifyRemindersKey, readBool, result.notifyReminders);
    read(kReminderMinutesKey, readIntIn(1, maxReminderMinutes), result.reminderMinutes);
    read(kNotifyLateKey, readBool, result.notifyLate);
    read(graceKey(), readIntIn(0, maxGraceMinutes), result.graceMinutes);
    read(hourHeightKey(), readIntIn(minHourHeight, maxHourHeight), result.hourHeight);
    return result;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(refreshKey(), refreshSeconds);
    settings.setValue(zoneKey(), displayZone);
    settings.setValue(languageKey(), language);
    settings.setValue(kSnapKey, snapMinutes);
    settings.setValue(kSnapToSlotsKey, snapToSlots);
    settings.setValue(kBusinessStartKey, businessStart.toString(QStringLiteral("HH:mm")));
    settings.setValue(kBusinessEndKey, businessEnd.toString(QStringLiteral("HH:mm")));
    QStringList statuses;
    for (BookingStatus status : defaultStatuses)
        statuses.append(BookingStatuses::wireName(status));
    settings.setValue(kStatusesKey, statuses);
    settings.setValue(kDatePresetKey, DatePreset::settingsKey(defaultDatePreset));
    settings.setValue(kNotifyNewKey, notifyNewBookings);
    settings.setValue(kNotifyChangesKey, notifyChanges);
    settings.setValue(kNotifyRemindersKey, notifyReminders);
    settings.setValue(kReminderMinutesKey, reminderMinutes);
    settings.setValue(kNotifyLateKey, notifyLate);
    settings.setValue(graceKey(), graceMinutes);
    settings.setValue(hourHeightKey(), hourHeight);
}

QTimeZone AppSettings::timeZone() const
{
    if (displayZone.isEmpty())
        return QTimeZone::systemTimeZone();
    const QTimeZone zone(displayZone.toUtf8());
    if (zone.isValid())
        return zone;
    qCWarning(lcSettings) << "Unknown time zone" << displayZone << "- showing the system's";
    return QTimeZone::systemTimeZone();
}

bool AppSettings::listDefaultsEqual(const AppSettings &other) const
{
    return defaultStatuses == other.defaultStatuses && defaultDatePreset == other.defaultDatePreset;
}
