#include "bookingactioncontroller.h"
#include "bookingdetailspanel.h"
#include "bookingfilterbar.h"
#include "bookingtablemodel.h"
#include "calendarpane.h"
#include "changeinbox.h"
#include "contactactions.h"
#include "customerpanel.h"
#include "insightsview.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "todayboard.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

#include <utility>

// MainWindow, continued: what the window remembers between runs, and the settings
// dialog's choices applied to it.

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_view->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("bookingList/header")).toByteArray());
    m_filtersRestored = settings.contains(QStringLiteral("filters/date"));
    m_filters->restoreSettings(settings);
    m_calendar->restoreSettings(settings);
    showCalendar(settings.value(QStringLiteral("mainWindow/calendar"), false).toBool());
    if (settings.value(QStringLiteral("mainWindow/today"), false).toBool())
        showToday();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("bookingList/header"),
                      m_view->horizontalHeader()->saveState());
    m_filters->saveSettings(settings);
    m_calendar->saveSettings(settings);
    settings.setValue(QStringLiteral("mainWindow/calendar"), isCalendarShown());
    settings.setValue(QStringLiteral("mainWindow/today"), isTodayShown());
}

void MainWindow::setAppSettings(const AppSettings &settings)
{
    const bool first = !m_settingsApplied;
    const AppSettings previous = std::exchange(m_settings, settings);
    m_settingsApplied = true;
    m_calendar->applySettings(settings);
    m_today->setGraceMinutes(settings.graceMinutes);
    if (m_controller)
        m_controller->setTimeZone(settings.timeZone());
    // Only a new zone re-filters: "upcoming" moves with the clock, and 100,000 rows cost.
    if (const QTimeZone zone = settings.timeZone(); zone != m_model->displayTimeZone()) {
        m_model->setDisplayTimeZone(zone);
        m_details->setDisplayTimeZone(zone);
        m_customer->setDisplayTimeZone(zone);
        m_inbox->setDisplayTimeZone(zone);
        m_contact->setDisplayTimeZone(zone);
        m_today->setTimeZone(zone);
        m_insights->setTimeZone(zone);
        m_filters->refreshDateRange(); // "today" is another span of time in another zone
        setOffline(m_offline, m_cachedAt);
    }
    // The filters of the last run win at start; a changed default applies at once.
    if (first ? !m_filtersRestored : !settings.listDefaultsEqual(previous))
        applyListDefaults();
}

void MainWindow::applyListDefaults()
{
    for (BookingStatus status : BookingStatuses::all())
        m_filters->setStatusVisible(status, m_settings.defaultStatuses.contains(status));
    m_filters->setDatePreset(m_settings.defaultDatePreset);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppSettings chosen = dialog->settings();
        QSettings settings;
        chosen.save(settings);
        const AppSettings previous = m_settings;
        setAppSettings(chosen);
        Q_EMIT settingsChanged(chosen, previous);
    });
    dialog->open();
}
