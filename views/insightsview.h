#pragma once

#include "insights.h"

#include <QDate>
#include <QFutureWatcher>
#include <QTimer>
#include <QTimeZone>
#include <QWidget>

#include <memory>

class BookingCache;
class BookingTableModel;
class InsightsChartCard;
class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;

// View › Insights: the bookings of a range of days as charts (Qt Charts), each with a table
// of the same numbers. Figures come from the cache (Insights::load) on a worker thread with
// a connection of its own, so the window never waits for them; they are computed again when
// the range changes and, while the view is shown, after the list's rows changed (a pass, an
// action), debounced.
// The records of the widest preset (12 months) and of the range asked for, read once and
// sorted by start: a range change then computes from a span of them in memory (15-25 ms for
// 85,000 records) instead of reading the cache again (150-170 ms). Read again only after the
// bookings changed, or for a custom range beyond it.
struct InsightsSnapshot
{
    QDate from;
    QDate to;
    QTimeZone zone;
    QList<InsightRecord> records;

    bool covers(QDate rangeFrom, QDate rangeTo, const QTimeZone &rangeZone) const
    {
        return zone == rangeZone && from <= rangeFrom && rangeTo <= to;
    }
};

struct InsightsWork
{
    InsightsReport report;
    std::shared_ptr<const InsightsSnapshot> snapshot;
};

class InsightsView : public QWidget
{
    Q_OBJECT

public:
    InsightsView(BookingTableModel *list, const BookingCache *cache, QWidget *parent = nullptr);
    ~InsightsView() override;

    void setTimeZone(const QTimeZone &zone);
    void setPreset(Insights::Preset preset);
    Insights::Preset preset() const { return m_preset; }
    // A custom range (first and last day, inclusive).
    void setRange(QDate from, QDate to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    const InsightsReport &report() const { return m_report; }
    QList<InsightsChartCard *> cards() const { return m_cards; }
    InsightsChartCard *card(int kind) const;
    bool isComputing() const { return m_watcher.isRunning(); }
    bool isShowingEmptyState() const;
    QString emptyText() const;
    QString summaryText() const;

    // The page as PDF (every chart with its title and note), the numbers as CSV, every chart
    // as PNG into a folder. False when a file cannot be written.
    bool exportPdf(const QString &path);
    bool exportCsv(const QString &path);
    bool exportPngs(const QString &folder);

public Q_SLOTS:
    // Computes the figures again (now, not debounced).
    void recompute();

Q_SIGNALS:
    // New figures are on screen.
    void reportChanged();
    // A customer of the top no-shows was chosen: their latest booking.
    void bookingChosen(const QString &bookingId);
    void customerChosen(const QString &leadId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRecompute();
    void applyReport(const InsightsReport &report);
    void onPresetChosen();
    void updateDateEdits();
    void updateNotes();
    void exportWithDialog(const QString &format);

    BookingTableModel *m_list;
    const BookingCache *m_cache;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    Insights::Preset m_preset = Insights::Preset::Last12Months;
    QDate m_from;
    QDate m_to;
    InsightsReport m_report;
    bool m_dirty = true;
    quint64 m_serial = 0;
    // The records range changes compute from without reading the cache again (see
    // InsightsSnapshot in the .cpp); dropped when the bookings change.
    std::shared_ptr<const InsightsSnapshot> m_snapshot;
    quint64 m_generation = 0; // counts the bookings' changes
    QFutureWatcher<InsightsWork> m_watcher;
    QTimer m_delay;

    QComboBox *m_presets;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QLabel *m_summary;
    QLabel *m_busy;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QList<InsightsChartCard *> m_cards;
};
