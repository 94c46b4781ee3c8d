#pragma once

#include "bookingstatus.h"
#include "datepreset.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QTime>
#include <QTimeZone>
#include <QUrl>

class QSettings;

// The settings a receptionist chooses in the settings dialog, as one value. load() reads
// them from QSettings and checks every value: the file is outside input (edited by hand,
// written by another version), so a value of the wrong type or out of range means its
// default and a warning in the log, never a failure.
struct AppSettings
{
    // The current account's server. Read from account/lastServer, never written here: the
    // session manager records the server once a sign-in there succeeded.
    QUrl server;
    int refreshSeconds = 60; // 0: no automatic refresh
    QString displayZone;     // an IANA id; empty: the system's zone
    QString language;        // "", "en" or "de" (TranslationLoader's codes); empty: system
    int snapMinutes = 15;    // one of snapSteps()
    bool snapToSlots = false;
    QTime businessStart{8, 0};
    QTime businessEnd{18, 0};
    QList<BookingStatus> defaultStatuses = defaultStatusList();
    DatePreset::Preset defaultDatePreset = DatePreset::All;
    // Desktop notifications (NotificationPlanner), each kind on its own.
    bool notifyNewBookings = true; // bookings a sync brought (the AI receptionist's)
    bool notifyChanges = true;     // moved or cancelled by someone other than this desk
    bool notifyReminders = true;
    int reminderMinutes = 10; // before the start; 1..maxReminderMinutes
    bool notifyLate = true;
    // A customer not marked arrived this long after the start is late (notifications and
    // the day's counts alike); 0..maxGraceMinutes.
    int graceMinutes = 10;
    // The calendar's zoom (pixels per hour), changed in the calendar itself (Ctrl+wheel,
    // Ctrl+plus/minus), not in the dialog; minHourHeight..maxHourHeight.
    int hourHeight = 48;

    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    // The zone dates and times are shown in: displayZone, or the system's.
    QTimeZone timeZone() const;
    bool listDefaultsEqual(const AppSettings &other) const;

    static QList<int> snapSteps() { return {5, 15, 30}; }
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("de")}; }
    static constexpr int maxRefreshSeconds = 24 * 3600;
    static constexpr int maxReminderMinutes = 120;
    static constexpr int maxGraceMinutes = 120;
    static constexpr int minHourHeight = 24;
    static constexpr int maxHourHeight = 192;
    static QList<BookingStatus> defaultStatusList();

    // The keys, for the few places that read one setting on their own.
    static QString refreshKey() { return QStringLiteral("sync/intervalSeconds"); }
    static QString zoneKey() { return QStringLiteral("display/timeZone"); }
    static QString languageKey() { return QStringLiteral("ui/language"); }
    static QString graceKey() { return QStringLiteral("today/graceMinutes"); }
    static QString hourHeightKey() { return QStringLiteral("calendar/hourHeight"); }

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

Q_DECLARE_METATYPE(AppSettings)
