#pragma once

#include "actionprompter.h"
#include "timeslot.h"

#include <QDialog>
#include <QTimeZone>

#include <optional>

class ApiClient;
class QCheckBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTreeWidget;

// Choose a new time for a booking: the available slots of a day range from the API,
// grouped by day in the display zone with the booking's current slot marked, or a custom
// time (with a warning that it is not offered). The resulting change is shown plainly
// before anything is sent.
class RescheduleDialog : public QDialog
{
    Q_OBJECT

public:
    RescheduleDialog(ApiClient *client, const Booking &booking, const QTimeZone &zone,
                     QWidget *parent = nullptr);

    std::optional<ActionPrompter::NewTime> chosen() const;
    QString summaryText() const;
    QString warningText() const;
    // Shows these slots (the API's answer; public for tests and screenshots).
    void setSlots(const QList<TimeSlot> &offered);
    int slotCount() const;
    bool selectSlot(int index); // index among the listed slots, in time order
    void setCustomTime(const QDateTime &start);
    QTreeWidget *slotTree() const { return m_tree; }
    // The customer's repeated no-shows, said above the slots (empty: none).
    void setNoShowWarning(const QString &text);
    QString noShowWarning() const;

public Q_SLOTS:
    void loadSlots();

private:
    void updateSummary();

    ApiClient *m_client;
    Booking m_booking;
    QTimeZone m_zone;
    QDateEdit *m_from;
    QSpinBox *m_days;
    QLabel *m_state;
    QTreeWidget *m_tree;
    QCheckBox *m_custom;
    QDateTimeEdit *m_customStart;
    QSpinBox *m_duration;
    QLabel *m_warning;
    QLabel *m_summary;
    QLabel *m_noShows;
    QDialogButtonBox *m_buttons;
    QList<TimeSlot> m_slots;
};
