#include "insightschartcard.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QPainter>
#include <QResizeEvent>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {

bool isRateKind(InsightsTableModel::Kind kind)
{
    using Kind = InsightsTableModel::Kind;
    return kind == Kind::Weekday || kind == Kind::Hour || kind == Kind::Service ||
           kind == Kind::Channel;
}

bool isHorizontal(InsightsTableModel::Kind kind)
{
    using Kind = InsightsTableModel::Kind;
    return kind == Kind::Service || kind == Kind::Channel || kind == Kind::TopNoShow;
}

double percentOrZero(std::optional<double> rate)
{
    return rate ? *rate * 100.0 : 0.0;
}

} // namespace

InsightsChartCard::InsightsChartCard(InsightsTableModel::Kind kind, const QString &title,
                                     QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_model(new InsightsTableModel(kind, this))
    , m_title(new QLabel(title, this))
    , m_note(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_table(new QTableView(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    // Long titles wrap, so two cards fit beside each other in a narrow window.
    m_title->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale());
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_chartView->setAccessibleName(title);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("%1 (table)").arg(title));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT rowActivated(index.row()); });

    m_tabs->addTab(m_chartView, tr("Chart"));
    m_tabs->addTab(m_table, tr("Table"));
    m_tabs->setDocumentMode(true);

    auto *savePng = new QToolButton(this);
    savePng->setText(tr("PNG…"));
    savePng->setToolTip(tr("Save this chart as a PNG image"));
    savePng->setAccessibleName(tr("Save “%1” as PNG").arg(title));
    connect(savePng, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"),
                                                          m_title->text() + QStringLiteral(".png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty())
            this->savePng(path);
    });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(savePng);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_note);
    layout->addWidget(m_tabs, 1);
}

QString InsightsChartCard::title() const
{
    return m_title->text();
}

void InsightsChartCard::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_chartView->setAccessibleDescription(note);
    m_table->setAccessibleDescription(note);
}

QString InsightsChartCard::note() const
{
    return m_note->text();
}

void InsightsChartCard::setReport(const InsightsReport &report)
{
    m_model->setReport(report);
    rebuildChart();
}

void InsightsChartCard::rebuildChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const QList<InsightsTableModel::Row> &rows = m_model->rows();
    QStringList categories;
    for (const auto &row : rows)
        categories.append(row.label);
    const bool horizontal = isHorizontal(m_kind);
    if (horizontal)
        std::reverse(categories.begin(), categories.end()); // the first row on top
    const auto values = [&rows, horizontal](auto value) {
        QList<qreal> list;
        list.reserve(rows.size());
        for (const auto &row : rows)
            list.append(value(row));
        if (horizontal)
            std::reverse(list.begin(), list.end());
        return list;
    };

    QAbstractBarSeries *series = nullptr;
    if (m_kind == InsightsTableModel::Kind::Periods) {
        series = new QStackedBarSeries;
        for (BookingStatus status :
             {BookingStatus::Completed, BookingStatus::NoShow, BookingStatus::Cancelled,
              BookingStatus::Rescheduled, BookingStatus::Confirmed}) {
            auto *set = new QBarSet(BookingStatuses::label(status));
            set->setColor(BookingStatuses::color(status));
            set->setBorderColor(BookingStatuses::color(status).darker(115));
            set->append(
                values([status](const auto &row) { return qreal(row.counts.count(status)); }));
            series->append(set);
        }
    } else if (isRateKind(m_kind)) {
        series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                            : new QBarSeries;
        auto *noShow = new QBarSet(tr("No-show rate"));
        noShow->setColor(BookingStatuses::color(BookingStatus::NoShow));
        noShow->append(
            values([](const auto &row) { return percentOrZero(row.counts.noShowRate()); }));
        auto *cancelled = new QBarSet(tr("Cancellation rate"));
        cancelled->setColor(BookingStatuses::color(BookingStatus::Cancelled));
        cancelled->append(
            values([](const auto &row) { return percentOrZero(row.counts.cancellationRate()); }));
        series->append(noShow);
        series->append(cancelled);
    } else {
        series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                            : new QBarSeries;
        const bool noShows = m_kind == InsightsTableModel::Kind::TopNoShow;
        auto *set = new QBarSet(noShows ? tr("No-shows") : tr("Bookings"));
        set->setColor(noShows ? BookingStatuses::color(BookingStatus::NoShow)
                              : BookingStatuses::color(BookingStatus::Confirmed));
        set->append(values([](const auto &row) { return qreal(row.value); }));
        series->append(set);
        m_chart->legend()->setVisible(false);
    }
    // A click on a bar chooses its row (the top no-show customers open their bookings).
    for (QBarSet *set : series->barSets()) {
        connect(set, &QBarSet::clicked, this, [this, horizontal, count = rows.size()](int index) {
            const qsizetype row = horizontal ? count - 1 - index : index;
            if (row >= 0 && row < count)
                Q_EMIT rowActivated(int(row));
        });
    }
    series->setBarWidth(m_kind == InsightsTableModel::Kind::Periods ? 0.8 : 0.7);
    m_chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    if (!horizontal && categories.size() > 12)
        categoryAxis->setLabelsAngle(-90);
    auto *valueAxis = new QValueAxis;
    if (isRateKind(m_kind)) {
        valueAxis->setTitleText(tr("%"));
        valueAxis->setLabelFormat(QStringLiteral("%.0f"));
        qreal top = 0;
        for (QBarSet *set : series->barSets()) {
            for (int i = 0; i < set->count(); ++i)
                top = std::max(top, set->at(i));
        }
        valueAxis->setRange(0, top > 0 ? std::min(100.0, std::ceil(top * 1.1 / 5) * 5) : 10);
    } else {
        valueAxis->setLabelFormat(QStringLiteral("%.0f"));
        qreal top = 0;
        for (const auto &row : rows)
            top =
                std::max(top, m_kind == InsightsTableModel::Kind::Periods ? qreal(row.counts.total)
                                                                          : qreal(row.value));
        valueAxis->setRange(0, std::max<qreal>(1, top));
        valueAxis->applyNiceNumbers();
    }
    m_chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

QImage InsightsChartCard::image(const QSize &size)
{
    // Drawn at the size asked for, also when the chart is on a hidden tab or page: the view
    // lays its chart out on resize events, which a hidden widget does not get by itself.
    const QSize shown = m_chartView->size();
    const auto layOut = [this](const QSize &to, const QSize &from) {
        m_chartView->resize(to);
        QResizeEvent event(to, from);
        QCoreApplication::sendEvent(m_chartView, &event);
    };
    layOut(size, shown);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_chartView->render(&painter);
    }
    layOut(shown, size);
    return image;
}

bool InsightsChartCard::savePng(const QString &path)
{
    const QSize size = m_chartView->size().expandedTo({800, 500});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image(size).save(&file, "PNG"))
        return false;
    return file.commit();
}
