#pragma once

#include "insights.h"

#include <QAbstractTableModel>

// One chart of the Insights view as a table with the same numbers, for screen readers and
// for reading exact values: the chart's categories are the rows. Display texts follow the
// UI locale; RawRole gives the unrounded numbers (counts as int, rates as double or
// invalid when undefined).
class InsightsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { Periods, Weekday, Hour, Service, Channel, LeadTime, TopNoShow };
    enum Role {
        RawRole = Qt::UserRole + 1,
        KeyRole,       // the row's key as the API writes it (service, channel, lead id, date)
        BookingIdRole, // TopNoShow: the customer's latest booking
    };

    explicit InsightsTableModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setReport(const InsightsReport &report);
    const InsightsReport &report() const { return m_report; }

    // The rows' labels and counts as the chart shows them.
    struct Row
    {
        QString label;
        QString key;
        InsightCounts counts;
        double value = 0; // LeadTime: bookings in the bin; TopNoShow: no-shows
        QString bookingId;
    };
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The rows of a kind for a report (what setReport shows).
    static QList<Row> rowsOf(Kind kind, const InsightsReport &report);
    static QString periodLabel(const InsightsReport &report, QDate start);

private:
    QList<int> columns() const;

    Kind m_kind;
    InsightsReport m_report;
    QList<Row> m_rows;
};
