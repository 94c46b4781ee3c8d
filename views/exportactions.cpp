#include "exportactions.h"

#include "bookingcache.h"
#include "bookingcsvexporter.h"
#include "bookingfilterproxy.h"
#include "bookingicsexporter.h"
#include "bookingtablemodel.h"
#include "clock.h"
#include "daysheet.h"
#include "daysheetdialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

// Ids per cache query: SQLite limits the number of variables in one statement.
constexpr qsizetype kIdsPerQuery = 500;

QString documentsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QTimeZone displayZone(const BookingFilterProxy *proxy)
{
    const BookingTableModel *model = proxy->bookingModel();
    return model ? model->displayTimeZone() : QTimeZone::systemTimeZone();
}

} // namespace

ExportActions::ExportActions(BookingFilterProxy *proxy, const BookingCache *cache, QWidget *window,
                             std::function<QString()> currentBookingId)
    : QObject(window)
    , m_proxy(proxy)
    , m_cache(cache)
    , m_window(window)
    , m_currentBookingId(std::move(currentBookingId))
    , m_exportList(new QAction(QIcon::fromTheme(QStringLiteral("document-export")),
                               tr("&Export List…"), this))
    , m_printDaySheet(new QAction(QIcon::fromTheme(QStringLiteral("document-print")),
                                  tr("&Print Day Sheet…"), this))
    , m_exportDaySheetPdf(new QAction(tr("Export Day Sheet as P&DF…"), this))
{
    m_exportList->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportList->setToolTip(
        tr("Save the bookings shown in the list as CSV or iCalendar (.ics) (Ctrl+E)"));
    m_printDaySheet->setShortcut(QKeySequence::Print);
    m_printDaySheet->setToolTip(tr("Print one day's bookings with a box to tick for each"));
    m_exportDaySheetPdf->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    m_exportDaySheetPdf->setToolTip(tr("Save one day's bookings as a PDF"));
    connect(m_exportList, &QAction::triggered, this, &ExportActions::onExportList);
    connect(m_printDaySheet, &QAction::triggered, this, &ExportActions::onPrintDaySheet);
    connect(m_exportDaySheetPdf, &QAction::triggered, this, &ExportActions::onExportDaySheetPdf);
}

QList<Booking> ExportActions::visibleBookings(const BookingFilterProxy &proxy,
                                              const BookingCache &cache)
{
    QStringList ids;
    ids.reserve(proxy.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(BookingTableModel::BookingIdRole).toString());
    QHash<QString, Booking> byId;
    byId.reserve(ids.size());
    for (qsizetype first = 0; first < ids.size(); first += kIdsPerQuery) {
        BookingQuery query;
        query.ids = ids.mid(first, kIdsPerQuery);
        for (Booking &booking : cache.bookings(query))
            byId.insert(booking.id, std::move(booking));
    }
    QList<Booking> result;
    result.reserve(ids.size());
    for (const QString &id : std::as_const(ids)) {
        // A booking removed from the cache since the list showed it is no longer there.
        if (auto found = byId.constFind(id); found != byId.cend())
            result.append(*found);
    }
    return result;
}

ExportActions::Format ExportActions::formatFor(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("ics"), Qt::CaseInsensitive) == 0
               ? Format::Ics
               : Format::Csv;
}

bool ExportActions::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

int ExportActions::exportList(const QString &path, QString *error) const
{
    if (!m_cache) {
        *error = tr("No account is open.");
        return -1;
    }
    const QList<Booking> bookings = visibleBookings(*m_proxy, *m_cache);
    const QByteArray data = formatFor(path) == Format::Ics ? BookingIcsExporter::toIcs(bookings)
                                                           : BookingCsvExporter::toCsv(bookings);
    return writeFile(path, data, error) ? int(bookings.size()) : -1;
}

QDate ExportActions::defaultDay() const
{
    const QTimeZone zone = displayZone(m_proxy);
    const QString id = m_currentBookingId ? m_currentBookingId() : QString();
    if (!id.isEmpty() && m_cache) {
        if (const std::optional<Booking> booking = m_cache->booking(id))
            return booking->startTime.toTimeZone(zone).date();
    }
    return Clock::now().toTimeZone(zone).date();
}

void ExportActions::showError(const QString &text)
{
    QMessageBox::warning(m_window, tr("Frontdesk"), text);
}

void ExportActions::onExportList()
{
    if (m_proxy->rowCount() == 0) {
        showError(tr("The list shows no bookings: there is nothing to export."));
        return;
    }
    const QString csvFilter = tr("CSV for spreadsheets (*.csv)");
    const QString icsFilter = tr("iCalendar for calendar programs (*.ics)");
    QString filter = csvFilter;
    const QString suggested = QDir(documentsDir())
                                  .filePath(tr("bookings-%1.csv")
                                                .arg(Clock::now()
                                                         .toTimeZone(displayZone(m_proxy))
                                                         .date()
                                                         .toString(Qt::ISODate)));
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export List"), suggested,
                                     csvFilter + QStringLiteral(";;") + icsFilter, &filter);
    if (path.isEmpty())
        return;
    // The chosen filter decides when the name has no extension of its own.
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == icsFilter ? QStringLiteral(".ics") : QStringLiteral(".csv");
    QString error;
    const int count = exportList(path, &error);
    if (count < 0) {
        showError(
            tr("The list could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    Q_EMIT message(
        tr("%n booking(s) exported to %1", nullptr, count).arg(QDir::toNativeSeparators(path)));
}

void ExportActions::onPrintDaySheet()
{
    if (!m_cache)
        return;
    DaySheetDialog ask(DaySheetDialog::Purpose::Print, defaultDay(), m_window);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QTimeZone zone = displayZone(m_proxy);
    const DaySheet sheet(ask.day(), zone,
                         DaySheet::bookingsOn(*m_cache, ask.day(), zone, ask.includeCancelled()));
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(sheet.title());
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(sheet.title());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&sheet](QPrinter *target) { sheet.print(target); });
    if (preview.exec() == QDialog::Accepted)
        Q_EMIT message(tr("Day sheet sent to the printer."));
}

void ExportActions::onExportDaySheetPdf()
{
    if (!m_cache)
        return;
    DaySheetDialog ask(DaySheetDialog::Purpose::Pdf, defaultDay(), m_window);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString suggested =
        QDir(documentsDir()).filePath(tr("day-sheet-%1.pdf").arg(ask.day().toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Day Sheet as PDF"), suggested,
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const QTimeZone zone = displayZone(m_proxy);
    const DaySheet sheet(ask.day(), zone,
                         DaySheet::bookingsOn(*m_cache, ask.day(), zone, ask.includeCancelled()));
    QString error;
    if (!sheet.writePdf(path, &error)) {
        showError(tr("The day sheet could not be saved to %1: %2")
                      .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    Q_EMIT message(tr("Day sheet saved to %1").arg(QDir::toNativeSeparators(path)));
}
