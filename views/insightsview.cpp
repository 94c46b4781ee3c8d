#include "insightsview.h"

#include "bookingcache.h"
#include "bookingtablemodel.h"
#include "clock.h"
#include "insightschartcard.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

using Kind = InsightsTableModel::Kind;

// On a worker thread, with the worker's own connection: SQLite connections belong to the
// thread that opened them, and WAL lets it read while the GUI's connection and the sync's
// writer work.
InsightsWork computeFrom(const QString &path, std::shared_ptr<const InsightsSnapshot> snapshot,
                         QDate from, QDate to, const QTimeZone &zone, QDate today)
{
    if (!snapshot || !snapshot->covers(from, to, zone)) {
        auto fresh = std::make_shared<InsightsSnapshot>();
        fresh->from = std::min(from, Insights::range(Insights::Preset::Last12Months, today).first);
        fresh->to = std::max(to, today);
        fresh->zone = zone;
        BookingCache cache;
        QString error;
        if (!path.isEmpty() && cache.open(path, &error))
            fresh->records = Insights::records(cache, fresh->from, fresh->to, zone);
        Insights::sortByStart(fresh->records); // within() takes a range without copying
        snapshot = std::move(fresh);
    }
    return {Insights::compute(Insights::within(snapshot->records, from, to, zone), from, to, zone),
            snapshot};
}

QString fileNameOf(const QString &title)
{
    QString name;
    for (QChar c : title)
        name.append(c.isLetterOrNumber() ? c : QChar(u'-'));
    return name.toLower();
}

} // namespace

InsightsView::InsightsView(BookingTableModel *list, const BookingCache *cache, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_cache(cache)
    , m_presets(new QComboBox(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_busy(new QLabel(tr("Computing…"), this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    for (Insights::Preset preset : Insights::presets())
        m_presets->addItem(Insights::label(preset), int(preset));
    m_presets->setAccessibleName(tr("Date range"));
    m_fromEdit->setCalendarPopup(true);
    m_toEdit->setCalendarPopup(true);
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit->setAccessibleName(tr("Last day"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setVisible(false);

    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Page as PDF…"), this,
                          [this] { exportWithDialog(QStringLiteral("pdf")); });
    exportMenu->addAction(tr("Numbers as CSV…"), this,
                          [this] { exportWithDialog(QStringLiteral("csv")); });
    exportMenu->addAction(tr("Every Chart as PNG…"), this,
                          [this] { exportWithDialog(QStringLiteral("png")); });
    exportButton->setMenu(exportMenu);

    auto *bar = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_presets);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_presets);
    bar->addWidget(m_fromEdit);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_toEdit);
    bar->addWidget(m_busy);
    bar->addStretch(1);
    bar->addWidget(exportButton);

    const auto addCard = [this](Kind kind, const QString &title) {
        auto *card = new InsightsChartCard(kind, title, this);
        m_cards.append(card);
        return card;
    };
    addCard(Kind::Periods, tr("Bookings by status"));
    addCard(Kind::Weekday, tr("No-shows and cancellations by weekday"));
    addCard(Kind::Hour, tr("No-shows and cancellations by hour of day"));
    addCard(Kind::Service, tr("No-shows and cancellations by service"));
    addCard(Kind::Channel, tr("No-shows and cancellations by channel"));
    addCard(Kind::LeadTime, tr("How far ahead customers book"));
    InsightsChartCard *customers = addCard(Kind::TopNoShow, tr("Customers with the most no-shows"));
    connect(customers, &InsightsChartCard::rowActivated, this, [this, customers](int row) {
        const auto &rows = customers->model()->rows();
        if (row < 0 || row >= rows.size())
            return;
        Q_EMIT customerChosen(rows.at(row).key);
        if (!rows.at(row).bookingId.isEmpty())
            Q_EMIT bookingChosen(rows.at(row).bookingId);
    });

    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->addWidget(m_cards.at(0), 0, 0, 1, 2);
    for (int i = 1; i < m_cards.size(); ++i)
        grid->addWidget(m_cards.at(i), 1 + (i - 1) / 2, (i - 1) % 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    m_delay.setSingleShot(true);
    m_delay.setInterval(500);
    connect(&m_delay, &QTimer::timeout, this, &InsightsView::recompute);
    connect(&m_watcher, &QFutureWatcher<InsightsWork>::finished, this, [this] {
        const InsightsWork work = m_watcher.result();
        // Records read before the bookings changed are not kept.
        if (m_watcher.property("generation").toULongLong() == m_generation)
            m_snapshot = work.snapshot;
        if (m_watcher.property("serial").toULongLong() == m_serial)
            applyReport(work.report);
        else
            recompute(); // the range or the bookings changed meanwhile
    });
    if (m_list) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_list, signal, this, &InsightsView::scheduleRecompute);
        connect(m_list, &QAbstractItemModel::dataChanged, this, &InsightsView::scheduleRecompute);
        connect(m_list, &QAbstractItemModel::modelReset, this, &InsightsView::scheduleRecompute);
    }
    connect(m_presets, &QComboBox::activated, this, &InsightsView::onPresetChosen);
    const auto customEdited = [this] {
        if (m_fromEdit->date() != m_from || m_toEdit->date() != m_to)
            setRange(m_fromEdit->date(), m_toEdit->date());
    };
    connect(m_fromEdit, &QDateEdit::editingFinished, this, customEdited);
    connect(m_toEdit, &QDateEdit::editingFinished, this, customEdited);

    setPreset(m_preset);
}

InsightsView::~InsightsView()
{
    m_watcher.waitForFinished();
}

InsightsChartCard *InsightsView::card(int kind) const
{
    for (InsightsChartCard *card : m_cards) {
        if (int(card->model()->kind()) == kind)
            return card;
    }
    return nullptr;
}

void InsightsView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    if (m_preset != Insights::Preset::Custom)
        setPreset(m_preset);
    else
        scheduleRecompute();
}

void InsightsView::setPreset(Insights::Preset preset)
{
    m_preset = preset;
    m_presets->setCurrentIndex(m_presets->findData(int(preset)));
    if (preset != Insights::Preset::Custom)
        std::tie(m_from, m_to) = Insights::range(preset, Clock::today(m_zone));
    updateDateEdits();
    m_dirty = true;
    if (isVisible())
        recompute();
}

void InsightsView::setRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (to < from)
        std::swap(from, to);
    m_preset = Insights::Preset::Custom;
    m_presets->setCurrentIndex(m_presets->findData(int(m_preset)));
    m_from = from;
    m_to = to;
    updateDateEdits();
    m_dirty = true;
    if (isVisible())
        recompute();
}

void InsightsView::onPresetChosen()
{
    const auto preset = Insights::Preset(m_presets->currentData().toInt());
    if (preset == Insights::Preset::Custom) {
        setRange(m_from, m_to); // keeps the days shown, which can now be edited
        m_fromEdit->setFocus(Qt::OtherFocusReason);
    } else {
        setPreset(preset);
    }
}

void InsightsView::updateDateEdits()
{
    const bool custom = m_preset == Insights::Preset::Custom;
    const QSignalBlocker blockFrom(m_fromEdit);
    const QSignalBlocker blockTo(m_toEdit);
    m_fromEdit->setDate(m_from);
    m_toEdit->setDate(m_to);
    m_fromEdit->setEnabled(custom);
    m_toEdit->setEnabled(custom);
}

void InsightsView::scheduleRecompute()
{
    ++m_generation;
    m_snapshot.reset();
    m_dirty = true;
    if (isVisible())
        m_delay.start();
}

void InsightsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_preset != Insights::Preset::Custom &&
        Insights::range(m_preset, Clock::today(m_zone)).second != m_to)
        setPreset(m_preset); // a new day since the range was chosen
    if (m_dirty)
        recompute();
}

void InsightsView::recompute()
{
    m_delay.stop();
    m_dirty = false;
    ++m_serial;
    if (m_watcher.isRunning())
        return; // its result is stale: finished() starts again
    const QString path = m_cache && m_cache->isOpen() ? m_cache->filePath() : QString();
    m_watcher.setProperty("serial", m_serial);
    m_watcher.setProperty("generation", m_generation);
    m_watcher.setFuture(QtConcurrent::run(computeFrom, path, m_snapshot, m_from, m_to, m_zone,
                                          Clock::today(m_zone)));
    m_busy->setVisible(true);
}

void InsightsView::applyReport(const InsightsReport &report)
{
    m_busy->setVisible(false);
    m_report = report;
    for (InsightsChartCard *card : std::as_const(m_cards))
        card->setReport(report);
    updateNotes();
    const QLocale locale;
    m_empty->setText(emptyText());
    m_stack->setCurrentWidget(report.isEmpty() ? static_cast<QWidget *>(m_empty)
                                               : m_stack->widget(0));
    m_summary->setText(summaryText());
    m_summary->setVisible(!report.isEmpty());
    Q_EMIT reportChanged();
}

void InsightsView::updateNotes()
{
    const QLocale locale;
    const QString zone = QString::fromUtf8(m_zone.id());
    card(int(Kind::Periods))
        ->setNote(m_report.daily
                      ? tr("Per day, by start time (%1).").arg(zone)
                      : tr("Per week (Monday to Sunday), by start time (%1).").arg(zone));
    for (Kind kind : {Kind::Weekday, Kind::Hour, Kind::Service, Kind::Channel})
        card(int(kind))->setNote(Insights::rateExplanation());
    card(int(Kind::LeadTime))
        ->setNote(m_report.leadTimeMedian && m_report.leadTimeP90
                      ? tr("Days from booking (created) to the start. Median %1 days, 90th "
                           "percentile %2 days.")
                            .arg(locale.toString(*m_report.leadTimeMedian, 'f', 1),
                                 locale.toString(*m_report.leadTimeP90, 'f', 1))
                      : tr("Days from booking (created) to the start."));
    card(int(Kind::TopNoShow))
        ->setNote(m_report.topNoShow.isEmpty()
                      ? tr("No customer missed a booking in this range.")
                      : tr("Click a customer (or press Enter in the table) to select their latest "
                           "booking."));
}

bool InsightsView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString InsightsView::emptyText() const
{
    const QLocale locale;
    return tr("No bookings start between %1 and %2.\nChoose another range to see insights.")
        .arg(locale.toString(m_report.from.isValid() ? m_report.from : m_from, QLocale::LongFormat),
             locale.toString(m_report.to.isValid() ? m_report.to : m_to, QLocale::LongFormat));
}

QString InsightsView::summaryText() const
{
    const QLocale locale;
    QStringList parts;
    for (BookingStatus status : BookingStatuses::all())
        parts.append(tr("%1: %2").arg(BookingStatuses::label(status),
                                      locale.toString(m_report.all.count(status))));
    parts.append(tr("arrived at the desk: %1").arg(locale.toString(m_report.arrived)));
    return tr("%1 bookings from %2 to %3 (%4) — %5")
        .arg(locale.toString(m_report.all.total),
             locale.toString(m_report.from, QLocale::ShortFormat),
             locale.toString(m_report.to, QLocale::ShortFormat), m_report.zone,
             parts.join(QStringLiteral(" · ")));
}

bool InsightsView::exportCsv(const QString &path)
{
    const QByteArray data = Insights::toCsv(m_report);
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

bool InsightsView::exportPngs(const QString &folder)
{
    const QDir dir(folder);
    bool ok = true;
    for (int i = 0; i < m_cards.size(); ++i) {
        const QString name = QStringLiteral("%1-%2.png")
                                 .arg(i + 1, 2, 10, QChar(u'0'))
                                 .arg(fileNameOf(m_cards.at(i)->title()));
        ok = m_cards.at(i)->savePng(dir.filePath(name)) && ok;
    }
    return ok;
}

bool InsightsView::exportPdf(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Insights"));
        writer.setCreator(QStringLiteral("Frontdesk"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setResolution(150);
        QPainter painter(&writer);
        const QRect page = painter.viewport();
        const int gap = page.height() / 40;
        QFont heading = painter.font();
        heading.setPointSizeF(13);
        heading.setBold(true);
        QFont body = painter.font();
        body.setPointSizeF(9);
        // The summary, then two charts a page, each under its title and note.
        const auto text = [&painter](const QFont &font, const QRect &box, const QString &value) {
            painter.setFont(font);
            QRect used;
            painter.drawText(box, Qt::TextWordWrap, value, &used);
            return used.height();
        };
        int y = page.top();
        y += text(heading, QRect(page.left(), y, page.width(), page.height()), tr("Insights"));
        y += text(body, QRect(page.left(), y, page.width(), page.height()), summaryText()) + gap;
        for (int i = 0; i < m_cards.size(); ++i) {
            InsightsChartCard *card = m_cards.at(i);
            const int slot = (page.height() - 2 * gap) / 2;
            if (y + slot > page.bottom() + 1) {
                writer.newPage();
                y = page.top();
            }
            int used = text(heading, QRect(page.left(), y, page.width(), slot), card->title());
            used += text(body, QRect(page.left(), y + used, page.width(), slot), card->note());
            const QRect box(page.left(), y + used, page.width(), slot - used - gap);
            if (box.height() > 0) {
                const QSize size(1200, std::max(200, 1200 * box.height() / box.width()));
                painter.drawImage(box, card->image(size));
            }
            y += slot + gap;
        }
    }
    return file.commit();
}

void InsightsView::exportWithDialog(const QString &format)
{
    bool ok = false;
    QString target;
    if (format == u"png") {
        target = QFileDialog::getExistingDirectory(this, tr("Export Charts to Folder"));
        if (target.isEmpty())
            return;
        ok = exportPngs(target);
    } else if (format == u"pdf") {
        target = QFileDialog::getSaveFileName(this, tr("Export Insights"),
                                              QStringLiteral("insights.pdf"),
                                              tr("PDF documents (*.pdf)"));
        if (target.isEmpty())
            return;
        ok = exportPdf(target);
    } else {
        target = QFileDialog::getSaveFileName(
            this, tr("Export Numbers"), QStringLiteral("insights.csv"), tr("CSV files (*.csv)"));
        if (target.isEmpty())
            return;
        ok = exportCsv(target);
    }
    if (!ok)
        QMessageBox::warning(this, tr("Export Failed"),
                             tr("%1 could not be written. Choose another place.").arg(target));
}
