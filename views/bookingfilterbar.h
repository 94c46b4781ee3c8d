#pragma once

#include "bookingstatus.h"
#include "datepreset.h"

#include <QTimer>
#include <QWidget>

class BookingFilterProxy;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QMenu;
class QSettings;
class QToolButton;

// The list's filters: text search (debounced), statuses (multi-select, cancelled hidden by
// default) and a date preset or custom range. Applies them to the proxy and remembers them.
class BookingFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit BookingFilterBar(BookingFilterProxy *proxy, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QToolButton *statusButton() const { return m_statusButton; }
    QComboBox *dateCombo() const { return m_date; }
    DatePreset::Preset datePreset() const;
    void setDatePreset(DatePreset::Preset preset);
    void setCustomRange(QDate from, QDate to);
    void setStatusVisible(BookingStatus status, bool visible);
    // Applies a pending search at once (tests, Enter in the field).
    void applySearchNow();
    // Recomputes the date range: "today" moves at midnight, "upcoming" with the clock. Runs
    // by itself when the day changes in the display time zone.
    void refreshDateRange();
    // The clock the date presets read (tests move it); the system clock by default.
    const QTimer &dayTimer() const { return m_dayTimer; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    void filtersChanged();

private:
    void applyStatuses();
    void onDateChanged();
    void onDayTimer();
    void armDayTimer(const QDateTime &now);
    QTimeZone displayTimeZone() const;

    BookingFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTimer m_searchDelay;
    QToolButton *m_statusButton;
    QMenu *m_statusMenu;
    QComboBox *m_date;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTimer m_dayTimer;
    QDate m_rangeDay; // the day the presets were computed for
};
