#pragma once

#include "insightstablemodel.h"

#include <QFrame>
#include <QImage>

class QChart;
class QChartView;
class QLabel;
class QTabWidget;
class QTableView;

// One chart of the Insights view: a title, what the numbers mean, the chart (Qt Charts) and,
// in a second tab, a table with the same numbers (InsightsTableModel) that a screen reader
// can read. The chart is drawn from the table's rows, so both always agree.
class InsightsChartCard : public QFrame
{
    Q_OBJECT

public:
    InsightsChartCard(InsightsTableModel::Kind kind, const QString &title,
                      QWidget *parent = nullptr);

    InsightsTableModel *model() const { return m_model; }
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_chartView; }
    QTableView *tableView() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    QString title() const;
    void setNote(const QString &note);
    QString note() const;

    void setReport(const InsightsReport &report);
    // The chart alone, drawn at `size` (for PNG and PDF).
    QImage image(const QSize &size);
    // The chart as PNG (at least 800 × 500); false when the file cannot be written.
    bool savePng(const QString &path);

Q_SIGNALS:
    // A bar or a table row was chosen (clicked, Enter): the model's row.
    void rowActivated(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildChart();
    void applyPalette();

    InsightsTableModel::Kind m_kind;
    InsightsTableModel *m_model;
    QLabel *m_title;
    QLabel *m_note;
    QTabWidget *m_tabs;
    QChart *m_chart;
    QChartView *m_chartView;
    QTableView *m_table;
};
