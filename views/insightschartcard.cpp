#include "insightschartcard.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
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
#include <QPen>
#include <QResizeEvent>
#include <QSaveFile>
#include <QSet>
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

// A row's category on the chart: the table's label, or a shorter one where the table's is
// cut in a half-width card (weekdays, lead-time bins; the table keeps the long ones).
QString chartLabel(InsightsTableModel::Kind kind, const InsightsTableModel::Row &row,
                   qsizetype index)
{
    const QLocale locale;
    switch (kind) {
    case InsightsTableModel::Kind::Weekday:
        return locale.dayName(int(index) + 1, QLocale::ShortFormat);
    case InsightsTableModel::Kind::LeadTime: {
        const auto &starts = Insights::kLeadTimeBinStarts;
        if (index < 0 || index >= qsizetype(starts.size()))
            return row.label;
        const int first = starts[std::size_t(index)];
        if (index == 0)
            return locale.toString(0); // whole days: 0 is "under 1 day"
        if (index + 1 == qsizetype(starts.size()))
            return locale.toString(first) + u'+';
        const int last = starts[std::size_t(index) + 1] - 1;
        return first == last ? locale.toString(first)
                             : locale.toString(first) + u'–' + locale.toString(last);
    }
    default:
        return row.label;
    }
}

// Periods beyond this many get month labels rather than one label each.
constexpr int kDenseCategories = 31;

// An x axis for `count` periods (bars at 0 … count - 1) labelled by month: each month's
// label over its periods (a week counts for the month of its Monday), the years as the
// axis title.
QCategoryAxis *monthAxis(const InsightsReport &report, qsizetype count)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    axis->setStartValue(-0.5);
    const QLocale locale;
    QSet<QString> used;
    qsizetype first = 0;
    for (qsizetype i = 1; i <= count; ++i) {
        const QDate start = report.periods.at(first).start;
        if (i < count && report.periods.at(i).start.month() == start.month())
            continue;
        QString label = locale.standaloneMonthName(start.month(), QLocale::ShortFormat);
        if (used.contains(label)) // a range longer than a year: its second one with the year
            label = locale.toString(start, QStringLiteral("MMM yy"));
        if (used.contains(label)) // a year's month twice: never, but labels must differ
            label += QString(QChar(0x200B)).repeated(int(i));
        used.insert(label);
        axis->append(label, double(i) - 0.5);
        first = i;
    }
    axis->setRange(-0.5, double(count) - 0.5);
    // The years under the months ("Dez. 2025" is too wide for a month's four bars).
    const int firstYear = report.periods.first().start.year();
    const int lastYear = report.periods.at(count - 1).start.year();
    axis->setTitleText(firstYear == lastYear
                           ? QString::number(firstYear)
                           : QString::number(firstYear) + u'–' + QString::number(lastYear));
    return axis;
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
    applyPalette();
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
    // Qt Charts draws axis labels as rich text: a service or a name with "<" or "&" in it
    // must reach it escaped.
    for (qsizetype i = 0; i < rows.size(); ++i)
        categories.append(chartLabel(m_kind, rows.at(i), i).toHtmlEscaped());
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

    QAbstractAxis *categoryAxis = nullptr;
    if (m_kind == InsightsTableModel::Kind::Periods && rows.size() > kDenseCategories) {
        // Too many weeks for a label each (Qt Charts cuts a label wider than its bar to
        // "...", turned or not): the months instead, their borders as grid lines. The table
        // has every week.
        categoryAxis = monthAxis(m_model->report(), rows.size());
    } else {
        auto *axis = new QBarCategoryAxis;
        axis->append(categories);
        // Turned labels need a bar of about a line's height; flat ones cut to "..." when
        // wider than their bar. Hours ("10:00 AM") and lead-time bins ("14–29") do not fit
        // flat in a half-width card.
        if (!horizontal &&
            (categories.size() > 12 || m_kind == InsightsTableModel::Kind::LeadTime ||
             (m_kind == InsightsTableModel::Kind::Hour && categories.size() > 6)))
            axis->setLabelsAngle(-90);
        categoryAxis = axis;
    }
    auto *valueAxis = new QValueAxis;
    if (isRateKind(m_kind)) {
        valueAxis->setTitleText(tr("%"));
        valueAxis->setLabelFormat(QStringLiteral("%.0f"));
        qreal top = 0;
        for (QBarSet *set : series->barSets()) {
            for (int i = 0; i < set->count(); ++i)
                top = std::max(top, set->at(i));
        }
        // Round ticks (0, 20, 40 … rather than 0, 19, 38 …), never past 100 %.
        valueAxis->setRange(0, top > 0 ? std::min(100.0, top * 1.05) : 10);
        valueAxis->applyNiceNumbers();
        if (valueAxis->max() > 100) {
            valueAxis->setRange(0, 100);
            valueAxis->setTickCount(6);
        }
    } else {
        valueAxis->setLabelFormat(QStringLiteral("%.0f"));
        qreal top = 0;
        for (const auto &row : rows)
            top =
                std::max(top, m_kind == InsightsTableModel::Kind::Periods ? qreal(row.counts.total)
                                                                          : qreal(row.value));
        valueAxis->setRange(0, std::max<qreal>(1, top));
        valueAxis->applyNiceNumbers();
        if (valueAxis->max() <= 10) // counts: whole-number ticks (0, 1, 2, not 0, 0.5 …)
            valueAxis->setTickCount(int(valueAxis->max()) + 1);
    }
    if (m_kind == InsightsTableModel::Kind::LeadTime)
        categoryAxis->setTitleText(m_model->headerData(0, Qt::Horizontal).toString()); // in days
    m_chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    applyPalette();
}

// The chart in the window's colours: Qt Charts' own theme stays white in a dark palette.
void InsightsChartCard::applyPalette()
{
    const QPalette palette = this->palette();
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15f);
    QColor line = text;
    line.setAlphaF(0.45f);
    m_chart->setBackgroundBrush(palette.base());
    m_chart->setBackgroundPen(QPen(line, 0));
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(line);
    }
}

void InsightsChartCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
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
