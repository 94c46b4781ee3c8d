#pragma once

#include "appsettings.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

// The settings a receptionist may change: server, refresh interval, display time zone,
// language, the calendar's snapping and business hours, what the list shows by default, and
// which desktop notifications come (with the reminder and late minutes).
// Checks what was entered before it closes; settings() then holds the choice. Applying it
// is the main window's business.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;
    // What keeps the dialog from closing, empty when everything entered may be used.
    QString problem() const;

    QLineEdit *serverField() const { return m_server; }
    QComboBox *timeZoneCombo() const { return m_zone; }
    QComboBox *languageCombo() const { return m_language; }
    QSpinBox *refreshSpin() const { return m_refresh; }
    QSpinBox *reminderSpin() const { return m_reminderMinutes; }
    QSpinBox *graceSpin() const { return m_graceMinutes; }

    void accept() override;

private:
    QWidget *createGeneralPage();
    QWidget *createCalendarPage();
    QWidget *createListPage();
    QWidget *createNotificationsPage();
    void updateNotes();
    // The server field's URL; the unchanged text stays the current server even where the
    // policy would refuse it (the demo's placeholder address).
    QUrl chosenServer() const;

    AppSettings m_initial;
    QTabWidget *m_tabs; // made first: Tab starts at the tabs, then the fields
    QLineEdit *m_server;
    QLabel *m_serverNote;
    QSpinBox *m_refresh;
    QComboBox *m_zone;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_snap;
    QCheckBox *m_snapToSlots;
    QTimeEdit *m_businessStart;
    QTimeEdit *m_businessEnd;
    QMap<BookingStatus, QCheckBox *> m_statuses;
    QComboBox *m_datePreset;
    QCheckBox *m_notifyNew;
    QCheckBox *m_notifyChanges;
    QCheckBox *m_notifyReminders;
    QSpinBox *m_reminderMinutes;
    QCheckBox *m_notifyLate;
    QSpinBox *m_graceMinutes;
    QLabel *m_error;
};
